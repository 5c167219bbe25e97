package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static dev.scopegate.servlet.FilterAnswers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.Guard;
import dev.scopegate.openapi.OpenApiOptions;
import dev.scopegate.openapi.OpenApiSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published Swagger Petstore document ({@code shared/realworld-specs/petstore.yaml}) read by
 * scope-openapi into the guard's table, enforced by the filter in front of a real Jetty. By the
 * document: the pet operations need {@code petstore_auth} with {@code write:pets} and {@code
 * read:pets} together ({@code getPetById} also takes an API key, which no token's scopes satisfy);
 * {@code GET /store/inventory} takes only an API key; the store's other operations and the user
 * operations declare no security at all. Both of the last two are denied unless the service says
 * it authenticates API keys itself.
 */
class PetstoreServerTest {
  private static final Pattern PET_OPERATION = Pattern.compile(
      "(PUT|POST) /pet|GET /pet/findBy(Status|Tags)|(GET|POST|DELETE) /pet/[^/]+|POST /pet/[^/]+/uploadImage");

  private static final Map<String, Map<String, Object>> TOKENS = Map.of(
      "reader", Map.of("sub", "u-reader", "scope", "read:pets"),
      "both", Map.of("sub", "u-both", "scope", "write:pets read:pets"));

  private static TestServer server;

  /** What an API key alone may call (getInventory, getPetById), when the service checks API keys itself. */
  private static final Pattern API_KEY_OPERATION = Pattern.compile("GET /store/inventory|GET /pet/[^/]+");

  /**
   * Independent of the loader: only a pet operation may arrive with a token, and only with both
   * scopes; with API keys authenticated elsewhere, an API key operation may also arrive without one.
   */
  private static TestServer.Service service(OpenApiOptions options) throws Exception {
    Guard.Builder guard = Guard.builder(OpenApiSpec.load(petstore(), options).routeTable());
    boolean keysElsewhere = options.nonScopeSchemes() == OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE;
    return new TestServer.Service() {
      @Override
      public Guard.Builder guard() {
        return guard;
      }

      @Override
      public Map<String, Map<String, Object>> tokens() {
        return TOKENS;
      }

      @Override
      public Optional<String> violation(TestApi.Arrival arrival, boolean preflightsPass) {
        String operation = arrival.method() + " " + arrival.decodedPath();
        boolean withoutToken = arrival.claims() == null || !TOKENS.containsValue(arrival.claims());
        if (keysElsewhere && withoutToken && API_KEY_OPERATION.matcher(operation).matches()) {
          return Optional.empty();
        }
        if (!PET_OPERATION.matcher(operation).matches()) {
          return Optional.of(operation + " is not a pet operation, which alone a token can call");
        }
        return arrival.claims().equals(TOKENS.get("both"))
            ? Optional.empty()
            : Optional.of(operation + " reached the application without write:pets and read:pets");
      }
    };
  }

  private static Path petstore() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared/realworld-specs/petstore.yaml");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new AssertionError("shared/realworld-specs/petstore.yaml is missing from every ancestor of "
        + Path.of("").toAbsolutePath() + "; CI clones the repository next to shared/");
  }

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/",
        TestServer.Options.defaults().service(service(OpenApiOptions.defaults())));
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationWithoutItsScopes() {
    List<String> violations = List.copyOf(server.violations);
    server.violations.clear();
    assertThat(violations).isEmpty();
  }

  private static Client.Answer send(String method, String target, String token) throws Exception {
    return Client.send(server.port(), method, target, token);
  }

  @Test
  void aTokenWithBothPetScopesReachesThePetOperations() throws Exception {
    assertReached(send("GET", "/pet/42", "both"), "GET", "/pet/42");
    assertReached(send("GET", "/pet/findByStatus?status=available", "both"), "GET", "/pet/findByStatus");
    assertReached(send("POST", "/pet", "both"), "POST", "/pet");
    assertReached(send("DELETE", "/pet/42", "both"), "DELETE", "/pet/42");
  }

  @Test
  void readPetsAloneIsNotEnough() throws Exception {
    assertFilterAnswer(send("GET", "/pet/42", "reader"), server, 403, "/pet/42",
        "Token lacks required scope: write:pets",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"write:pets read:pets\""));
    assertFilterAnswer(send("GET", "/pet/findByTags", "reader"), server, 403, "/pet/findByTags",
        "Token lacks required scope: write:pets",
        Optional.of("Bearer error=\"insufficient_scope\", scope=\"write:pets read:pets\""));
    assertFilterAnswer(send("GET", "/pet/42", ""), server, 401, "/pet/42", "Missing bearer token",
        Optional.of("Bearer"));
  }

  @Test
  void operationsWithoutAScopeSchemeAreDeniedByDefault() throws Exception {
    String notAuthorizable = "No bearer token can authorize this operation";
    assertFilterAnswer(send("GET", "/store/inventory", "both"), server, 403, "/store/inventory", notAuthorizable,
        Optional.empty());
    assertFilterAnswer(send("GET", "/user/login", ""), server, 403, "/user/login", notAuthorizable, Optional.empty());
    assertFilterAnswer(send("GET", "/pets", "both"), server, 403, "/pets",
        "No operation is declared for this method and path", Optional.empty());
  }

  @Test
  void withApiKeysAuthenticatedElsewhereTheInventoryPassesToTheService() throws Exception {
    TestServer elsewhere = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", TestServer.Options.defaults()
        .service(service(OpenApiOptions.defaults().nonScopeSchemes(
            OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE))));
    try {
      assertReached(Client.send(elsewhere.port(), "GET", "/store/inventory", ""), "GET", "/store/inventory");
      // With a token, the inventory is still no token's to call.
      assertThat(Client.send(elsewhere.port(), "GET", "/store/inventory", "both").status()).isEqualTo(403);
      // An operation that declares no security stays denied: the option is about apiKey, http and mutualTLS.
      assertThat(Client.send(elsewhere.port(), "GET", "/user/login", "").status()).isEqualTo(403);
      // getPetById takes an API key or the pet scopes: without a token it passes to the service's key check,
      // with a token the token still needs both scopes.
      assertReached(Client.send(elsewhere.port(), "GET", "/pet/7", ""), "GET", "/pet/7");
      assertThat(Client.send(elsewhere.port(), "GET", "/pet/7", "reader").status()).isEqualTo(403);
      assertThat(Client.send(elsewhere.port(), "PUT", "/pet", "").status()).isEqualTo(401);
      assertThat(elsewhere.violations).isEmpty();
    } finally {
      elsewhere.stop();
    }
  }
}
