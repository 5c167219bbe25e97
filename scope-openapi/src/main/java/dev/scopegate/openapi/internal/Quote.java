package dev.scopegate.openapi.internal;

/**
 * Puts a message from a library (Jackson, SnakeYAML, the file system) on one line. Untrusted input
 * itself is quoted with the engine's {@link dev.scopegate.internal.Text#quote(String)}.
 */
public final class Quote {
  private Quote() {}

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
