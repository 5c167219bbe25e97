package dev.scopegate.guard;

import dev.scopegate.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request's scope claim as the {@link Guard} reads it: absent (no token), the space-delimited
 * {@code scope} string, a list of entries (the {@code scp} array form), or unusable (a token whose
 * scope claims cannot be read, such as {@code scope} and {@code scp} disagreeing). A usable claim
 * also carries the token's verified claims, which a route's bindings read ({@code org_id}, {@code
 * namespace}, the mode claim: see {@link RouteTable}).
 *
 * {@snippet :
 * ScopeClaim.of("workflow:read workflow:create");      // the "scope" claim
 * ScopeClaim.of(List.of("workflow:read"));             // the "scp" array
 * ScopeClaim.absent();                                 // no token: 401 on a protected route
 * ScopeClaim.unusable("Token has conflicting scope and scp claims");   // 401 invalid_token
 * }
 *
 * <p>Entries are read leniently by the engine: malformed, unknown and non-string entries grant
 * nothing. Build one per request; {@link JwtScopeReader} builds it from a verified JWT's claims
 * and carries them along, so every adapter that reads claims through it gets route bindings with
 * no code of its own. A claim made from a scope alone carries no other claim, so a bound route
 * denies it (fail closed) unless {@link #withClaims} adds them.
 */
public final class ScopeClaim {
  enum Kind {
    ABSENT,
    TEXT,
    LIST,
    UNUSABLE
  }

  private static final ScopeClaim ABSENT = new ScopeClaim(Kind.ABSENT, "", List.of(), Map.of());

  private final Kind kind;
  private final String text;
  private final List<?> list;
  private final Map<String, @Nullable Object> claims;

  private ScopeClaim(Kind kind, String text, List<?> list, Map<String, @Nullable Object> claims) {
    this.kind = kind;
    this.text = text;
    this.list = list;
    this.claims = claims;
  }

  /**
   * No token: a protected route answers 401 {@code Missing bearer token}.
   *
   * @return the absent claim
   */
  public static ScopeClaim absent() {
    return ABSENT;
  }

  /**
   * A space-delimited claim, as the {@code scope} claim of RFC 9068 and RFC 8693 is. An empty
   * string is a token that grants no scope.
   *
   * @param scope the claim, such as {@code "workflow:read workflow:create"}
   * @return the claim
   */
  public static ScopeClaim of(String scope) {
    return new ScopeClaim(Kind.TEXT, Objects.requireNonNull(scope, "scope"), List.of(), Map.of());
  }

  /**
   * A claim given as a list of entries, as the {@code scp} array is. The list is copied; {@code
   * null} and non-string elements are kept and grant nothing.
   *
   * @param entries the entries, such as {@code List.of("workflow:read", "file:read")}
   * @return the claim
   */
  public static ScopeClaim of(List<?> entries) {
    Objects.requireNonNull(entries, "entries");
    return new ScopeClaim(Kind.LIST, "", Collections.unmodifiableList(new ArrayList<>(entries)), Map.of());
  }

  /**
   * A token whose scope claims cannot be read. A protected route answers 401 with {@code
   * WWW-Authenticate: Bearer error="invalid_token"} and {@code reason} as the body's message, so
   * the reason must be fit for the client to read.
   *
   * @param reason why, such as {@code "Token has conflicting scope and scp claims"}; not blank
   * @return the claim
   * @throws IllegalArgumentException if the reason is blank
   */
  public static ScopeClaim unusable(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("An unusable claim needs a reason the client can read");
    }
    return new ScopeClaim(Kind.UNUSABLE, reason, List.of(), Map.of());
  }

  /**
   * The same scope claim, carrying the token's verified claims for the route's bindings. {@link
   * JwtScopeReader#read} does this for a JWT's claims map; an adapter that reads the scope some
   * other way (another claim name, an introspection response) adds the claims here.
   *
   * {@snippet :
   * ScopeClaim claim = ScopeClaim.of(String.join(" ", permissions)).withClaims(jwt.getClaims());
   * }
   *
   * @param claims the token's verified claims, as the token library gives them; copied (a shallow
   *     copy: the values are kept as they are); no {@code null} names
   * @return the claim with these claims, replacing any it carried
   * @throws IllegalStateException for {@link #absent()}: without a token there are no claims
   */
  public ScopeClaim withClaims(Map<String, ?> claims) {
    Objects.requireNonNull(claims, "claims");
    if (kind == Kind.ABSENT) {
      throw new IllegalStateException("An absent claim (no token) carries no token claims");
    }
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : claims.entrySet()) {
      copy.put(Objects.requireNonNull(e.getKey(), "claim name"), e.getValue());
    }
    return new ScopeClaim(kind, text, list, Collections.unmodifiableMap(copy));
  }

  /**
   * The token's verified claims the route bindings read.
   *
   * @return the claims by name; empty for a claim made from a scope alone, an absent claim and,
   *     unless added, an unusable one
   */
  public Map<String, @Nullable Object> claims() {
    return claims;
  }

  /**
   * Whether the request carries a token (usable or not).
   *
   * @return {@code false} only for {@link #absent()}
   */
  public boolean isPresent() {
    return kind != Kind.ABSENT;
  }

  Kind kind() {
    return kind;
  }

  /** The claim text for {@link Kind#TEXT}, the reason for {@link Kind#UNUSABLE}; else empty. */
  String text() {
    return text;
  }

  /** The entries for {@link Kind#LIST}; else empty. */
  List<?> list() {
    return list;
  }

  /**
   * Claims are equal when they are of the same kind with equal content and equal token claims.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal claim
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ScopeClaim)) {
      return false;
    }
    ScopeClaim that = (ScopeClaim) other;
    return kind == that.kind && text.equals(that.text) && list.equals(that.list) && claims.equals(that.claims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, list, claims);
  }

  /**
   * {@code ScopeClaim["workflow:read"]}, {@code ScopeClaim[[workflow:read]]}, {@code
   * ScopeClaim[absent]} or {@code ScopeClaim[unusable: reason]}, followed by the names (never the
   * values) of the token claims it carries: {@code ScopeClaim["workflow:read", claims: sub
   * org_id]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    String names = claims.isEmpty() ? "" : ", claims: " + String.join(" ", claims.keySet());
    switch (kind) {
      case ABSENT:
        return "ScopeClaim[absent]";
      case TEXT:
        return "ScopeClaim[" + Text.quote(text) + names + "]";
      case LIST:
        return "ScopeClaim[" + list + names + "]";
      default:
        return "ScopeClaim[unusable: " + text + names + "]";
    }
  }
}
