package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.testing.ReadmeSnippets;
import dev.scopegate.servlet.example.RootReadmeSetup;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * scope-servlet/README.md and the root README's "Request filters" section are true: the path table
 * is the corpus's, every Java snippet is compiled in a test here, and the 403 the root README shows
 * is what the filter sends.
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

  @Test
  void everyJavaSnippetIsCompiledInATest() throws IOException {
    assertThat(ReadmeSnippets.javaBlocks(read(README))).hasSizeGreaterThanOrEqualTo(5);
    assertThat(ReadmeSnippets.notInTests(read(README), TESTS)).isEmpty();
    String section = ReadmeSnippets.section(read(ROOT_README), "### Request filters");
    assertThat(ReadmeSnippets.javaBlocks(section)).hasSize(1);
    assertThat(ReadmeSnippets.notInTests(section, TESTS)).isEmpty();
  }

  @Test
  void theRootReadmes403IsWhatTheFilterSends() throws Exception {
    String section = ReadmeSnippets.section(read(ROOT_README), "### Request filters");
    String shown = section.substring(section.indexOf("HTTP/1.1 403"), section.indexOf("\n```", section.indexOf("HTTP/1.1 403")));
    String shownBody = shown.substring(shown.indexOf("\n\n") + 2);

    Server server = new Server();
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(new FilterHolder((request, response, chain) -> {
      request.setAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE, Map.of("scope", "workflow:read"));
      chain.doFilter(request, response);
    }), "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addEventListener(new RootReadmeSetup());
    context.addServlet(new ServletHolder(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().print("app");
      }
    }), "/*");
    server.setHandler(context);
    server.start();
    try {
      Client.Answer answer = Client.send(connector.getLocalPort(), "POST", "/v1/orgs/o1/namespaces/ns1/workflows", "any");

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
    }
  }
}
