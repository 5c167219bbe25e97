package dev.scopegate.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bindings of one protected route, ready to check: for each parameter binding the template
 * segment it reads, and every denial decided once, so a request that passes allocates nothing
 * here (a mode lookup gets a new map of the path's parameters).
 *
 * <p>A bound segment is compared with the claim character for character, as the client sent it:
 * still percent-encoded, case-sensitive, never decoded or normalised. The guard's path rules have
 * already refused every encoding that could make two different values look the same (an encoded
 * unreserved character, an encoded dot or slash, {@code %25}, non-ASCII), so two tenants are never
 * equal by decoding; a value that needs encoding ({@code a%20b}) equals only a claim spelled the
 * same way.
 */
final class RouteBindings {
  /** The 403 message when the path's parameter is not one the token is bound to. */
  static final String MISMATCH_PREFIX = "Token does not match path parameter: ";

  /** The 403 message when the namespace's mode is not the token's, or there is no such namespace. */
  static final String MODE_MISMATCH_PREFIX = "Token mode does not match path parameter: ";

  /** The 403 message when the token lacks a claim the route is bound to. */
  static final String MISSING_PREFIX = "Token lacks binding claim: ";

  private final Binding[] parameters;
  private final int[] segments;
  private final GuardDecision[] mismatch;
  private final GuardDecision[] missing;
  private final @Nullable Binding mode;
  private final @Nullable GuardDecision modeMismatch;
  private final @Nullable GuardDecision modeMissing;
  private final List<@Nullable String> names;

  RouteBindings(Route route, Template template, List<Binding> bindings) {
    this.names = template.parameters();
    int count = 0;
    Binding modeBinding = null;
    for (Binding b : bindings) {
      if (b.kind() == Binding.Kind.PARAMETER) {
        count++;
      } else {
        modeBinding = b;
      }
    }
    this.parameters = new Binding[count];
    this.segments = new int[count];
    this.mismatch = new GuardDecision[count];
    this.missing = new GuardDecision[count];
    int i = 0;
    for (Binding b : bindings) {
      if (b.kind() == Binding.Kind.PARAMETER) {
        parameters[i] = b;
        segments[i] = template.segmentOf(b.parameter());
        mismatch[i] = GuardDecision.bindingMismatch(route, MISMATCH_PREFIX + b.parameter());
        missing[i] = GuardDecision.bindingClaimMissing(route, MISSING_PREFIX + b.claim());
        i++;
      }
    }
    this.mode = modeBinding;
    this.modeMismatch = modeBinding == null ? null : GuardDecision.bindingMismatch(route, MODE_MISMATCH_PREFIX + modeBinding.parameter());
    this.modeMissing = modeBinding == null ? null : GuardDecision.bindingClaimMissing(route, MISSING_PREFIX + modeBinding.claim());
  }

  /**
   * The denial for a request whose path and token do not match, or {@code null} when every
   * binding holds. Parameter bindings are checked in template order, then the mode; the first that
   * fails answers.
   *
   * @param path the raw path the route matched (already checked by the path rules)
   * @param claims the token's verified claims
   * @param lookup the guard's mode lookup; not null when the route has a mode binding
   */
  @Nullable GuardDecision check(String path, Map<String, @Nullable Object> claims, @Nullable ModeLookup lookup) {
    for (int i = 0; i < parameters.length; i++) {
      Object value = claims.get(parameters[i].claim());
      if (value instanceof String) {
        if (!segmentEquals(path, segments[i], (String) value)) {
          return mismatch[i];
        }
        continue;
      }
      List<?> values = value == null ? null : JwtScopeReader.asList(value);
      if (values == null) {
        return missing[i];
      }
      if (!anySegmentEquals(path, segments[i], values)) {
        return mismatch[i];
      }
    }
    Binding m = mode;
    if (m != null) {
      Object expected = claims.get(m.claim());
      if (!(expected instanceof String)) {
        return modeMissing;
      }
      ModeLookup modes = Objects.requireNonNull(lookup, "the guard has no mode lookup");
      Optional<String> actual = Objects.requireNonNull(modes.mode(parameters(path)), () -> modes + " returned null");
      if (actual.isEmpty() || !actual.get().equals(expected)) {
        return modeMismatch;
      }
    }
    return null;
  }

  private static boolean anySegmentEquals(String path, int segment, List<?> values) {
    for (Object v : values) {
      if (v instanceof String && segmentEquals(path, segment, (String) v)) {
        return true;
      }
    }
    return false;
  }

  /** Whether segment {@code index} (0 is the first after the leading slash) is exactly {@code value}. */
  static boolean segmentEquals(String path, int index, String value) {
    int start = segmentStart(path, index);
    int end = path.indexOf('/', start);
    int length = (end < 0 ? path.length() : end) - start;
    return length == value.length() && path.regionMatches(start, value, 0, length);
  }

  private static int segmentStart(String path, int index) {
    int start = 1;
    for (int k = 0; k < index; k++) {
      start = path.indexOf('/', start) + 1;
    }
    return start;
  }

  /** Every path parameter by name, in template order, with its raw value. */
  Map<String, String> parameters(String path) {
    Map<String, String> out = new LinkedHashMap<>();
    int start = 1;
    for (int k = 0; k < names.size(); k++) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      String name = names.get(k);
      if (name != null) {
        out.put(name, path.substring(start, end));
      }
      start = end + 1;
    }
    return Collections.unmodifiableMap(out);
  }
}
