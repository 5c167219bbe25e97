package dev.scopegate.guard;

/**
 * Compares one segment of an already {@linkplain RequestPath checked} raw request path with the
 * literal text of a template, as the application will see the segment once it is decoded, without
 * decoding it into a new string.
 *
 * <p>A checked path holds no encoded unreserved character, so the only encoding that can decode to
 * a character of a template literal is {@code %3A} (or {@code %3a}) for {@code :}. A literal
 * without {@code :} is therefore compared with the raw text; one with {@code :} also accepts the
 * encoded form, so {@code /v1/things%3AbatchGet} is the {@code /v1/things:batchGet} operation, as
 * it is to the application, and never falls to a {@code /v1/{thing}} route.
 */
final class SegmentMatch {
  private SegmentMatch() {}

  /** Whether the segment {@code path[start, end)} decodes to {@code literal}. */
  static boolean equalsLiteral(String path, int start, int end, String literal, boolean hasColon) {
    if (!hasColon) {
      return literal.length() == end - start && path.regionMatches(start, literal, 0, literal.length());
    }
    int i = start;
    int j = 0;
    int n = literal.length();
    while (i < end && j < n) {
      char c = path.charAt(i);
      if (c == '%') {
        c = decode(path, i);
        i += 3;
      } else {
        i++;
      }
      if (c != literal.charAt(j++)) {
        return false;
      }
    }
    return i == end && j == n;
  }

  /**
   * Whether the segment {@code path[start, end)} decodes to {@code prefix}, then at least one
   * character (the parameter's value), then {@code suffix}.
   */
  static boolean matchesPattern(String path, int start, int end, String prefix, String suffix) {
    int decoded = 0;
    for (int i = start; i < end; i += path.charAt(i) == '%' ? 3 : 1) {
      decoded++;
    }
    if (decoded <= prefix.length() + suffix.length()) {
      return false;
    }
    int suffixStart = decoded - suffix.length();
    int index = 0;
    for (int i = start; i < end; index++) {
      char c = path.charAt(i);
      if (c == '%') {
        c = decode(path, i);
        i += 3;
      } else {
        i++;
      }
      if (index < prefix.length()) {
        if (c != prefix.charAt(index)) {
          return false;
        }
      } else if (index >= suffixStart && c != suffix.charAt(index - suffixStart)) {
        return false;
      }
    }
    return true;
  }

  /** The character {@code %XX} at {@code i} stands for; the path was checked, so it is well-formed. */
  private static char decode(String path, int i) {
    return (char) ((Character.digit(path.charAt(i + 1), 16) << 4) | Character.digit(path.charAt(i + 2), 16));
  }
}
