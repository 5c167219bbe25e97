/**
 * A {@link dev.scopegate.guard.TokenVerifier} for signed JWTs on Nimbus JOSE+JWT: {@link
 * dev.scopegate.jwt.NimbusTokenVerifier}. Only {@code dev.scopegate.jwt} is exported; Nimbus's
 * types are not part of its API.
 */
module dev.scopegate.jwt {
  requires transitive dev.scopegate.guard;
  requires com.nimbusds.jose.jwt;
  requires static org.jspecify;

  exports dev.scopegate.jwt;
}
