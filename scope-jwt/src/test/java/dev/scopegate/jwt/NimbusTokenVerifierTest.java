package dev.scopegate.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.scopegate.guard.BearerClaims;
import dev.scopegate.guard.ScopeClaim;
import dev.scopegate.guard.TokenVerifier;
import dev.scopegate.guard.TokenVerifier.Result;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real keys, real signed tokens, a real JWKS endpoint on loopback. */
class NimbusTokenVerifierTest {
  private static final String ISSUER = "https://login.example.com/";
  private static final String AUDIENCE = "https://api.example.com";

  private static RSAKey rsa;
  private static RSAKey otherRsa;
  private static ECKey ec;
  private static HttpServer jwks;
  private static final AtomicInteger JWKS_REQUESTS = new AtomicInteger();

  @BeforeAll
  static void keysAndJwksEndpoint() throws Exception {
    rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    otherRsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    byte[] body = new JWKSet(List.of(rsa.toPublicJWK(), ec.toPublicJWK())).toString().getBytes(StandardCharsets.UTF_8);
    jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    jwks.createContext(
        "/jwks.json",
        exchange -> {
          JWKS_REQUESTS.incrementAndGet();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    jwks.start();
  }

  @AfterAll
  static void stop() {
    jwks.stop(0);
  }

  private static URI jwksUri() {
    return URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
  }

  /** Valid claims for five minutes, with the scope claim; {@code change} adjusts them. */
  private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder b =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("alice")
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .claim("scope", "workflow:read workflow:create");
    change.accept(b);
    return b.build();
  }

  private static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private static String rsaToken(Consumer<JWTClaimsSet.Builder> change) throws Exception {
    return sign(new RSASSASigner(rsa), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims(change));
  }

  private static NimbusTokenVerifier localRsa() throws Exception {
    return NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).issuer(ISSUER).audience(AUDIENCE).build();
  }

  @Test
  void aValidTokenGivesItsClaims() throws Exception {
    Result r = localRsa().verify(rsaToken(c -> c.claim("scp", List.of("file:read"))));
    assertThat(r.isVerified()).isTrue();
    assertThat(r.claims())
        .containsEntry("sub", "alice")
        .containsEntry("iss", ISSUER)
        .containsEntry("scope", "workflow:read workflow:create")
        .containsEntry("scp", List.of("file:read"));
  }

  @Test
  void eachWayATokenFailsHasItsOwnClientSafeReason() throws Exception {
    NimbusTokenVerifier v = localRsa();
    Instant now = Instant.now();
    assertThat(v.verify(rsaToken(c -> c.expirationTime(Date.from(now.minusSeconds(120))))))
        .isEqualTo(Result.rejected("Token has expired"));
    assertThat(v.verify(rsaToken(c -> c.notBeforeTime(Date.from(now.plusSeconds(120))))))
        .isEqualTo(Result.rejected("Token is not valid yet"));
    assertThat(v.verify(rsaToken(c -> c.issuer("https://evil.example.com/"))))
        .isEqualTo(Result.rejected("Token issuer is not accepted"));
    assertThat(v.verify(rsaToken(c -> c.audience("https://other-api.example.com"))))
        .isEqualTo(Result.rejected("Token audience is not accepted"));
    assertThat(v.verify(rsaToken(c -> c.audience((String) null))))
        .isEqualTo(Result.rejected("Token audience is not accepted"));
    assertThat(v.verify(rsaToken(c -> c.expirationTime(null))))
        .isEqualTo(Result.rejected("Token lacks a required claim (exp, iss and aud are required)"));
    String forged = sign(new RSASSASigner(otherRsa), new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims(c -> {}));
    assertThat(v.verify(forged)).isEqualTo(Result.rejected("Token signature is invalid"));
    String valid = rsaToken(c -> {});
    String tampered = valid.substring(0, valid.lastIndexOf('.') - 2) + "xx" + valid.substring(valid.lastIndexOf('.'));
    assertThat(v.verify(tampered).isVerified()).isFalse();
    assertThat(v.verify("not-a-jwt")).isEqualTo(Result.rejected("Token is not a JWT"));
    assertThat(v.verify("")).isEqualTo(Result.rejected("Token is not a JWT"));
  }

