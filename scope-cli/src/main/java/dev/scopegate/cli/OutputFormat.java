package dev.scopegate.cli;

import dev.scopegate.internal.Text;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --format} of {@code check} and {@code explain}. */
enum OutputFormat {
  TEXT,
  JSON;

  /** Lower case, as typed. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The {@code --format text|json} option, mixed into the commands that take it. */
  static final class Choice {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        converter = Converter.class,
        description = "text (default) or json.")
    private OutputFormat format = TEXT;

    /** Whether JSON output was asked for. */
    boolean json() {
      return format == JSON;
    }
  }

  /** Reads {@code text} or {@code json}, in any case. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected text or json, not " + Text.quote(value));
    }
  }
}
