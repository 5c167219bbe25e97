package dev.scopegate.guard;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request's scope claim from its {@code Authorization: Bearer} header (RFC 6750 §2.1), through a
 * {@link TokenVerifier}. Framework adapters pass the header's values; this class owns what they
 * mean.
 *
 * {@snippet :
 * BearerClaims bearer = BearerClaims.of(verifier);   // one per application; thread-safe
 * ScopeClaim claim = bearer.read(List.of("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6Indvcmtm..."));
 * }
 *
 * <table>
 *   <caption>What a request's Authorization header gives</caption>
 *   <tr><th>header</th><th>claim</th><th>on a protected route</th></tr>
 *   <tr><td>none, or another scheme ({@code Basic ...})</td><td>absent</td><td>401 {@code Missing bearer token}</td></tr>
 *   <tr><td>{@code Bearer} without a well-formed token</td><td>unusable</td><td>401 {@code invalid_token}, {@value #MALFORMED_MESSAGE}</td></tr>
 *   <tr><td>more than one {@code Authorization} header</td><td>unusable</td><td>401 {@code invalid_token}, {@value #REPEATED_MESSAGE}</td></tr>
 *   <tr><td>{@code Bearer TOKEN}, rejected by the verifier</td><td>unusable</td><td>401 {@code invalid_token}, the verifier's reason</td></tr>
 *   <tr><td>{@code Bearer TOKEN}, verified</td><td>its claims, read by {@link JwtScopeReader}</td><td>the scope check</td></tr>
 * </table>
 *
 * <p>The scheme is matched without regard to case; the token is RFC 6750's {@code b64token}, one
 * or more of {@code A-Z a-z 0-9 - . _ ~ + /}, then any {@code =}, after one or more spaces.
 */
public final class BearerClaims {
  /** The 401 message for a {@code Bearer} credential without a well-formed token. */
  public static final String MALFORMED_MESSAGE = "Malformed bearer token";

  /** The 401 message for a request with more than one {@code Authorization} header. */
  public static final String REPEATED_MESSAGE = "Request has more than one Authorization header";

  private static final String SCHEME = "Bearer";

  private final TokenVerifier verifier;
  private final JwtScopeReader reader;

  private BearerClaims(TokenVerifier verifier, JwtScopeReader reader) {
    this.verifier = verifier;
    this.reader = reader;
  }

  /**
   * Bearer claims verified by {@code verifier} and read by {@link JwtScopeReader#create()}.
   *
   * @param verifier the token verifier
   * @return the reader of bearer claims
   */
  public static BearerClaims of(TokenVerifier verifier) {
    return of(verifier, JwtScopeReader.create());
  }

  /**
   * Bearer claims verified by {@code verifier} and read by {@code reader}.
   *
   * @param verifier the token verifier
   * @param reader reads the scope claim out of the verified claims
   * @return the reader of bearer claims
   */
  public static BearerClaims of(TokenVerifier verifier, JwtScopeReader reader) {
    return new BearerClaims(Objects.requireNonNull(verifier, "verifier"), Objects.requireNonNull(reader, "reader"));
  }

  /**
   * Reads one request's claim.
   *
   * @param authorization every value of the request's {@code Authorization} header, in order
   *     (empty when it has none)
   * @return the claim; see the table above
   * @throws NullPointerException if the verifier returns {@code null}
   */
  public ScopeClaim read(List<String> authorization) {
    Objects.requireNonNull(authorization, "authorization");
    if (authorization.isEmpty()) {
      return ScopeClaim.absent();
    }
    if (authorization.size() > 1) {
      return ScopeClaim.unusable(REPEATED_MESSAGE);
    }
    String value = Objects.requireNonNull(authorization.get(0), "authorization value");
    if (!isBearer(value)) {
      return ScopeClaim.absent();
    }
    String token = token(value);
    if (token == null) {
      return ScopeClaim.unusable(MALFORMED_MESSAGE);
    }
    TokenVerifier.Result result = Objects.requireNonNull(verifier.verify(token), () -> verifier + " returned null");
    return result.isVerified() ? reader.read(result.claims()) : ScopeClaim.unusable(result.reason().orElseThrow());
  }

  /**
   * Whether an {@code Authorization} header value is a {@code Bearer} credential, well-formed or
   * not: its scheme is {@code Bearer} in any case, alone or followed by a space.
   *
   * @param value the header's value
   * @return whether it names the Bearer scheme
   */
  public static boolean isBearer(String value) {
    return value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        && (value.length() == SCHEME.length() || value.charAt(SCHEME.length()) == ' ');
  }

  /** The b64token after the scheme and its spaces, or null when there is none or it is malformed. */
  private static @Nullable String token(String value) {
    int start = SCHEME.length();
    while (start < value.length() && value.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < value.length() && isTokenChar(value.charAt(end))) {
      end++;
    }
    if (end == start) {
      return null;
    }
    int padded = end;
    while (padded < value.length() && value.charAt(padded) == '=') {
      padded++;
    }
    return padded == value.length() && start > SCHEME.length() ? value.substring(start) : null;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }

  @Override
  public String toString() {
    return "BearerClaims[" + verifier + "]";
  }
}
