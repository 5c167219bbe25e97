package dev.scopegate.guard;

import static dev.scopegate.guard.Fixtures.GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Scope;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the guard over generated requests. The oracle is plain {@code Set<String>} code: a scope
 * is covered when it, or its family's wildcard, is granted.
 */
class GuardProperties {
  private static final List<Route> ROUTES = Fixtures.ROUTES.routes().stream()
      .filter(r -> !r.template().equals("/"))
      .toList();

  private static final Map<String, List<String>> VERBS = Map.of(
      "workflow", List.of("read", "create", "update", "execute"),
      "resource", List.of("read", "create", "update", "delete"));

  /** A request generated from one route: the route, the path, and the claim (empty: no token). */
  record Request(Route route, List<String> segments, Optional<List<String>> claim) {
    String path() {
      return "/" + String.join("/", segments);
    }

    ScopeClaim scopeClaim() {
      return claim.map(c -> ScopeClaim.of(String.join(" ", c))).orElse(ScopeClaim.absent());
    }
  }

  @Property
  void aGeneratedPathMatchesExactlyItsTemplateAndIsDecidedLikeTheOracle(@ForAll("requests") Request request) {
    GuardDecision d = GUARD.check(request.route().method(), request.path(), request.scopeClaim());

    assertThat(d.route()).contains(request.route());
    Route route = request.route();
    Outcome expected;
    if (route.isPublic()) {
      expected = Outcome.ALLOWED;
    } else if (request.claim().isEmpty()) {
      expected = Outcome.UNAUTHENTICATED;
    } else {
      List<String> missing = new ArrayList<>();
      for (Scope s : route.rule().orElseThrow().alternatives().get(0).scopes()) {
        if (!covers(new HashSet<>(request.claim().get()), s.toString())) {
          missing.add(s.toString());
        }
      }
      expected = missing.isEmpty() ? Outcome.ALLOWED : Outcome.INSUFFICIENT_SCOPE;
      if (!missing.isEmpty()) {
        assertThat(d.message()).contains("Token lacks required scope: " + missing.get(0));
      }
    }
    assertThat(d.outcome()).isEqualTo(expected);
    Statistics.label("outcome").collect(expected);
  }

  /** The tricks that change how a path's segments read; each must be rejected wherever it stands. */
  enum Trick {
    TRAILING_SLASH, DOUBLE_SLASH, DOT_SEGMENT, DOT_DOT_SEGMENT, ENCODED_SLASH, ENCODED_DOT, ENCODED_DOT_SEGMENT,
    ENCODED_CONTROL, ENCODED_SPACE_AT_EDGE, MATRIX_PARAMETER, BACKSLASH, ENCODED_BACKSLASH, RAW_NON_ASCII, ENCODED_NON_ASCII,
    ENCODED_UNRESERVED, DOUBLE_ENCODING, EMPTY_PARAMETER, QUERY_OR_FRAGMENT, MALFORMED_PERCENT
  }

  /** Every trick, at a generated place in a generated request: so no trick depends on how many tries run. */
  @Property
  void aTrickedPathIsRejected(
      @ForAll("requests") Request request, @ForAll("positions") int position, @ForAll("variants") int variant) {
    for (Trick trick : Trick.values()) {
      String path = apply(trick, request, position, variant);

      GuardDecision d = GUARD.check(request.route().method(), path, Fixtures.EVERYTHING);

      assertThat(d.outcome()).as(trick + ": " + path).isEqualTo(Outcome.BAD_REQUEST);
    }
  }

  @Property
  void aCaseChangedLiteralNeverReachesItsSourceOperation(
      @ForAll("requests") Request request, @ForAll("positions") int position) {
    List<String> segments = new ArrayList<>(request.segments());
    List<Integer> literals = new ArrayList<>();
    List<String> template = Template.parse(request.route().template()).segments();
    for (int i = 0; i < template.size(); i++) {
      if (!template.get(i).equals(Template.PARAM) && template.get(i).chars().anyMatch(Character::isLetter)) {
        literals.add(i);
      }
    }
    int at = literals.get(position % literals.size());
    segments.set(at, flipFirstLetter(segments.get(at)));
    String path = "/" + String.join("/", segments);

    GuardDecision d = GUARD.check(request.route().method(), path, Fixtures.EVERYTHING);

    assertThat(d.route()).as(path).isNotEqualTo(Optional.of(request.route()));
    d.route().ifPresent(other -> assertThat(Template.parse(other.template()).segments().get(at))
        .as("a case variant can only be taken by a {param} at that position")
        .isEqualTo(Template.PARAM));
    Statistics.label("answer").collect(d.outcome());
  }

