package dev.scopegate;

/** Renders untrusted text for messages: one line, printable ASCII, bounded length. */
final class Text {
  /** How many characters of an input a message quotes before it elides the rest. */
  static final int QUOTE_LIMIT = 80;

  private Text() {}

  /**
   * Quotes {@code s} in double quotes, escaping quotes, backslashes and every character outside
   * printable ASCII as <code>&#92;uXXXX</code>, and eliding past {@link #QUOTE_LIMIT} characters.
   */
  static String quote(String s) {
    int shown = Math.min(s.length(), QUOTE_LIMIT);
    StringBuilder sb = new StringBuilder(shown + 16).append('"');
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
      sb.append("... (").append(s.length()).append(" characters)");
    }
    return sb.toString();
  }

  /** Names one character for a message: {@code 'W'}, or {@code U+0435} when it is not printable ASCII. */
  static String describe(char c) {
    if (c >= 0x21 && c <= 0x7e) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }
}
