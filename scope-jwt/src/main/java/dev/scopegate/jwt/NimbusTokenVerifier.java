package dev.scopegate.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import dev.scopegate.guard.TokenVerifier;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.security.Key;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenVerifier} for signed JWTs, on Nimbus JOSE+JWT. Nimbus checks the signature
 * against a local public key or the keys of a JWKS URL, and the claims: {@code exp} (required, and
 * not past), {@code nbf} (if present, reached), {@code iss} (exactly the issuer given) and {@code
 * aud} (one of the audiences given), with a clock skew of 60 seconds by default.
 *
 * {@snippet :
 * TokenVerifier verifier = NimbusTokenVerifier.jwkSetUri(URI.create("https://login.example.com/.well-known/jwks.json"))
 *     .issuer("https://login.example.com/")
 *     .audience("https://api.example.com")
 *     .build();
 * }
 *
 * <p>Only asymmetric signatures are accepted (RS256/384/512, PS256/384/512, ES256/384/512 by
 * default): unsigned ({@code alg: none}), HMAC-signed and encrypted tokens are rejected, so a
 * public key can never be used as a shared secret. The {@code typ} header, when present, must be
 * {@code JWT} or {@code at+jwt} (RFC 9068).
 *
 * <p>A token that fails is rejected with a fixed reason fit for the client ({@code Token has
 * expired}, {@code Token signature is invalid}, ...), never with what the server expected. When the
 * keys cannot be fetched, tokens are rejected with {@value #UNVERIFIABLE} and the cause is logged
 * through {@link System.Logger} ({@code dev.scopegate.jwt.NimbusTokenVerifier}): the first time at
 * {@code WARNING}, later at {@code DEBUG}.
 */
public final class NimbusTokenVerifier implements TokenVerifier {
  /** The reason for a token whose keys could not be had, such as an unreachable JWKS URL. */
  public static final String UNVERIFIABLE = "Token could not be verified";

  private static final int JWKS_TIMEOUT_MS = 2_000;
  private static final int JWKS_SIZE_LIMIT = 64 * 1024;

  private static final Set<JWSAlgorithm> ASYMMETRIC =
      Set.of(
          JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
          JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
          JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

  private final DefaultJWTProcessor<SecurityContext> processor;
  private final String description;
  private final Logger logger;
  private final AtomicBoolean keyFailureReported = new AtomicBoolean();

  private NimbusTokenVerifier(DefaultJWTProcessor<SecurityContext> processor, String description, Logger logger) {
    this.processor = processor;
    this.description = description;
    this.logger = logger;
  }

  /**
   * A verifier whose keys come from a JWKS URL, fetched on first use and cached (Nimbus's {@code
   * JWKSourceBuilder}: refreshed ahead of expiry, fetched again for an unknown {@code kid}, rate
   * limited, one retry; 2 seconds to connect and 2 to read, 64 KiB at most). The URL must be
   * {@code https}, or {@code http} to a loopback address.
   *
   * @param jwkSetUri the issuer's {@code jwks_uri}
   * @return a builder; set the issuer and the audience
   * @throws IllegalArgumentException if the URI is not an absolute https URL (or http to loopback)
   */
  public static Builder jwkSetUri(URI jwkSetUri) {
    Objects.requireNonNull(jwkSetUri, "jwkSetUri");
    URL url = url(jwkSetUri);
    // Nimbus's defaults give the JWKS endpoint half a second; a busy issuer or host gets 2 s here.
    DefaultResourceRetriever retriever = new DefaultResourceRetriever(JWKS_TIMEOUT_MS, JWKS_TIMEOUT_MS, JWKS_SIZE_LIMIT);
    JWKSource<SecurityContext> source = JWKSourceBuilder.create(url, retriever).retrying(true).build();
    return new Builder("JWKS " + jwkSetUri, source, null, ASYMMETRIC);
  }

  /**
   * A verifier with a local JWK set, such as a JWKS document read from a file. Tokens are matched
   * to a key by {@code kid} and algorithm.
   *
   * @param jwkSetJson the JWK set, as JSON ({@code {"keys": [...]}}); public keys only
   * @return a builder; set the issuer and the audience
   * @throws IllegalArgumentException if the text is not a JWK set, or holds a private or secret key
   */
  public static Builder jwkSet(String jwkSetJson) {
    Objects.requireNonNull(jwkSetJson, "jwkSetJson");
    JWKSet set;
    try {
      set = JWKSet.parse(jwkSetJson);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Not a JWK set: " + e.getMessage(), e);
    }
    if (set.getKeys().isEmpty()) {
      throw new IllegalArgumentException("The JWK set has no keys");
    }
    if (set.getKeys().stream().anyMatch(k -> k.isPrivate() || k.toPublicJWK() == null)) {
      throw new IllegalArgumentException("The JWK set must hold public keys only; it holds a private or secret key");
    }
    return new Builder("JWK set of " + set.getKeys().size(), new ImmutableJWKSet<>(set), null, ASYMMETRIC);
  }

  /**
   * A verifier with one local public key. Tokens need no {@code kid}. The accepted algorithm is
   * RS256 for an RSA key, and ES256, ES384 or ES512 for an EC key on P-256, P-384 or P-521; {@link
   * Builder#algorithms} changes it.
   *
   * @param key the issuer's RSA or EC public key
   * @return a builder; set the issuer and the audience
   * @throws IllegalArgumentException if the key is neither RSA nor EC on a supported curve
   */
  public static Builder publicKey(PublicKey key) {
    Objects.requireNonNull(key, "key");
    JWSAlgorithm algorithm;
    if (key instanceof RSAPublicKey) {
      algorithm = JWSAlgorithm.RS256;
    } else if (key instanceof ECPublicKey) {
      Curve curve = Curve.forECParameterSpec(((ECPublicKey) key).getParams());
      if (Curve.P_256.equals(curve)) {
        algorithm = JWSAlgorithm.ES256;
      } else if (Curve.P_384.equals(curve)) {
        algorithm = JWSAlgorithm.ES384;
      } else if (Curve.P_521.equals(curve)) {
        algorithm = JWSAlgorithm.ES512;
      } else {
        throw new IllegalArgumentException("An EC key must be on P-256, P-384 or P-521");
      }
    } else {
      throw new IllegalArgumentException("The key must be an RSA or EC public key, not " + key.getAlgorithm());
    }
    return new Builder("public " + key.getAlgorithm() + " key", null, key, Set.of(algorithm));
  }

  private static URL url(URI uri) {
    String scheme = Objects.toString(uri.getScheme(), "").toLowerCase(Locale.ROOT);
    String host = Objects.toString(uri.getHost(), "");
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    if (!uri.isAbsolute() || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
      throw new IllegalArgumentException(
          "The JWKS URL must be https (http only to a loopback address), not " + uri + "; keys fetched over plain http can be forged");
    }
    try {
      return uri.toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a URL: " + uri, e);
    }
  }

  @Override
  public Result verify(String token) {
    Objects.requireNonNull(token, "token");
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException e) {
      return Result.rejected("Token is not a JWT");
    }
    if (!(jwt instanceof SignedJWT)) {
      return Result.rejected("Token is not signed");
    }
    try {
      JWTClaimsSet claims = processor.process((SignedJWT) jwt, null);
      return Result.verified(claims.getClaims());
    } catch (BadJOSEException e) {
      return Result.rejected(reason(e));
    } catch (JOSEException | RuntimeException e) {
      // The keys could not be had (an unreachable JWKS URL), or Nimbus failed: never a grant.
      Level level = keyFailureReported.compareAndSet(false, true) ? Level.WARNING : Level.DEBUG;
      logger.log(level, () -> this + " could not verify a token: " + e.getClass().getName() + ": " + e.getMessage());
      return Result.rejected(UNVERIFIABLE);
    }
  }

  /** A fixed, client-safe reason for each way Nimbus rejects a token. */
  private static String reason(BadJOSEException e) {
    if (e instanceof ExpiredJWTException) {
      return "Token has expired";
    }
    String message = Objects.toString(e.getMessage(), "");
    if (e instanceof BadJWSException || message.startsWith("Signed JWT rejected")) {
      // A bad signature, or no key for the token's kid and algorithm (an HMAC token among them).
      return "Token signature is invalid";
    }
    if (e instanceof BadJWTException) {
      if (message.startsWith("JWT before use time")) {
        return "Token is not valid yet";
      }
      if (message.contains("aud claim")) {
        return "Token audience is not accepted";
      }
      if (message.startsWith("JWT iss claim")) {
        return "Token issuer is not accepted";
      }
      if (message.startsWith("JWT missing required claims")) {
        return "Token lacks a required claim (exp, iss and aud are required)";
      }
      return "Token claims are not accepted";
    }
    if (message.contains("typ (type)")) {
      return "Token type is not accepted";
    }
    return "Token is not accepted";
  }

  /**
   * {@code NimbusTokenVerifier[JWKS https://..., issuer https://...]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "NimbusTokenVerifier[" + description + "]";
  }

  /** Sets what a token must claim, then {@link #build()}s the verifier. */
  public static final class Builder {
    private final String keys;
    private final @Nullable JWKSource<SecurityContext> source;
    private final @Nullable Key key;
    private Set<JWSAlgorithm> algorithms;
    private @Nullable String issuer;
    private final Set<String> audiences = new LinkedHashSet<>();
    private Duration clockSkew = Duration.ofSeconds(60);
    private Logger logger = System.getLogger(NimbusTokenVerifier.class.getName());

    private Builder(String keys, @Nullable JWKSource<SecurityContext> source, @Nullable Key key, Set<JWSAlgorithm> algorithms) {
      this.keys = keys;
      this.source = source;
      this.key = key;
      this.algorithms = algorithms;
    }

    /**
     * The issuer a token's {@code iss} must equal exactly. Required.
     *
     * @param issuer such as {@code "https://login.example.com/"}
     * @return this builder
     */
    public Builder issuer(String issuer) {
      Objects.requireNonNull(issuer, "issuer");
      if (issuer.isBlank()) {
        throw new IllegalArgumentException("The issuer is blank");
      }
      this.issuer = issuer;
      return this;
    }

    /**
     * Audiences a token's {@code aud} may name; it must name at least one. Required; repeated
     * calls add to the set.
     *
     * @param audience such as {@code "https://api.example.com"}
     * @param more further accepted audiences
     * @return this builder
     */
    public Builder audience(String audience, String... more) {
      List<String> all = new ArrayList<>();
      all.add(Objects.requireNonNull(audience, "audience"));
      for (String a : Objects.requireNonNull(more, "more")) {
        all.add(Objects.requireNonNull(a, "audience"));
      }
      for (String a : all) {
        if (a.isBlank()) {
          throw new IllegalArgumentException("An audience is blank");
        }
      }
      audiences.addAll(all);
      return this;
    }

    /**
     * How far {@code exp} and {@code nbf} may be off from this machine's clock (60 seconds by
     * default; at most 5 minutes).
     *
     * @param skew the tolerance
     * @return this builder
     */
    public Builder clockSkew(Duration skew) {
      Objects.requireNonNull(skew, "skew");
      if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
        throw new IllegalArgumentException("The clock skew must be between 0 and 5 minutes, not " + skew);
      }
      this.clockSkew = skew;
      return this;
    }

    /**
     * The JWS algorithms accepted, replacing the default; asymmetric ones only.
     *
     * @param first an algorithm name, such as {@code "RS256"}
     * @param more further algorithm names
     * @return this builder
     * @throws IllegalArgumentException for an HMAC, unknown or unsupported algorithm
     */
    public Builder algorithms(String first, String... more) {
      Set<JWSAlgorithm> chosen = new LinkedHashSet<>();
      List<String> names = new ArrayList<>();
      names.add(Objects.requireNonNull(first, "first"));
      for (String n : Objects.requireNonNull(more, "more")) {
        names.add(Objects.requireNonNull(n, "algorithm"));
      }
      for (String name : names) {
        JWSAlgorithm a = JWSAlgorithm.parse(name);
        if (!ASYMMETRIC.contains(a)) {
          throw new IllegalArgumentException(
              "Algorithm " + name + " is not accepted; use RS256/384/512, PS256/384/512 or ES256/384/512");
        }
        chosen.add(a);
      }
      this.algorithms = Set.copyOf(chosen);
      return this;
    }

    /**
     * Where to report that keys could not be fetched; {@code dev.scopegate.jwt.NimbusTokenVerifier}
     * by default.
     *
     * @param logger the logger
     * @return this builder
     */
    public Builder logger(Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * The verifier.
     *
     * @return the verifier; thread-safe
     * @throws IllegalStateException if the issuer or the audience is not set
     */
    public NimbusTokenVerifier build() {
      if (issuer == null) {
        throw new IllegalStateException("Set the issuer a token must have: .issuer(\"https://...\")");
      }
      if (audiences.isEmpty()) {
        throw new IllegalStateException("Set the audience a token must have: .audience(\"https://...\")");
      }
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
      Set<JWSAlgorithm> accepted = algorithms;
      JWSKeySelector<SecurityContext> selector;
      if (key != null) {
        Key k = key;
        selector = (header, context) -> accepted.contains(header.getAlgorithm()) ? List.of(k) : List.of();
      } else {
        selector = new JWSVerificationKeySelector<>(accepted, Objects.requireNonNull(source));
      }
      processor.setJWSKeySelector(selector);
      DefaultJWTClaimsVerifier<SecurityContext> claims =
          new DefaultJWTClaimsVerifier<>(
              Set.copyOf(audiences), new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "iss", "aud"), null);
      claims.setMaxClockSkew((int) clockSkew.toSeconds());
      processor.setJWTClaimsSetVerifier(claims);
      return new NimbusTokenVerifier(processor, keys + ", issuer " + issuer + ", audience " + String.join(" ", audiences), logger);
    }
  }
}