  @Property
  void anyPathFailsClosedOrMatchesLiterally(@ForAll("method") String method, @ForAll("anyPath") String path) {
    GuardDecision d = GUARD.check(method, path, Fixtures.EVERYTHING);

    if (d.route().isPresent()) {
      assertThat(RequestPath.check(path)).isNull();
      List<String> template = Template.parse(d.route().get().template()).segments();
      List<String> actual = path.equals("/") ? List.of() : Arrays.asList(path.substring(1).split("/", -1));
      assertThat(actual).hasSameSizeAs(template);
      for (int i = 0; i < template.size(); i++) {
        assertThat(actual.get(i)).isNotEmpty();
        if (!template.get(i).equals(Template.PARAM)) {
          assertThat(actual.get(i)).isEqualTo(template.get(i));
        }
      }
      // HEAD is decided by the GET route where no HEAD route is declared (Fixtures declares none).
      assertThat(d.route().get().method()).isEqualTo(method.equals("HEAD") ? "GET" : method);
    } else {
      assertThat(d.outcome()).isIn(Outcome.BAD_REQUEST, Outcome.NO_ROUTE);
    }
    Statistics.label("outcome").collect(d.outcome());
  }

  @Provide
  Arbitrary<Request> requests() {
    Arbitrary<Route> route = Arbitraries.of(ROUTES);
    Arbitrary<List<String>> values = parameterValue().list().ofSize(3);
    Arbitrary<Optional<List<String>>> claim = Arbitraries.of(
            "workflow:read", "workflow:create", "workflow:update", "workflow:execute", "workflow:*",
            "resource:read", "resource:update", "resource:*", "file:read", "Workflow:create", "workflow:*x")
        .list().uniqueElements().ofMaxSize(4)
        .optional(0.9);
    return Combinators.combine(route, values, claim).as((r, v, c) -> new Request(r, fill(r, v), c));
  }

