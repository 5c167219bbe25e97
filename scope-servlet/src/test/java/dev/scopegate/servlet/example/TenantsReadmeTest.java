package dev.scopegate.servlet.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Delegation;
import dev.scopegate.Scope;
import dev.scopegate.catalog.SignstackEmbed;
import dev.scopegate.catalog.SignstackRecipe;
import dev.scopegate.guard.testing.ReadmeSnippets;
import dev.scopegate.servlet.ClaimSource;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The root README's "Tenants and delegation" section: its bindings ({@link TenantsSetup}) and its
 * key-minting endpoint ({@link KeyMintingServlet}) deployed on Jetty behind a stand-in JWT
 * verification, its embed-token lines run here, and every Java snippet of the section compiled in
 * this module's tests.
 */
class TenantsReadmeTest {
  private static final Map<String, Map<String, Object>> TOKENS = Map.of(
      "acme-provisioning", Map.of("scope", "namespace:* api-key:create api-key:read workflow:read workflow:create"
          + " workflow:update workflow:execute", "org_id", "acme", "namespace", "signing", "mode", "test"),
      "acme-live", Map.of("scope", "workflow:read", "org_id", "acme", "namespace", "signing", "mode", "live"),
      "no-org", Map.of("scope", "workflow:read", "namespace", "signing", "mode", "test"));
  private static final Map<String, String> MODES = Map.of("acme/signing", "test", "globex/signing", "live");

  private static Server server;
  private static String base;
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder((request, response, chain) -> {
      String authorization = ((HttpServletRequest) request).getHeader("Authorization");
      if (authorization != null && TOKENS.containsKey(authorization.substring("Bearer ".length()))) {
        request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, TOKENS.get(authorization.substring("Bearer ".length())));
      }
      chain.doFilter(request, response);
    }), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addEventListener(new TenantsSetup((org, namespace) -> Optional.ofNullable(MODES.get(org + "/" + namespace))));
    context.addServlet(new ServletHolder(new KeyMintingServlet()), "/v1/orgs/*");
    context.addServlet(new ServletHolder(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print("app");
      }
    }), "/");
    server.setHandler(context);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static HttpResponse<String> post(String path, String token, String body) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String message(HttpResponse<String> response) {
    return response.body().replaceFirst("^.*\"errorInfo\":\\{\"message\":\"([^\"]*)\"}}$", "$1");
  }

  @Test
  void theBindingsKeepEachTokenInItsTenantAndMode() throws Exception {
    String keys = "/v1/orgs/acme/namespaces/signing/api-keys";

    HttpResponse<String> own = post(keys, "acme-provisioning", "namespace:read");
    HttpResponse<String> otherOrg = post("/v1/orgs/globex/namespaces/signing/api-keys", "acme-provisioning", "namespace:read");
    HttpResponse<String> live = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/v1/orgs/acme/namespaces/signing/workflows"))
        .header("Authorization", "Bearer acme-live").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> noOrg = post(keys, "no-org", "namespace:read");

    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo("minted [namespace:read]");
    assertThat(otherOrg.statusCode()).isEqualTo(403);
    assertThat(message(otherOrg)).isEqualTo("Token does not match path parameter: orgId");
    assertThat(live.statusCode()).isEqualTo(403);
    assertThat(message(live)).isEqualTo("Token mode does not match path parameter: namespaceKey");
    assertThat(noOrg.statusCode()).isEqualTo(403);
    assertThat(message(noOrg)).isEqualTo("Token lacks binding claim: org_id");
  }

  @Test
  void theKeyMintingEndpointNeverMintsWiderThanItsCaller() throws Exception {
    String keys = "/v1/orgs/acme/namespaces/signing/api-keys";

    HttpResponse<String> wildcard = post(keys, "acme-provisioning", "workflow:*");
    HttpResponse<String> verbs = post(keys, "acme-provisioning", "workflow:read workflow:create workflow:update workflow:execute");
    HttpResponse<String> fullAccess = post(keys, "acme-provisioning", String.join(" ", SignstackRecipe.FULL_ACCESS.texts()));

    assertThat(wildcard.statusCode()).isEqualTo(403);
    assertThat(wildcard.headers().firstValue("Content-Type")).contains("application/json");
    assertThat(wildcard.body()).matches("\\{\"statusCode\":403,\"timestamp\":\"[^\"]+\",\"path\":\"" + keys
        + "\",\"traceId\":\"[^\"]+\",\"errorInfo\":\\{\"message\":\"Token cannot delegate scope: workflow:\\*\"}}");
    assertThat(verbs.statusCode()).isEqualTo(200);
    assertThat(message(fullAccess)).isEqualTo("Token cannot delegate scope: resource:*");
  }

  @Test
  void theEmbedTokenLines() {
    List<Scope> monitor = SignstackEmbed.WORKFLOW_MONITOR.scopes();              // [workflow:read, file:read]
    Delegation.check(SignstackRecipe.BACKEND_EMBED.grant(), monitor).allowed();  // true: mint it with exactly these
    Delegation.check(SignstackRecipe.BACKEND_EMBED.grant(), SignstackEmbed.SIGNING_EMBED.scopes()).message();
    // Optional[Token cannot delegate scope: signing:sign]

    assertThat(monitor).hasToString("[workflow:read, file:read]");
    assertThat(Delegation.check(SignstackRecipe.BACKEND_EMBED.grant(), monitor).allowed()).isTrue();
    assertThat(Delegation.check(SignstackRecipe.BACKEND_EMBED.grant(), SignstackEmbed.SIGNING_EMBED.scopes()).message())
        .hasToString("Optional[Token cannot delegate scope: signing:sign]");
  }

  @Test
  void theSectionsTablesAndSnippetsAreTrue() throws IOException {
    String section = ReadmeSnippets.section(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8),
        "### Tenants and delegation");

    assertThat(ReadmeSnippets.javaBlocks(section)).hasSize(3);
    assertThat(ReadmeSnippets.notInTests(section, Path.of("src", "test", "java"))).isEmpty();
    for (SignstackEmbed c : SignstackEmbed.values()) {
      assertThat(section).contains("| `<" + c.tag() + ">` | ").contains(" | `" + String.join(" ", c.texts()) + "` |\n");
    }
    assertThat(section).contains("`Token does not match path parameter: orgId`", "`Token mode does not match path parameter:"
        + " namespaceKey`", "`Token lacks binding claim: org_id`", "`Token cannot delegate scope: resource:*`");
  }
}
