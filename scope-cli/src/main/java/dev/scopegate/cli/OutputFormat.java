package dev.scopegate.cli;

import java.util.Locale;

/** {@code --format} of {@code check} and {@code explain}. */
enum OutputFormat {
  TEXT,
  JSON;

  /** Lower case, as typed and as picocli lists the choices in errors. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
