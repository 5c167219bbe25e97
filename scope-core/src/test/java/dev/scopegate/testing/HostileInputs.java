package dev.scopegate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shared corpus of hostile inputs, {@code dev/scopegate/testing/hostile-inputs.txt} in
 * scope-core's test resources (and so in its test-jar, for every module's tests).
 *
 * <p>One input per line, as an expression of Java-style string literals: {@code "text"}, {@code
 * repeat("unit", count)}, joined with {@code +}. Inside a literal, {@code \\ \" \t \n \r \b \f
 * \0} and {@code \}{@code uXXXX} are the only escapes. Lines starting with {@code #} and blank
 * lines are skipped. The file's header repeats these rules.
 */
public final class HostileInputs {
  /** Where the corpus lives on the test class path. */
  public static final String RESOURCE = "/dev/scopegate/testing/hostile-inputs.txt";

  private static final int MAX_REPEAT = 1 << 24;

  private static volatile List<Input> cached;

  private HostileInputs() {}

  /**
   * One input of the corpus.
   *
   * @param line the 1-based line number in the file
   * @param source the line as written
   * @param text the input it denotes
   */
  public record Input(int line, String source, String text) {
    /** A short name for test reports: the line number and (at most 60 characters of) the source. */
    @Override
    public String toString() {
      return "line " + line + ": " + (source.length() > 60 ? source.substring(0, 60) + "..." : source);
    }
  }

  /**
   * Every input of the corpus, in file order; read once and cached.
   *
   * @return the inputs
   */
  public static List<Input> all() {
    List<Input> inputs = cached;
    if (inputs == null) {
      try (InputStream in = HostileInputs.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is not on the test class path");
        }
        inputs = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cached = inputs;
    }
    return inputs;
  }

  /**
   * Reads a corpus text.
   *
   * @param file the file's content
   * @return its inputs
   * @throws IllegalArgumentException naming the line, if a line is not a valid expression
   */
  public static List<Input> parse(String file) {
    List<Input> out = new ArrayList<>();
    String[] lines = file.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        out.add(new Input(i + 1, line, evaluate(line)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("hostile-inputs.txt line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Evaluates one line: literals and {@code repeat(literal, count)} joined by {@code +}.
   *
   * @param line the line
   * @return the input it denotes
   */
  public static String evaluate(String line) {
    Cursor c = new Cursor(line);
    StringBuilder sb = new StringBuilder();
    c.skipSpaces();
    while (true) {
      if (c.peek() == '"') {
        sb.append(c.literal());
      } else if (line.startsWith("repeat(", c.pos)) {
        c.pos += "repeat(".length();
        c.skipSpaces();
        String unit = c.literal();
        c.skipSpaces();
        c.expect(',');
        c.skipSpaces();
        int count = c.number();
        c.skipSpaces();
        c.expect(')');
        if (count > MAX_REPEAT || (long) unit.length() * count > MAX_REPEAT) {
          throw new IllegalArgumentException("repeat count " + count + " is too large");
        }
        sb.append(unit.repeat(count));
      } else {
        throw new IllegalArgumentException("expected a \"literal\" or repeat(...) at column " + (c.pos + 1));
      }
      c.skipSpaces();
      if (c.atEnd()) {
        return sb.toString();
      }
      c.expect('+');
      c.skipSpaces();
    }
  }

  private static final class Cursor {
    private final String s;
    private int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return pos >= s.length();
    }

    char peek() {
      return atEnd() ? '\0' : s.charAt(pos);
    }

    void skipSpaces() {
      while (!atEnd() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    void expect(char c) {
      if (peek() != c || atEnd()) {
        throw new IllegalArgumentException("expected '" + c + "' at column " + (pos + 1));
      }
      pos++;
    }

    int number() {
      int start = pos;
      while (!atEnd() && Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 0x80) {
        pos++;
      }
      if (start == pos || pos - start > 9) {
        throw new IllegalArgumentException("expected a count at column " + (start + 1));
      }
      return Integer.parseInt(s.substring(start, pos));
    }

    String literal() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (atEnd()) {
          throw new IllegalArgumentException("unterminated literal");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (atEnd()) {
          throw new IllegalArgumentException("a '\\' ends the line");
        }
        char e = s.charAt(pos++);
        switch (e) {
          case '\\' -> sb.append('\\');
          case '"' -> sb.append('"');
          case 't' -> sb.append('\t');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case '0' -> sb.append('\0');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw new IllegalArgumentException("\\u needs four hex digits at column " + pos);
            }
            int value = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(s.charAt(pos + k), 16);
              if (d < 0) {
                throw new IllegalArgumentException("\\u needs four hex digits at column " + pos);
              }
              value = value * 16 + d;
            }
            pos += 4;
            sb.append((char) value);
          }
          default -> throw new IllegalArgumentException("unknown escape \\" + e + " at column " + (pos - 1));
        }
      }
    }
  }
}