  /**
   * A {@code {param}} value: unreserved characters, sub-delimiters and allowed encodings, always
   * starting and ending with a digit, so it never equals a template literal (literals here have no
   * digits but "v1", which only stands first) and never has an encoded space at an edge.
   */
  private static Arbitrary<String> parameterValue() {
    Arbitrary<String> atom = Arbitraries.of(
        "a", "Z", "x", "0", "7", "-", "_", "~", ".", "!", "$", "'", "(", "*", "+", ",", "=", ":", "@",
        "%20", "%3A", "%40", "%23", "%3F", "%2b");
    Arbitrary<String> digit = Arbitraries.of("1", "2", "9");
    return Combinators.combine(digit, atom.list().ofMaxSize(6), digit)
        .as((first, atoms, last) -> first + String.join("", atoms) + last);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<Integer> variants() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<String> method() {
    return Arbitraries.of("GET", "POST", "get", "Post", "HEAD", "DELETE");
  }

  @Provide
  Arbitrary<String> anyPath() {
    return Arbitraries.of(
            "/", "/", "/", "v1", "things", "export", "docs", "internal", "orgs", "o1", "namespaces", "workflows",
            "advance", "me", "auth", "token", "Things", "a", "7", ".", "..", "%2F", "%2e", ";", "\\", "%00", "\u00e9",
            "%C0%AF", "%7E", "%20", "?", "#", "%", "%zz", "{id}", "%3B")
        .list().ofMaxSize(14)
        .map(parts -> "/" + String.join("", parts));
  }

  private static List<String> fill(Route route, List<String> values) {
    List<String> out = new ArrayList<>();
    int v = 0;
    for (String segment : Template.parse(route.template()).segments()) {
      out.add(segment.equals(Template.PARAM) ? values.get(v++) : segment);
    }
    return out;
  }

  private static String apply(Trick trick, Request request, int position, int variant) {
    List<String> s = new ArrayList<>(request.segments());
    int at = position % s.size();
    switch (trick) {
      case TRAILING_SLASH:
        return request.path() + "/";
      case DOUBLE_SLASH:
        s.add(at, "");
        break;
      case DOT_SEGMENT:
        s.add(at, ".");
        break;
      case DOT_DOT_SEGMENT:
        s.add(at, "..");
        break;
      case ENCODED_SLASH:
        s.set(at, s.get(at) + pick(variant, "%2F", "%2f", "%2F.."));
        break;
      case ENCODED_DOT:
        s.set(at, s.get(at) + pick(variant, "%2e", "%2E", "%2e%2e"));
        break;
      case ENCODED_DOT_SEGMENT:
        s.add(at, pick(variant, "%2e", "%2E%2E", ".%2e"));
        break;
      case ENCODED_SPACE_AT_EDGE:
        s.set(at, pick(variant, "%20" + s.get(at), s.get(at) + "%20", "%20"));
        break;
      case ENCODED_CONTROL:
        s.set(at, s.get(at) + pick(variant, "%00", "%0A", "%7f"));
        break;
      case MATRIX_PARAMETER:
        s.set(at, s.get(at) + pick(variant, ";", ";v=1", ";jsessionid=x"));
        break;
      case BACKSLASH:
        s.set(at, s.get(at) + pick(variant, "\\", "\\..", "\\x"));
        break;
      case ENCODED_BACKSLASH:
        s.set(at, s.get(at) + pick(variant, "%5C", "%5c", "%5C.."));
        break;
      case RAW_NON_ASCII:
        s.set(at, s.get(at) + pick(variant, "\u00e9", "\u0430", "\uff54"));
        break;
      case ENCODED_NON_ASCII:
        s.set(at, s.get(at) + pick(variant, "%C0%AF", "%C3%A9", "%E0%80%AE"));
        break;
      case ENCODED_UNRESERVED:
        s.set(at, encodeFirstUnreserved(s.get(at)));
        break;
      case DOUBLE_ENCODING:
        s.set(at, s.get(at) + pick(variant, "%25", "%252F", "%252e"));
        break;
      case EMPTY_PARAMETER:
        List<String> template = Template.parse(request.route().template()).segments();
        int param = template.indexOf(Template.PARAM);
        if (param < 0) {
          return request.path() + "/";
        }
        s.set(param, "");
        break;
      case QUERY_OR_FRAGMENT:
        s.set(at, s.get(at) + pick(variant, "?x=1", "#top", "?"));
        break;
      case MALFORMED_PERCENT:
        s.set(at, s.get(at) + pick(variant, "%", "%g0", "%2"));
        break;
      default:
        throw new AssertionError(trick);
    }
    return "/" + String.join("/", s);
  }

  private static String pick(int variant, String... options) {
    return options[variant % options.length];
  }

  private static String encodeFirstUnreserved(String segment) {
    int i = 0;
    while (i < segment.length()) {
      char c = segment.charAt(i);
      if (c == '%') {
        i += 3;
        continue;
      }
      if (RequestPath.isUnreserved(c)) {
        return segment.substring(0, i) + String.format("%%%02X", (int) c) + segment.substring(i + 1);
      }
      i++;
    }
    throw new AssertionError("no unreserved character in " + segment);
  }

  private static String flipFirstLetter(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (Character.isLetter(c)) {
        char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return segment.substring(0, i) + flipped + segment.substring(i + 1);
      }
    }
    throw new AssertionError("no letter in " + segment);
  }

  private static boolean covers(Set<String> granted, String required) {
    String family = required.substring(0, required.indexOf(':'));
    if (granted.contains(required) || granted.contains(family + ":*")) {
      return true;
    }
    if (required.endsWith(":*")) {
      return VERBS.get(family).stream().allMatch(v -> granted.contains(family + ":" + v));
    }
    return false;
  }
}
