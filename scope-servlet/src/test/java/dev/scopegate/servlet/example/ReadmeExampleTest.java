package dev.scopegate.servlet.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.TokenVerifier;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The README's "your own JWT verification" path, deployed on Jetty as a listener would be in a web application. */
class ReadmeExampleTest {
  @Test
  void quickStartGuardsTheApplication() throws Exception {
    TokenVerifier verifier = token -> token.equals("good-token")
        ? TokenVerifier.Result.verified(Map.of("sub", "u1", "scope", "workflow:read"))
        : TokenVerifier.Result.rejected("Token is not valid");
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addEventListener(new ScopegateSetup(verifier));
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
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = "http://127.0.0.1:" + connector.getLocalPort();
      String workflows = "/v1/orgs/o1/namespaces/ns/workflows";

      HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + workflows + "/w1"))
          .header("Authorization", "Bearer good-token").build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> create = client.send(HttpRequest.newBuilder(URI.create(base + workflows))
          .header("Authorization", "Bearer good-token").POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(base + workflows + "/w1")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> token = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/auth/token"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).isEqualTo("app");
      assertThat(create.statusCode()).isEqualTo(403);
      assertThat(create.headers().firstValue("WWW-Authenticate"))
          .contains("Bearer error=\"insufficient_scope\", scope=\"workflow:create\"");
      assertThat(create.body()).contains("\"errorInfo\":{\"message\":\"Token lacks required scope: workflow:create\"}");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(token.statusCode()).isEqualTo(200);
    } finally {
      server.stop();
    }
  }
}