  @Test
  void aReasonNeverTellsWhatTheServerExpected() throws Exception {
    Result r = localRsa().verify(rsaToken(c -> c.issuer("https://evil.example.com/")));
    assertThat(r.reason().orElseThrow()).doesNotContain(ISSUER).doesNotContain("evil");
  }

  @Test
  void theClockSkewIsAllowedAndConfigurable() throws Exception {
    String justExpired = rsaToken(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(20))));
    assertThat(localRsa().verify(justExpired).isVerified()).isTrue();
    NimbusTokenVerifier strict =
        NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).issuer(ISSUER).audience(AUDIENCE).clockSkew(Duration.ZERO).build();
    assertThat(strict.verify(justExpired)).isEqualTo(Result.rejected("Token has expired"));
  }

  @Test
  void unsignedHmacAndEncryptedTokensAreRejected() throws Exception {
    NimbusTokenVerifier v = localRsa();
    assertThat(v.verify(new PlainJWT(claims(c -> {})).serialize())).isEqualTo(Result.rejected("Token is not signed"));
    // The classic algorithm confusion: the RSA public key's bytes used as an HMAC secret.
    String hmac = sign(new MACSigner(rsa.toRSAPublicKey().getEncoded()), new JWSHeader(JWSAlgorithm.HS256), claims(c -> {}));
    assertThat(v.verify(hmac)).isEqualTo(Result.rejected("Token signature is invalid"));
    EncryptedJWT encrypted = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM), claims(c -> {}));
    encrypted.encrypt(new RSAEncrypter(rsa.toRSAPublicKey()));
    assertThat(v.verify(encrypted.serialize())).isEqualTo(Result.rejected("Token is not signed"));
  }

  @Test
  void theTypHeaderMayBeJwtOrAtJwtOrAbsent() throws Exception {
    NimbusTokenVerifier v = localRsa();
    for (JOSEObjectType typ : new JOSEObjectType[] {JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null}) {
      String token = sign(new RSASSASigner(rsa), new JWSHeader.Builder(JWSAlgorithm.RS256).type(typ).build(), claims(c -> {}));
      assertThat(v.verify(token).isVerified()).as(String.valueOf(typ)).isTrue();
    }
    String idToken = sign(new RSASSASigner(rsa), new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("JOSE+JSON")).build(), claims(c -> {}));
    assertThat(v.verify(idToken)).isEqualTo(Result.rejected("Token type is not accepted"));
  }

  @Test
  void anEcKeyVerifiesItsOwnAlgorithmOnly() throws Exception {
    NimbusTokenVerifier v = NimbusTokenVerifier.publicKey(ec.toECPublicKey()).issuer(ISSUER).audience(AUDIENCE).build();
    String es256 = sign(new ECDSASigner(ec), new JWSHeader(JWSAlgorithm.ES256), claims(c -> {}));
    assertThat(v.verify(es256).isVerified()).isTrue();
    assertThat(v.verify(rsaToken(c -> {}))).isEqualTo(Result.rejected("Token signature is invalid"));
  }

  @Test
  void keysFromAJwksUrlAreCachedAndMatchedByKid() throws Exception {
    NimbusTokenVerifier v = NimbusTokenVerifier.jwkSetUri(jwksUri()).issuer(ISSUER).audience(AUDIENCE, "https://other.example.com").build();
    int before = JWKS_REQUESTS.get();
    assertThat(v.verify(rsaToken(c -> {})).isVerified()).isTrue();
    int fetched = JWKS_REQUESTS.get();
    assertThat(fetched).isGreaterThan(before);
    assertThat(v.verify(sign(new ECDSASigner(ec), new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), claims(c -> c.audience("https://other.example.com"))))
        .isVerified()).isTrue();
    assertThat(v.verify(rsaToken(c -> {})).isVerified()).isTrue();
    // Cached: later tokens, of either key, fetch nothing.
    assertThat(JWKS_REQUESTS.get()).isEqualTo(fetched);
    String forged = sign(new RSASSASigner(otherRsa), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims(c -> {}));
    assertThat(v.verify(forged)).isEqualTo(Result.rejected("Token signature is invalid"));
  }

  @Test
  void aLocalJwkSetMatchesByKid() throws Exception {
    NimbusTokenVerifier v = NimbusTokenVerifier.jwkSet(new JWKSet(rsa.toPublicJWK()).toString()).issuer(ISSUER).audience(AUDIENCE).build();
    assertThat(v.verify(rsaToken(c -> {})).isVerified()).isTrue();
    String unknownKid = sign(new RSASSASigner(rsa), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-2").build(), claims(c -> {}));
    assertThat(v.verify(unknownKid)).isEqualTo(Result.rejected("Token signature is invalid"));
  }

  @Test
  void unreachableKeysRejectEveryTokenAndAreLoggedOnceAsAWarning() throws Exception {
    HttpServer gone = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    int port = gone.getAddress().getPort();
    gone.stop(0);
    RecordingLogger log = new RecordingLogger();
    NimbusTokenVerifier v =
        NimbusTokenVerifier.jwkSetUri(URI.create("http://127.0.0.1:" + port + "/jwks.json")).issuer(ISSUER).audience(AUDIENCE).logger(log).build();
    assertThat(v.verify(rsaToken(c -> {}))).isEqualTo(Result.rejected(NimbusTokenVerifier.UNVERIFIABLE));
    assertThat(v.verify(rsaToken(c -> {}))).isEqualTo(Result.rejected(NimbusTokenVerifier.UNVERIFIABLE));
    assertThat(log.levels()).containsExactly(System.Logger.Level.WARNING, System.Logger.Level.DEBUG);
    assertThat(log.messages().get(0)).startsWith("NimbusTokenVerifier[JWKS http://127.0.0.1:" + port + "/jwks.json, issuer " + ISSUER);
  }

  @Test
  void withBearerClaimsAVerifiedTokensScopeReachesTheGuard() throws Exception {
    BearerClaims bearer = BearerClaims.of(localRsa());
    ScopeClaim claim = bearer.read(List.of("Bearer " + rsaToken(c -> {})));
    // The scope, with the verified claims it came with, for the route table's tenant bindings.
    assertThat(claim).isEqualTo(ScopeClaim.of("workflow:read workflow:create").withClaims(claim.claims()));
    assertThat(claim.claims()).containsEntry("scope", "workflow:read workflow:create").containsEntry("sub", "alice")
        .containsKeys("iss", "aud", "exp");
    assertThat(bearer.read(List.of("Bearer " + rsaToken(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600)))))))
        .isEqualTo(ScopeClaim.unusable("Token has expired"));
  }

  @Test
  void theBuilderRefusesWhatWouldWeakenVerification() throws Exception {
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).audience(AUDIENCE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("issuer");
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).issuer(ISSUER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("audience");
    assertThatThrownBy(() -> NimbusTokenVerifier.jwkSetUri(URI.create("http://login.example.com/jwks.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be https");
    assertThatThrownBy(() -> NimbusTokenVerifier.jwkSetUri(URI.create("/jwks.json"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NimbusTokenVerifier.jwkSet(new JWKSet(rsa).toString(false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public keys only");
    assertThatThrownBy(() -> NimbusTokenVerifier.jwkSet("{\"keys\": []}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NimbusTokenVerifier.jwkSet("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).algorithms("HS256"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HS256");
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).clockSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).clockSkew(Duration.ofMinutes(6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).issuer(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).audience("x", "")).isInstanceOf(IllegalArgumentException.class);

    NimbusTokenVerifier ps256 =
        NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()).algorithms("PS256").issuer(ISSUER).audience(AUDIENCE).build();
    assertThat(ps256.verify(rsaToken(c -> {}))).isEqualTo(Result.rejected("Token signature is invalid"));
    String pss = sign(new RSASSASigner(rsa), new JWSHeader(JWSAlgorithm.PS256), claims(c -> {}));
    assertThat(ps256.verify(pss).isVerified()).isTrue();
  }

  @Test
  void noPublicMethodAcceptsNull() throws Exception {
    NullPointerTester tester =
        new NullPointerTester().setDefault(URI.class, jwksUri()).setDefault(java.security.PublicKey.class, rsa.toRSAPublicKey());
    tester.testAllPublicStaticMethods(NimbusTokenVerifier.class);
    tester.testAllPublicInstanceMethods(localRsa());
    tester.testAllPublicInstanceMethods(NimbusTokenVerifier.publicKey(rsa.toRSAPublicKey()));
    TokenVerifier asInterface = localRsa();
    assertThatThrownBy(() -> asInterface.verify(null)).isInstanceOf(NullPointerException.class);
  }
}
