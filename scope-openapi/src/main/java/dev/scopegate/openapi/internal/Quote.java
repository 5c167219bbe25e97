package dev.scopegate.openapi.internal;

/**
 * Renders untrusted text for a one-line message, in the engine's style: double quotes, {@code \"}
 * and {@code \\} escaped, anything outside printable ASCII as <code>&#92;uXXXX</code>, and
 * elided past {@value #LIMIT} characters.
 */
public final class Quote {
  /** How many characters are shown before the rest is elided. */
  public static final int LIMIT = 80;

  private Quote() {}

  /**
   * Quotes a piece of text.
   *
   * @param s the text
   * @return the quoted text, on one line
   */
  public static String of(String s) {
    int shown = Math.min(s.length(), LIMIT);
    StringBuilder sb = new StringBuilder(shown + 2).append('"');
    for (int i = 0; i < shown; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
    if (shown < s.length()) {
      sb.append("\u2026 (").append(s.length()).append(" characters)");
    }
    return sb.toString();
  }

  /**
   * Makes a message safe for one line: line breaks and other control characters become spaces,
   * runs of spaces collapse, and the ends are trimmed.
   *
   * @param message a message, perhaps from a library
   * @return the message on one line
   */
  public static String oneLine(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    boolean space = false;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c < 0x20 || c == 0x7f || c == ' ') {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
