package dev.scopegate.internal;

/**
 * Renders untrusted text for messages: one line, printable ASCII, bounded length. Every Scopegate
 * module quotes input this way, so an error names the input the same way wherever it is raised.
 *
 * <p>Not API: the package is exported only to Scopegate's own modules.
 *
 * {@snippet :
 * Text.quote("say \"hi\"");   // "say \"hi\"" (quotes included, inner quotes escaped)
 * Text.describe('W');          // 'W'
 * }
 */
public final class Text {
  /** How many characters of an input a message quotes before it elides the rest. */
  public static final int QUOTE_LIMIT = 80;

  private Text() {}

  /**
   * Quotes {@code s} in double quotes, escaping quotes, backslashes and every character outside
   * printable ASCII as <code>&#92;uXXXX</code>, and eliding past {@link #QUOTE_LIMIT} characters.
   *
   * @param s the text
   * @return the quoted text, on one line, in printable ASCII
   */
  public static String quote(String s) {
    return quote(s, QUOTE_LIMIT);
  }

  /**
   * Quotes {@code s} as {@link #quote(String)} does, showing at most {@code limit} characters and
   * then {@code ... (N characters)}.
   *
   * @param s the text
   * @param limit how many characters to show, at least 1
   * @return the quoted text, on one line, in printable ASCII
   */
  public static String quote(String s, int limit) {
    int shown = Math.min(s.length(), limit);
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

  /**
   * Names one character for a message: {@code 'W'}, or {@code U+0435} when it is not printable
   * ASCII (a space is {@code U+0020}).
   *
   * @param c the character
   * @return its name
   */
  public static String describe(char c) {
    if (c >= 0x21 && c <= 0x7e) {
      return "'" + c + "'";
    }
    return String.format("U+%04X", (int) c);
  }
}
