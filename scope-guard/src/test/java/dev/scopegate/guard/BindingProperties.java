package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A bound parameter against a claim, over generated values built from the characters and
 * encodings that path tricks are made of: a bound table answers exactly as the same table unbound,
 * except that a request it would let through (or deny for its scopes) is a binding mismatch unless
 * the raw segment is, character for character, the claim or one of its strings. So no decoding,
 * case folding or normalisation ever makes two tenants equal.
 */
class BindingProperties {
  private static final String TEMPLATE = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";
  private static final RouteTable.Builder ROUTES = RouteTable.builder(SignstackScopes.CATALOG)
      .route("GET", TEMPLATE, "workflow:read")
      .route("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/export", "workflow:*");
  private static final Guard UNBOUND = Guard.of(ROUTES.build());
  private static final Guard BOUND = Guard.of(ROUTES.bind("namespaceKey", "namespace").build());
  private static final JwtScopeReader READER = JwtScopeReader.create(new RecordingLogger());

  /** One request: the raw namespace segment, the namespace claim (a string or a list), and the scope. */
  record Case(String segment, Object claim, String scope) {
    Map<String, Object> token() {
      Map<String, Object> claims = new HashMap<>();
      claims.put("scope", scope);
      claims.put("namespace", claim);
      return claims;
    }

    boolean claimHolds() {
      return claim instanceof String ? claim.equals(segment) : ((List<?>) claim).contains(segment);
    }
  }

  @Property(tries = 1500)
  void aBoundParameterIsAllowedExactlyWhenItsRawTextIsTheClaim(@ForAll("cases") Case c) {
    String path = "/v1/orgs/acme/namespaces/" + c.segment() + "/workflows";
    GuardDecision unbound = UNBOUND.check("GET", path, READER.read(c.token()));
    GuardDecision bound = BOUND.check("GET", path, READER.read(c.token()));

    boolean routed = unbound.outcome() == Outcome.ALLOWED || unbound.outcome() == Outcome.INSUFFICIENT_SCOPE;
    if (!routed || c.claimHolds()) {
      assertThat(bound.outcome()).as(path).isEqualTo(unbound.outcome());
      assertThat(bound.message()).isEqualTo(unbound.message());
    } else {
      assertThat(bound.outcome()).as("%s with %s", path, c.claim()).isEqualTo(Outcome.BINDING_MISMATCH);
      assertThat(bound.message()).contains("Token does not match path parameter: namespaceKey");
    }
    if (bound.allowed()) {
      assertThat(c.claimHolds()).isTrue();
    }
    Statistics.label("bound").collect(bound.outcome());
    Statistics.label("bound").coverage(cov -> {
      cov.check(Outcome.ALLOWED).count(n -> n > 0);
      cov.check(Outcome.BINDING_MISMATCH).count(n -> n > 0);
      cov.check(Outcome.BAD_REQUEST).count(n -> n > 0);
      cov.check(Outcome.INSUFFICIENT_SCOPE).count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> segment = atoms().list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts));
    return segment.flatMap(s -> {
      Arbitrary<String> near = Arbitraries.oneOf(Arbitraries.just(s), segment, Arbitraries.just(decoded(s)),
          Arbitraries.just(s.toUpperCase(Locale.ROOT)));
      Arbitrary<Object> claim = Arbitraries.oneOf(near.map(v -> (Object) v), near.list().ofMaxSize(3).map(v -> (Object) v));
      return Combinators.combine(claim, Arbitraries.of("workflow:read", "workflow:*", "file:read"))
          .as((value, scope) -> new Case(s, value, scope));
    });
  }

  /** Pieces of a segment: plain characters, ones a trick turns into another, and encodings. */
  private static Arbitrary<String> atoms() {
    return Arbitraries.of(
        "a", "b", "s", "A", "S", "1", "-", "~", "_", ".", "..", ";", ":", "@", "!", "\u0131", "\u00e9",
        "%20", "%2F", "%2f", "%2E", "%2e", "%61", "%73", "%3A", "%3a", "%25", "%3B", "%5C", "%00", "%C3%A9", "%", "%zz");
  }

  /** The segment as a lenient decoder would read it: escapes of printable ASCII decoded, anything else kept. */
  private static String decoded(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int high = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int low = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
      int value = high * 16 + low;
      if (ch == '%' && high >= 0 && low >= 0 && value >= 0x20 && value < 0x7f) {
        out.append((char) value);
        i += 2;
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
