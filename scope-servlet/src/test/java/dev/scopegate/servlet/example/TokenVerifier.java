package dev.scopegate.servlet.example;

import java.util.Map;
import java.util.Optional;

/** Stands for the service's JWT library (Nimbus, jjwt, Auth0 java-jwt…): verifies a token, returns its claims. */
@FunctionalInterface
public interface TokenVerifier {
  /** The verified claims, or empty when the token is not valid (signature, issuer, audience, expiry). */
  Optional<Map<String, Object>> verify(String token);

  /** No real verifier in this example: rejects every token. */
  static TokenVerifier fromEnvironment() {
    return token -> Optional.empty();
  }
}
