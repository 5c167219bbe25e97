package dev.scopegate.openapi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A position in a source document, as the JSON or YAML parser reported it: the source's name,
 * a 1-based line and a 1-based column (in UTF-16 code units, the unit of a Java string).
 *
 * {@snippet :
 * SourceLocation at = SourceLocation.of("openapi.yaml", 12, 9);
 * at.toString();   // "openapi.yaml:12:9"
 * }
 */
public final class SourceLocation {
  private final String source;
  private final int line;
  private final int column;

  private SourceLocation(String source, int line, int column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * A location.
   *
   * @param source the source's name, usually the file path as the user gave it
   * @param line the line, counting from 1
   * @param column the column, counting from 1
   * @return the location
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public static SourceLocation of(String source, int line, int column) {
    Objects.requireNonNull(source, "source");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("Line and column count from 1, not " + line + ":" + column);
    }
    return new SourceLocation(source, line, column);
  }

  /**
   * The source's name.
   *
   * @return the name, such as {@code "specs/openapi.yaml"}
   */
  public String source() {
    return source;
  }

  /**
   * The line, counting from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The column, counting from 1, in UTF-16 code units.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Locations are equal when source, line and column are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal location
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SourceLocation)) {
      return false;
    }
    SourceLocation that = (SourceLocation) other;
    return line == that.line && column == that.column && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }

  /**
   * The location as compilers print it: {@code openapi.yaml:12:9}.
   *
   * @return {@code source:line:column}
   */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
