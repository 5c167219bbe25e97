package dev.scopegate.spring.boot;

import dev.scopegate.annotations.RequiresScopes;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot service with the starter and nothing else of Scopegate's: handlers, an OpenAPI
 * document on the class path ({@code openapi/service.yaml}) and Spring Boot's resource server
 * trusting {@link Tokens}' key through {@code public-key-location}. No security configuration of
 * its own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(StarterApplication.Handlers.class)
class StarterApplication {
  static final String WORKFLOWS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";

  /** Where Spring Boot's resource server reads the public key of {@link Tokens}: a PEM file of this run. */
  static final String PUBLIC_KEY_LOCATION = publicKeyLocation();

  /** The property that trusts {@link Tokens}. */
  static final String TRUST_TOKENS = "spring.security.oauth2.resourceserver.jwt.public-key-location=" + PUBLIC_KEY_LOCATION;

  private static String publicKeyLocation() {
    try {
      Path file = Files.createTempFile("scopegate-starter-test", ".pem");
      file.toFile().deleteOnExit();
      Files.writeString(file, Tokens.publicKeyPem());
      return file.toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @RestController
  static class Handlers {
    private final List<String> hits = new CopyOnWriteArrayList<>();

    /** The handlers reached, in order. */
    public List<String> hits() {
      return hits;
    }

    @PostMapping("/v1/auth/token")
    public String token() {
      return reached("POST /v1/auth/token");
    }

    @PostMapping(WORKFLOWS)
    @RequiresScopes("workflow:create")
    public String create() {
      return reached("POST " + WORKFLOWS);
    }

    @GetMapping(WORKFLOWS + "/{workflowId}")
    @PreAuthorize("@scopes.all('workflow:read', 'file:read')")
    public String get() {
      return reached("GET " + WORKFLOWS + "/{workflowId}");
    }

    @PostMapping(WORKFLOWS + "/{workflowId}/advance")
    public String advance() {
      return reached("POST " + WORKFLOWS + "/{workflowId}/advance");
    }

    @GetMapping("/v1/undeclared")
    public String undeclared() {
      return reached("GET /v1/undeclared");
    }

    private String reached(String operation) {
      hits.add(operation);
      return "reached " + operation;
    }
  }
}
