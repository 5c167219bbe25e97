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
 */
public final class JwtScopeReader {
  /** The body message of a request whose token has disagreeing {@code scope} and {@code scp}. */
  public static final String CONFLICT_MESSAGE = "Token has conflicting scope and scp claims";

  private static final ScopeClaim GRANTS_NOTHING = ScopeClaim.of("");

  private final Logger logger;
  private final AtomicBoolean conflictReported = new AtomicBoolean();
  private final AtomicBoolean wrongTypeReported = new AtomicBoolean();

  private JwtScopeReader(Logger logger) {
    this.logger = logger;
  }

  /**
   * A reader that reports configuration errors to {@code System.getLogger("dev.scopegate.guard.JwtScopeReader")}.
   *
   * @return the reader
   */
  public static JwtScopeReader create() {
    return new JwtScopeReader(System.getLogger(JwtScopeReader.class.getName()));
  }

  /**
   * A reader that reports configuration errors to the given logger.
   *
   * @param logger where to report
   * @return the reader
   */
  public static JwtScopeReader create(Logger logger) {
    return new JwtScopeReader(Objects.requireNonNull(logger, "logger"));
  }

  /**
   * Reads the scope claim of a verified token. A usable claim carries the whole claims map
   * ({@link ScopeClaim#claims()}), which the route's bindings read.
   *
   * @param claims the token's claims, as the JWT library verified them; no {@code null} names
   * @return the claim; never {@linkplain ScopeClaim#absent() absent}, since a claims map means a token
   */
  public ScopeClaim read(Map<String, ?> claims) {
    Objects.requireNonNull(claims, "claims");
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
    return scopes(scope, scp).withClaims(claims);
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
    if (scp != null) {
      if (scp instanceof String) {
        return ScopeClaim.of((String) scp);
      }
      List<?> list = asList(scp);
      if (list != null) {
        return ScopeClaim.of(list);
      }
      reportWrongType("scp", scp, "an array or a space-delimited string");
      return GRANTS_NOTHING;
    }
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
   * A summary: {@code JwtScopeReader[scope, then scp]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "JwtScopeReader[scope, then scp]";
  }
}
