package dev.scopegate.guard;

/**
 * The JSON the error bodies need, and no more: object members written in order, string values
 * escaped so that any Java string, however hostile (quotes, backslashes, control characters, lone
 * surrogates), comes back unchanged from any conforming parser.
 */
final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(256).append('{');
  private boolean first = true;

  /** Appends {@code "name":"value"}. */
  Json string(String name, String value) {
    name(name);
    quote(out, value);
    return this;
  }

  /** Appends {@code "name":value} for an integer. */
  Json number(String name, int value) {
    name(name);
    out.append(value);
    return this;
  }

  /** Opens a nested object member, {@code "name":{}}; close it with {@link #end()}. */
  Json object(String name) {
    name(name);
    out.append('{');
    first = true;
    return this;
  }

  /** Closes the innermost open object; the last call of a chain. */
  void end() {
    out.append('}');
    first = false;
  }

  /** The text, with the outermost object closed. */
  String close() {
    return out.append('}').toString();
  }

  private void name(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    quote(out, name);
    out.append(':');
  }

  /**
   * Appends {@code value} as a JSON string (RFC 8259 section 7): {@code "} and {@code \} escaped,
   * control characters as {@code \n}-style or {@code \}{@code u00XX} escapes, U+2028 and U+2029
   * escaped (so the text is also valid JavaScript), and a surrogate that is not half of a pair as
   * its {@code \}{@code uXXXX} escape, since it has no UTF-8 form. Everything else is written as is.
   */
  static void quote(StringBuilder out, String value) {
    out.append('"');
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            unicode(out, c);
          } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicode(out, c);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
  }
}
