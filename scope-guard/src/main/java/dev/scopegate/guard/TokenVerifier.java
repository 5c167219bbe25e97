package dev.scopegate.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a bearer token: the token's text in, its verified claims out, or a rejection with a
 * reason fit for the client. Framework-neutral; {@link BearerClaims} runs it on a request's {@code
 * Authorization} header, and {@code scope-jwt}'s {@code NimbusTokenVerifier} is a ready one for
 * signed JWTs.
 *
 * {@snippet :
 * TokenVerifier verifier = token -> token.equals("let-me-in")
 *     ? TokenVerifier.Result.verified(Map.of("sub", "test", "scope", "workflow:read"))
 *     : TokenVerifier.Result.rejected("Token is not valid");
 * }
 *
 * <p>A verifier checks everything that makes a token trustworthy (for a JWT: signature, expiry,
 * issuer, audience) before it answers {@link Result#verified}. It does not throw for a bad token:
 * any token it cannot verify is {@link Result#rejected}, and the request is answered 401 {@code
 * invalid_token} with the reason as the body's message. It must be thread-safe.
 */
@FunctionalInterface
public interface TokenVerifier {
  /**
   * Verifies one token.
   *
   * @param token the token's text, as it follows {@code Bearer } in the {@code Authorization}
   *     header
   * @return the verified claims, or a rejection
   */
  Result verify(String token);

  /** What a {@link TokenVerifier} found: the verified claims, or why the token was rejected. */
  final class Result {
    private final Map<String, Object> claims;
    private final @Nullable String reason;

    private Result(Map<String, Object> claims, @Nullable String reason) {
      this.claims = claims;
      this.reason = reason;
    }

    /**
     * A verified token. The map is copied; its values are read by {@link JwtScopeReader}.
     *
     * @param claims the token's claims, such as Nimbus {@code JWTClaimsSet.getClaims()}; no
     *     {@code null} keys
     * @return the result
     */
    public static Result verified(Map<String, ?> claims) {
      Objects.requireNonNull(claims, "claims");
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<String, ?> e : claims.entrySet()) {
        copy.put(Objects.requireNonNull(e.getKey(), "claim name"), e.getValue());
      }
      return new Result(Collections.unmodifiableMap(copy), null);
    }

    /**
     * A rejected token. The reason becomes the 401 body's message, so it must be fit for the
     * client: say what is wrong with the token ({@code Token has expired}), never what the
     * server expected or how it is configured.
     *
     * @param reason why, such as {@code "Token has expired"}; not blank
     * @return the result
     * @throws IllegalArgumentException if the reason is blank
     */
    public static Result rejected(String reason) {
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("A rejection needs a reason the client can read");
      }
      return new Result(Map.of(), reason);
    }

    /**
     * Whether the token was verified.
     *
     * @return {@code true} for {@link #verified}
     */
    public boolean isVerified() {
      return reason == null;
    }

    /**
     * The verified claims; empty for a rejection.
     *
     * @return the unmodifiable claims
     */
    public Map<String, Object> claims() {
      return claims;
    }

    /**
     * Why the token was rejected; empty when it was verified.
     *
     * @return the reason
     */
    public Optional<String> reason() {
      return Optional.ofNullable(reason);
    }

    /**
     * Results are equal when both are verified with equal claims, or both rejected for the same
     * reason.
     *
     * @param other the object to compare with
     * @return whether {@code other} is an equal result
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Result)) {
        return false;
      }
      Result that = (Result) other;
      return claims.equals(that.claims) && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(claims, reason);
    }

    /**
     * {@code Result[verified, 3 claims]} or {@code Result[rejected: Token has expired]}; never the
     * claims' values.
     *
     * @return the summary
     */
    @Override
    public String toString() {
      return reason == null ? "Result[verified, " + claims.size() + " claims]" : "Result[rejected: " + reason + "]";
    }
  }
}
