package dev.scopegate.guard;

import org.jspecify.annotations.Nullable;

/**
 * The raw request-path rules, checked in one left-to-right pass without allocating.
 *
 * <p>A path is accepted only when its segment structure cannot change under decoding or
 * normalisation: it starts with {@code /}; every segment is non-empty and not {@code .} or
 * {@code ..}; raw characters are RFC 3986 {@code pchar}s except {@code ;}; a percent-encoding
 * may only stand for a printable ASCII character that is neither unreserved nor {@code / \ . ;
 * %}; and no segment starts or ends with an encoded space, which a router that trims segments
 * (Spring MVC before CVE-2016-5007) would drop. After that, the raw text and the decoded text have the same segments, and a
 * segment with a {@code %} can never equal a template literal (literals are unreserved characters
 * only), so matching the raw text is matching what the application will see.
 */
final class RequestPath {
  /** The longest raw path accepted, in characters. */
  static final int MAX_LENGTH = 8192;

  private RequestPath() {}

  /** Returns why {@code path} is rejected, or {@code null} if it may be matched. */
  static @Nullable PathProblem check(String path) {
    int length = path.length();
    if (length == 0 || path.charAt(0) != '/') {
      return PathProblem.NOT_ABSOLUTE;
    }
    if (length > MAX_LENGTH) {
      return PathProblem.TOO_LONG;
    }
    if (length == 1) {
      return null;
    }
    int segmentStart = 1;
    int i = 1;
    while (i <= length) {
      if (i == length || path.charAt(i) == '/') {
        PathProblem segment = checkSegment(path, segmentStart, i);
        if (segment != null) {
          return segment;
        }
        segmentStart = i + 1;
        i++;
        continue;
      }
      char c = path.charAt(i);
      if (c == '%') {
        int high = i + 1 < length ? hex(path.charAt(i + 1)) : -1;
        int low = i + 2 < length ? hex(path.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          return PathProblem.MALFORMED_PERCENT;
        }
        int b = (high << 4) | low;
        PathProblem encoded = checkEncoded(b);
        if (encoded != null) {
          return encoded;
        }
        if (b == ' ' && (i == segmentStart || i + 3 == length || path.charAt(i + 3) == '/')) {
          return PathProblem.ENCODED_SPACE_AT_EDGE;
        }
        i += 3;
        continue;
      }
      PathProblem raw = checkRaw(c);
      if (raw != null) {
        return raw;
      }
      i++;
    }
    return null;
  }

  private static @Nullable PathProblem checkSegment(String path, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return PathProblem.EMPTY_SEGMENT;
    }
    if (path.charAt(from) == '.' && (length == 1 || (length == 2 && path.charAt(from + 1) == '.'))) {
      return PathProblem.DOT_SEGMENT;
    }
    return null;
  }

  private static @Nullable PathProblem checkRaw(char c) {
    if (c < 0x20 || c > 0x7e) {
      return PathProblem.NOT_PRINTABLE_ASCII;
    }
    if (isUnreserved(c) || isSubDelimiter(c) || c == ':' || c == '@') {
      return null;
    }
    switch (c) {
      case ';':
        return PathProblem.MATRIX_PARAMETER;
      case '\\':
        return PathProblem.BACKSLASH;
      case '?':
      case '#':
        return PathProblem.QUERY_OR_FRAGMENT;
      default:
        return PathProblem.INVALID_CHARACTER;
    }
  }

  private static @Nullable PathProblem checkEncoded(int b) {
    if (b >= 0x80) {
      return PathProblem.ENCODED_NON_ASCII;
    }
    if (b < 0x20 || b == 0x7f) {
      return PathProblem.ENCODED_CONTROL;
    }
    switch (b) {
      case '/':
        return PathProblem.ENCODED_SLASH;
      case '\\':
        return PathProblem.ENCODED_BACKSLASH;
      case '.':
        return PathProblem.ENCODED_DOT;
      case '%':
        return PathProblem.ENCODED_PERCENT;
      case ';':
        return PathProblem.ENCODED_SEMICOLON;
      default:
        return isUnreserved((char) b) ? PathProblem.ENCODED_UNRESERVED : null;
    }
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /** RFC 3986 {@code unreserved}: {@code ALPHA / DIGIT / "-" / "." / "_" / "~"}. */
  static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /** RFC 3986 {@code sub-delims} without {@code ;}, which this guard rejects. */
  private static boolean isSubDelimiter(char c) {
    switch (c) {
      case '!':
      case '$':
      case '&':
      case '\'':
      case '(':
      case ')':
      case '*':
      case '+':
      case ',':
      case '=':
        return true;
      default:
        return false;
    }
  }
}
