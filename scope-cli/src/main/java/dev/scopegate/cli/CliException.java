package dev.scopegate.cli;

import java.util.List;

/**
 * A failure the user can fix: bad input, an unreadable file. Each line is printed on stderr after
 * the command's name, and the command exits with {@value ScopeCli#EXIT_ERROR}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  CliException(String line) {
    this(List.of(line));
  }

  CliException(List<String> lines) {
    super(String.join("; ", lines));
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("A failure has at least one line");
    }
    this.lines = List.copyOf(lines);
  }

  /** The lines to print, one problem each. */
  List<String> lines() {
    return lines;
  }
}
