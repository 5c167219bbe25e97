package dev.scopegate.spring.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPublicKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Real RS256 JWTs, signed with a key generated for this test run, and what trusts it: a decoder,
 * or the public key as PEM for Spring Boot's {@code public-key-location}. Shared with the starter's
 * tests through this module's test jar.
 */
public final class Tokens {
  private static final RSAKey KEY = generate();
  private static final RSAKey STRANGER = generate();

  private Tokens() {}

  private static RSAKey generate() {
    try {
      return new RSAKeyGenerator(2048).keyID("test").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoder of the test applications: this run's public key, Spring's default validators (expiry). */
  public static JwtDecoder decoder() {
    try {
      return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEY.toPublicKey()).build();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as a PEM file, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
  public static String publicKeyPem() {
    try {
      String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEY.toPublicKey().getEncoded());
      return "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n";
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as a JWK set, as an issuer serves it at its {@code jwks_uri}. */
  public static String jwkSetJson() {
    return new JWKSet(KEY.toPublicJWK()).toString();
  }

  /** A token with a space-delimited {@code scope} claim, valid for an hour. */
  public static String scope(String scope) {
    return signed(Map.of("scope", scope), KEY, Instant.now().plus(Duration.ofHours(1)));
  }

  /** A token with these claims (besides {@code sub} and {@code exp}), valid for an hour. */
  public static String claims(Map<String, Object> claims) {
    return signed(claims, KEY, Instant.now().plus(Duration.ofHours(1)));
  }

  /** A token that expired a minute ago. */
  public static String expired(String scope) {
    return signed(Map.of("scope", scope), KEY, Instant.now().minus(Duration.ofMinutes(1)));
  }

  /** A token signed with a key the application does not trust. */
  public static String forged(String scope) {
    return signed(Map.of("scope", scope), STRANGER, Instant.now().plus(Duration.ofHours(1)));
  }

  private static String signed(Map<String, Object> claims, RSAKey key, Instant expiry) {
    JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("test-client").expirationTime(Date.from(expiry));
    claims.forEach(set::claim);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
