package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.scopegate.guard.testing.ReadmeSnippets;
import dev.scopegate.servlet.example.RootReadmeSetup;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * scope-servlet/README.md and the root README's "Request filters" section are true: the path table
 * is the corpus's, every Java snippet is compiled in a test here (the quick start's marked snippets
 * in scope-consumer-tests, as a user's project), and the 403 the root README shows is what the
 * filter sends.
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Path ROOT_README = Path.of("..", "README.md");
  private static final Path TESTS = Path.of("src", "test", "java");

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void thePathTableIsTheCorpus() throws IOException {
    String readme = read(README);
    int begin = readme.indexOf(PathTable.BEGIN);
    int end = readme.indexOf(PathTable.END);
    assertThat(begin).as("the README has the table's markers").isNotNegative();
    assertThat(end).isGreaterThan(begin);

    assertThat(readme.substring(begin, end + PathTable.END.length() + 1))
        .as("scope-servlet/README.md's path table; regenerate it from PathTable.render()")
        .isEqualTo(PathTable.render());
  }

  /**
   * The README without its marked snippets ({@code <!-- snippet: NAME -->} and the fenced block
   * after it): scope-consumer-tests copies those into a user's project and compiles and runs them
   * there, so they need no copy in this module's tests.
   */
  private static String withoutConsumerSnippets(String readme) {
    return readme.replaceAll("(?s)<!-- snippet: [a-z0-9-]+ -->\n```[a-z]*\n.*?\n```\n", "");
  }

  @Test
  void everyJavaSnippetIsCompiledInATest() throws IOException {
    String readme = read(README);
    assertThat(readme).contains("<!-- snippet: servlet-setup -->\n```java\n");
    assertThat(ReadmeSnippets.javaBlocks(readme)).hasSize(ReadmeSnippets.javaBlocks(withoutConsumerSnippets(readme)).size() + 1);
    assertThat(ReadmeSnippets.javaBlocks(withoutConsumerSnippets(readme))).hasSizeGreaterThanOrEqualTo(4);
    assertThat(ReadmeSnippets.notInTests(withoutConsumerSnippets(readme), TESTS)).isEmpty();
    String section = ReadmeSnippets.section(read(ROOT_README), "### Request filters");
    assertThat(ReadmeSnippets.javaBlocks(section)).hasSize(1);
    assertThat(ReadmeSnippets.notInTests(section, TESTS)).isEmpty();
  }

  @Test
  void theRootReadmes403IsWhatTheFilterSends() throws Exception {
    String section = ReadmeSnippets.section(read(ROOT_README), "### Request filters");
    String shown = section.substring(section.indexOf("HTTP/1.1 403"), section.indexOf("\n```", section.indexOf("HTTP/1.1 403")));
    String shownBody = shown.substring(shown.indexOf("\n\n") + 2);

    // The issuer: an RSA key whose public half a second Jetty serves as a JWKS; the token is signed with it.
    RSAKey key = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
    ServletContextHandler jwks = new ServletContextHandler();
    String keys = new JWKSet(key.toPublicJWK()).toString();
    jwks.addServlet(new ServletHolder(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.getWriter().print(keys);
      }
    }), "/jwks.json");
    Server issuer = started(jwks);
    SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("issuer-key").build(),
        new JWTClaimsSet.Builder().issuer("https://login.example.com/").audience("https://api.example.com")
            .expirationTime(Date.from(Instant.now().plusSeconds(300))).claim("scope", "workflow:read").build());
    token.sign(new RSASSASigner(key));

    ServletContextHandler context = new ServletContextHandler();
    context.addEventListener(new RootReadmeSetup(URI.create("http://127.0.0.1:" + port(issuer) + "/jwks.json"),
        "https://login.example.com/", "https://api.example.com"));
    context.addServlet(new ServletHolder(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print("app");
      }
    }), "/*");
    Server server = started(context);
    try {
      Client.Answer answer = Client.send(port(server), "POST", "/v1/orgs/o1/namespaces/ns1/workflows", token.serialize());

      assertThat(shown).startsWith("HTTP/1.1 403 Forbidden\n");
      assertThat(answer.status()).isEqualTo(403);
      assertThat(shown).contains("\nWWW-Authenticate: " + answer.header("WWW-Authenticate").orElseThrow() + "\n");
      assertThat(shown).contains("\nContent-Type: " + answer.header("Content-Type").orElseThrow() + "\n");
      assertThat(answer.body()).matches(".*\"timestamp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\".*");
      assertThat(answer.body()
              .replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"2026-04-21T09:30:00.000Z\"")
              .replaceFirst("\"traceId\":\"[^\"]*\"", "\"traceId\":\"…\""))
          .isEqualTo(shownBody.strip());
    } finally {
      server.stop();
      issuer.stop();
    }
  }

  /** A Jetty on 127.0.0.1 and a free port, serving {@code handler}, started. */
  private static Server started(ServletContextHandler handler) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    return server;
  }

  private static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }
}
