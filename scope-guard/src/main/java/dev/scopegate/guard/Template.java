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
 * A parsed path template: its segments, each a literal or a {@code {param}}, and the method rules.
 *
 * <pre>
 * template = "/" / 1*( "/" segment )
 * segment  = literal / "{" name "}"
 * literal  = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" )   ; not "." or ".."
 * name     = 1*( ALPHA / DIGIT / "_" / "-" / "." )
 * </pre>
 */
final class Template {
  /** How many characters of a template, segment or method a message quotes (templates run long). */
  private static final int QUOTE_LIMIT = 120;

  /**
   * The marker for a parameter segment in {@link #segments()}; never a literal, since literals
   * have no braces.
   */
  static final String PARAM = "{}";

  private final List<String> segments;
  private final List<@Nullable String> parameters;

  private Template(List<String> segments, List<@Nullable String> parameters) {
    this.segments = segments;
    this.parameters = parameters;
  }

  /** The segments: the literal text, or {@link #PARAM} for a parameter. Empty for {@code "/"}. */
  List<String> segments() {
    return segments;
  }

  /** Per segment, the parameter's name, or {@code null} for a literal; as long as {@link #segments()}. */
  List<@Nullable String> parameters() {
    return parameters;
  }

  /** The index of the segment that is parameter {@code name}, or -1. */
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
      if (segment.charAt(0) == '{' || segment.charAt(segment.length() - 1) == '}') {
        String name = parameterName(template, segment, start);
        if (!names.add(name)) {
          throw invalid(template, "duplicate parameter {" + name + "}");
        }
        segments.add(PARAM);
        parameters.add(name);
      } else {
        checkLiteral(template, segment, start);
        segments.add(segment);
        parameters.add(null);
      }
      start = end + 1;
    }
    return new Template(segments, Collections.unmodifiableList(parameters));
  }

  private static String parameterName(String template, String segment, int at) {
    int n = segment.length();
    if (n < 3 || segment.charAt(0) != '{' || segment.charAt(n - 1) != '}') {
      throw invalid(template, "segment " + Text.quote(segment, QUOTE_LIMIT) + " at index " + at
          + " is not a parameter; a parameter is a whole segment {name}");
    }
    for (int i = 1; i < n - 1; i++) {
      char c = segment.charAt(i);
      if (!isNameChar(c)) {
        throw invalid(template, "parameter " + Text.quote(segment, QUOTE_LIMIT) + " at index " + at
            + " has " + Text.describe(c) + "; a parameter name uses letters, digits, '_', '-' and '.'");
      }
    }
    return segment.substring(1, n - 1);
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

  private static void checkLiteral(String template, String segment, int at) {
    if (segment.equals(".") || segment.equals("..")) {
      throw invalid(template, "'" + segment + "' segment at index " + at + "; dot segments are not allowed");
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (!RequestPath.isUnreserved(c)) {
        throw invalid(template, Text.describe(c) + " at index " + (at + i)
            + " is not allowed in a literal segment; literals use A-Z a-z 0-9 - . _ ~");
      }
    }
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
