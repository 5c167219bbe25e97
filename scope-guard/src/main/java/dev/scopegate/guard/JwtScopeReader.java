package dev.scopegate.guard;

import dev.scopegate.internal.ClaimSplitter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Reads the scope claim out of a verified JWT's claims map (Nimbus {@code
 * JWTClaimsSet.getClaims()}, Spring {@code Jwt.getClaims()}, jjwt {@code Claims}), as Okta,
 * Auth0 and Spring do: the space-delimited {@code scope} string, or, when it is absent, {@code
 * scp} (an array or a space-delimited string).
 *
 * {@snippet :
 * JwtScopeReader reader = JwtScopeReader.create();   // one per application; thread-safe
 * ScopeClaim claim = reader.read(jwt.getClaims());
 * }
 *
 * <table>
 *   <caption>What a claims map grants</caption>
 *   <tr><th>claims</th><th>claim read</th></tr>
 *   <tr><td>{@code "scope": "a b"}</td><td>{@code a b}</td></tr>
 *   <tr><td>{@code "scp": ["a", "b"]} or {@code "scp": "a b"}</td><td>{@code [a, b]} / {@code a b}</td></tr>
 *   <tr><td>both, with the same entries (any order)</td><td>{@code scope}</td></tr>
 *   <tr><td>both, with different entries, or either of a wrong type</td><td>unusable: the request is
 *       answered 401 {@code invalid_token} (a configuration error; never a union)</td></tr>
 *   <tr><td>{@code scope} not a string, or {@code scp} neither a string nor an array</td><td>grants nothing</td></tr>
 *   <tr><td>neither (or {@code null} values)</td><td>grants nothing (the token is valid, with no scope)</td></tr>
 * </table>
 *
 * <p>A conflict and a wrong type are configuration errors of the token issuer; each kind is
 * logged once at {@code WARNING} through {@link System.Logger} (later occurrences at {@code
 * DEBUG}), naming the claims and their types, never their full values.
 *
 * <p>An issuer that puts the scopes in another claim, such as Auth0's {@code permissions} array,
 * is read with {@link #fromClaim(String)}: that claim alone, as a space-delimited string or an
 * array; {@code scope} and {@code scp} are then not read at all.
 */
public final class JwtScopeReader {
  /** The body message of a request whose token has disagreeing {@code scope} and {@code scp}. */
  public static final String CONFLICT_MESSAGE = "Token has conflicting scope and scp claims";

  private static final ScopeClaim GRANTS_NOTHING = ScopeClaim.of("");

  private final Logger logger;
  /** The one claim to read; null to read {@code scope}, then {@code scp}. */
  private final @Nullable String claimName;
  private final AtomicBoolean conflictReported = new AtomicBoolean();
  private final AtomicBoolean wrongTypeReported = new AtomicBoolean();

  private JwtScopeReader(Logger logger, @Nullable String claimName) {
    this.logger = logger;
    this.claimName = claimName;
  }

  /**
   * A reader that reports configuration errors to {@code System.getLogger("dev.scopegate.guard.JwtScopeReader")}.
   *
   * @return the reader
   */
  public static JwtScopeReader create() {
    return create(System.getLogger(JwtScopeReader.class.getName()));
  }

  /**
   * A reader that reports configuration errors to the given logger.
   *
   * @param logger where to report
   * @return the reader
   */
  public static JwtScopeReader create(Logger logger) {
    return new JwtScopeReader(Objects.requireNonNull(logger, "logger"), null);
  }

  /**
   * A reader of one named claim instead of {@code scope} and {@code scp}, for an issuer that puts
   * the scopes elsewhere: a space-delimited string or an array of entries; absent, {@code null}
   * or of another type, it grants nothing (a wrong type is logged as {@link #create()} logs it).
   *
   * {@snippet :
   * JwtScopeReader auth0 = JwtScopeReader.fromClaim("permissions");   // "permissions": ["workflow:read"]
   * }
   *
   * @param name the claim's name, such as {@code "permissions"}; not blank
   * @return the reader, reporting to {@code System.getLogger("dev.scopegate.guard.JwtScopeReader")}
   * @throws IllegalArgumentException if the name is blank
   */
  public static JwtScopeReader fromClaim(String name) {
    return fromClaim(name, System.getLogger(JwtScopeReader.class.getName()));
  }

  /**
   * A reader of one named claim, as {@link #fromClaim(String)}, reporting to the given logger.
   *
   * @param name the claim's name; not blank
   * @param logger where to report
   * @return the reader
   * @throws IllegalArgumentException if the name is blank
   */
  public static JwtScopeReader fromClaim(String name, Logger logger) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logger, "logger");
    if (name.isBlank()) {
      throw new IllegalArgumentException("The scope claim's name must not be blank");
    }
    return new JwtScopeReader(logger, name);
  }

  /**
   * Reads the scope claim of a verified token. A usable claim carries the whole claims map
   * ({@link ScopeClaim#claims()}), which the route's bindings read.
   *
   * @param claims the token's claims, as the JWT library verified them; no {@code null} names
   * @return the claim; never {@linkplain ScopeClaim#absent() absent}, since a claims map means a token
   */
  public ScopeClaim read(Map<String, ?> claims) {
    ScopeClaim scope = readScope(claims);
    return scope.kind() == ScopeClaim.Kind.UNUSABLE ? scope : scope.withClaims(claims);
  }

  /**
   * Reads the scope claim alone, as {@link #read(Map)} does, without carrying the token's claims
   * along: for a request whose route binds none ({@link Resolution#needsTokenClaims()} is {@code
   * false}), where it decides exactly as {@link #read(Map)} and copies nothing. Given to a route
   * with bindings, it fails closed: they find no claim ({@code Token lacks binding claim}).
   *
   * {@snippet :
   * ScopeClaim claim = r.needsTokenClaims() ? reader.read(jwt.getClaims()) : reader.readScope(jwt.getClaims());
   * }
   *
   * @param claims the token's claims, as the JWT library verified them; no {@code null} names
   * @return the claim, without the token's claims; never {@linkplain ScopeClaim#absent() absent}
   */
  public ScopeClaim readScope(Map<String, ?> claims) {
    Objects.requireNonNull(claims, "claims");
    String named = claimName;
    if (named != null) {
      return readOne(named, claims.get(named));
    }
    Object scope = claims.get("scope");
    Object scp = claims.get("scp");
    if (scope != null && scp != null) {
      Set<Object> fromScope = entries(scope, false);
      Set<Object> fromScp = entries(scp, true);
      if (fromScope == null || fromScp == null || !fromScope.equals(fromScp)) {
        report(conflictReported, "The token has both a \"scope\" claim (" + describe(scope) + ") and an \"scp\" claim ("
            + describe(scp) + ") with different content; such requests are answered 401 invalid_token."
            + " Configure the token issuer to send one of them.");
        return ScopeClaim.unusable(CONFLICT_MESSAGE);
      }
    }
    return scopes(scope, scp);
  }

  /** The scope part: {@code scope}, else {@code scp}; a value of a wrong type grants nothing. */
  private ScopeClaim scopes(@Nullable Object scope, @Nullable Object scp) {
    if (scope != null) {
      if (scope instanceof String) {
        return ScopeClaim.of((String) scope);
      }
      reportWrongType("scope", scope, "a space-delimited string");
      return GRANTS_NOTHING;
    }
    return scp != null ? readOne("scp", scp) : GRANTS_NOTHING;
  }

  /** A claim that may be a space-delimited string or an array; anything else grants nothing. */
  private ScopeClaim readOne(String name, @Nullable Object value) {
    if (value == null) {
      return GRANTS_NOTHING;
    }
    if (value instanceof String) {
      return ScopeClaim.of((String) value);
    }
    List<?> list = asList(value);
    if (list != null) {
      return ScopeClaim.of(list);
    }
    reportWrongType(name, value, "an array or a space-delimited string");
    return GRANTS_NOTHING;
  }

  /** The distinct entries of a claim value, or {@code null} if the value is of a wrong type. */
  private static @Nullable Set<Object> entries(Object value, boolean arrayAllowed) {
    Set<Object> out = new HashSet<>();
    if (value instanceof String) {
      out.addAll(ClaimSplitter.entries((String) value));
      return out;
    }
    List<?> list = arrayAllowed ? asList(value) : null;
    if (list == null) {
      return null;
    }
    out.addAll(list);
    return out;
  }

  /** A JSON array claim value as a list ({@code List}, another {@code Collection}, an array), else null. */
  static @Nullable List<?> asList(Object value) {
    if (value instanceof List) {
      return (List<?>) value;
    }
    if (value instanceof Collection) {
      return new ArrayList<>((Collection<?>) value);
    }
    if (value instanceof Object[]) {
      return Arrays.asList((Object[]) value);
    }
    return null;
  }

  private void reportWrongType(String name, Object value, String expected) {
    report(wrongTypeReported, "The token's \"" + name + "\" claim is " + describe(value) + ", not " + expected
        + "; it grants nothing. Check the token issuer's configuration.");
  }

  private void report(AtomicBoolean reported, String message) {
    if (reported.compareAndSet(false, true)) {
      logger.log(Level.WARNING, message + " (reported once; further occurrences are logged at DEBUG)");
    } else {
      logger.log(Level.DEBUG, message);
    }
  }

  /** The type of a claim value and, for a string or a list, its size: never the value itself. */
  private static String describe(Object value) {
    if (value instanceof String) {
      int n = ((String) value).length();
      return "a string of " + n + (n == 1 ? " character" : " characters");
    }
    List<?> list = asList(value);
    if (list != null) {
      return "an array of " + list.size() + (list.size() == 1 ? " entry" : " entries");
    }
    return "a " + value.getClass().getName();
  }

  /**
   * A summary: {@code JwtScopeReader[scope, then scp]}, or {@code JwtScopeReader[permissions]} for
   * a reader of one named claim.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "JwtScopeReader[" + (claimName == null ? "scope, then scp" : claimName) + "]";
  }
}
