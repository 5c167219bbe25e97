package dev.scopegate.guard;

import dev.scopegate.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed path template: its segments, each a literal, a {@code {param}} or a parameter with a
 * literal prefix or suffix ({@code {id}.json}, {@code {name}:cancel}, {@code v{version}}), and the
 * method rules.
 *
 * <pre>
 * template = "/" / 1*( "/" segment )
 * segment  = literal / "{" name "}" / *lchar "{" name "}" *lchar   ; at most one parameter
 * literal  = 1*lchar                                               ; not "." or ".."
 * lchar    = ALPHA / DIGIT / "-" / "." / "_" / "~" / ":"
 * name     = 1*( ALPHA / DIGIT / "_" / "-" / "." )
 * </pre>
 */
final class Template {
  /** How many characters of a template, segment or method a message quotes (templates run long). */
  private static final int QUOTE_LIMIT = 120;

  /**
   * The marker for a parameter segment in {@link #segments()}; never a literal, since literals
   * have no braces. A segment with a prefix or suffix is {@code prefix + PARAM + suffix}.
   */
  static final String PARAM = "{}";

  private static final String LITERAL_CHARACTERS = "A-Z a-z 0-9 - . _ ~ :";

  private final List<String> segments;
  private final List<@Nullable String> parameters;

  private Template(List<String> segments, List<@Nullable String> parameters) {
    this.segments = segments;
    this.parameters = parameters;
  }

  /**
   * The segments: the literal text, {@link #PARAM} for a whole-segment parameter, or {@code
   * prefix{}suffix} for a parameter with literal text around it. Empty for {@code "/"}.
   */
  List<String> segments() {
    return segments;
  }

  /** Whether a segment key of {@link #segments()} is a parameter with a prefix or a suffix. */
  static boolean isPattern(String segment) {
    return !segment.equals(PARAM) && segment.contains(PARAM);
  }

  /**
   * Per segment, the parameter's name (whole-segment or with a prefix or suffix), or {@code null}
   * for a literal; as long as {@link #segments()}.
   */
  List<@Nullable String> parameters() {
    return parameters;
  }

  /** The index of the segment that holds parameter {@code name}, or -1. */
  int segmentOf(String name) {
    return parameters.indexOf(name);
  }

  /** Parses a template strictly, with a one-line message naming the template and the rule broken. */
  static Template parse(String template) {
    int length = template.length();
    if (length == 0 || template.charAt(0) != '/') {
      throw invalid(template, "a template starts with '/'");
    }
    if (length > RequestPath.MAX_LENGTH) {
      throw invalid(template, "it is longer than " + RequestPath.MAX_LENGTH + " characters");
    }
    List<String> segments = new ArrayList<>();
    List<@Nullable String> parameters = new ArrayList<>();
    if (length == 1) {
      return new Template(segments, parameters);
    }
    Set<String> names = new HashSet<>();
    int start = 1;
    while (start <= length) {
      int end = template.indexOf('/', start);
      if (end < 0) {
        end = length;
      }
      if (end == start) {
        throw invalid(template, "empty segment at index " + start + "; a template has no double or trailing slash");
      }
      String segment = template.substring(start, end);
      int open = segment.indexOf('{');
      int close = segment.indexOf('}');
      if (open < 0 && close < 0) {
        checkLiteral(template, segment, start, 0, segment.length());
        if (segment.equals(".") || segment.equals("..")) {
          throw invalid(template, "'" + segment + "' segment at index " + start + "; dot segments are not allowed");
        }
        segments.add(segment);
        parameters.add(null);
      } else {
        String name = parameterName(template, segment, start, open, close);
        if (!names.add(name)) {
          throw invalid(template, "duplicate parameter {" + name + "}");
        }
        checkLiteral(template, segment, start, 0, open);
        checkLiteral(template, segment, start, close + 1, segment.length());
        segments.add(segment.substring(0, open) + PARAM + segment.substring(close + 1));
        parameters.add(name);
      }
      start = end + 1;
    }
    return new Template(segments, Collections.unmodifiableList(parameters));
  }

  private static String parameterName(String template, String segment, int at, int open, int close) {
    int opens = count(segment, '{');
    int closes = count(segment, '}');
    if (opens >= 2 && closes >= 2) {
      throw invalid(template, "segment " + Text.quote(segment, QUOTE_LIMIT) + " at index " + at
          + " has " + opens + " parameters; where one ends and the next begins is ambiguous, so a segment holds at"
          + " most one");
    }
    if (opens != 1 || closes != 1 || close < open + 2) {
      throw invalid(template, "segment " + Text.quote(segment, QUOTE_LIMIT) + " at index " + at
          + " is not a parameter; a parameter is {name}, alone or with literal text before or after it");
    }
    for (int i = open + 1; i < close; i++) {
      char c = segment.charAt(i);
      if (!isNameChar(c)) {
        throw invalid(template, "parameter " + Text.quote(segment.substring(open, close + 1), QUOTE_LIMIT) + " at index "
            + (at + open) + " has " + Text.describe(c) + "; a parameter name uses letters, digits, '_', '-' and '.'");
      }
    }
    return segment.substring(open + 1, close);
  }

  /** Whether {@code name} is a parameter name: one or more letters, digits, {@code _ - .}. */
  static boolean isParameterName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isNameChar(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static void checkLiteral(String template, String segment, int at, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = segment.charAt(i);
      if (!isLiteralCharacter(c)) {
        throw invalid(template, Text.describe(c) + " at index " + (at + i)
            + " is not allowed in a literal segment; literals use " + LITERAL_CHARACTERS);
      }
    }
  }

  /**
   * A character a template literal may hold: RFC 3986 {@code unreserved}, and {@code :} (custom
   * methods such as {@code /v1/things:batchGet}), which a request may also send as {@code %3A}.
   */
  static boolean isLiteralCharacter(char c) {
    return RequestPath.isUnreserved(c) || c == ':';
  }

  /**
   * Checks an HTTP method as declared for a route and returns it in upper case: {@code "post"}
   * (as OpenAPI spells it) and {@code "POST"} declare the same operation.
   */
  static String method(String method) {
    if (!isToken(method)) {
      throw new IllegalArgumentException("Invalid HTTP method " + Text.quote(method, QUOTE_LIMIT)
          + ": a method is a token of letters, digits and !#$%&'*+-.^_`|~");
    }
    return method.toUpperCase(Locale.ROOT);
  }

  /** RFC 9110 {@code token}: one or more {@code tchar}. */
  static boolean isToken(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException invalid(String template, String reason) {
    return new IllegalArgumentException("Invalid route template " + Text.quote(template, QUOTE_LIMIT) + ": " + reason);
  }
}
