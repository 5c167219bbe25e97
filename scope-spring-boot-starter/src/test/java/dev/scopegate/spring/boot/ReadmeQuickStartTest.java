package dev.scopegate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.scopegate.spring.testing.LoopbackClient;
import dev.scopegate.spring.testing.Tokens;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The root README's Spring Boot quick start, as written: its dependency names this module, its
 * controller compiles with javac and runs in a Spring Boot application with its two properties
 * (the key URL pointing at an issuer's JWK set served on loopback) and {@code examples/openapi.yaml}
 * as {@code classpath:openapi.yaml}, and a token without the scope gets the 403 the README shows.
 */
class ReadmeQuickStartTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path OPENAPI = Path.of("..", "examples", "openapi.yaml");
  private static final String JWKS = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

  /** The user's application class: nothing but Spring Boot's. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class UsersApplication {}

  /** The fenced block after {@code <!-- snippet: NAME -->}. */
  static String snippet(List<String> readme, String name) {
    int at = readme.indexOf("<!-- snippet: " + name + " -->");
    assertThat(at).as("snippet %s", name).isNotNegative();
    assertThat(readme.get(at + 1)).startsWith("```");
    StringBuilder body = new StringBuilder();
    for (int i = at + 2; !readme.get(i).equals("```"); i++) {
      body.append(readme.get(i)).append('\n');
    }
    return body.toString();
  }

  @Test
  void theDependencyIsThisModule() throws IOException {
    String dependency = snippet(Files.readAllLines(README, StandardCharsets.UTF_8), "spring-boot-dependency");
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));

    assertThat(dependency).isEqualTo("<dependency>\n  <groupId>dev.scopegate</groupId>\n"
        + "  <artifactId>scope-spring-boot-starter</artifactId>\n  <version>" + version + "</version>\n</dependency>\n");
    assertThat(pom).contains("<artifactId>scope-spring-boot-starter</artifactId>");
  }

  @Test
  void theQuickStartRunsAndAnswersAsShown(@TempDir Path classes) throws Exception {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    Properties properties = new Properties();
    properties.load(new StringReader(snippet(readme, "spring-boot-properties")));
    assertThat(properties.stringPropertyNames()).containsExactlyInAnyOrder("scopegate.openapi.location", JWKS);
    assertThat(properties.getProperty("scopegate.openapi.location")).isEqualTo("classpath:openapi.yaml");

    Path source = classes.resolve("WorkflowController.java");
    Files.writeString(source, snippet(readme, "spring-boot-controller"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int compiled = javac.run(null, null, null, "-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
        "-proc:none", source.toString());
    assertThat(compiled).as("javac of the README's controller").isZero();
    Files.copy(OPENAPI, classes.resolve("openapi.yaml"));

    HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer.createContext("/.well-known/jwks.json", exchange -> {
      byte[] body = Tokens.jwkSetJson().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    issuer.start();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> controller = loader.loadClass("WorkflowController");
      List<String> settings = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1"));
      for (String name : properties.stringPropertyNames()) {
        String value = name.equals(JWKS)
            ? "http://127.0.0.1:" + issuer.getAddress().getPort() + "/.well-known/jwks.json"
            : properties.getProperty(name);
        settings.add(name + "=" + value);
      }
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(UsersApplication.class, controller)
          .resourceLoader(new DefaultResourceLoader(loader)).web(WebApplicationType.SERVLET)
          .properties(settings.toArray(String[]::new)).run()) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String path = "/v1/orgs/o1/namespaces/ns1/workflows";

        LoopbackClient.Answer denied = LoopbackClient.send(port, "POST", path, Tokens.scope("workflow:read"));
        assertShown(snippet(readme, "spring-boot-403"), denied);
        LoopbackClient.Answer allowed = LoopbackClient.send(port, "POST", path, Tokens.scope("workflow:create"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).isEqualTo("created");
      }
    } finally {
      issuer.stop(0);
    }
  }

  /** The answer shown: its status, its two headers, and its body, where "…" stands for any value. */
  private static void assertShown(String shown, LoopbackClient.Answer answer) {
    String[] parts = shown.split("\n\n", 2);
    String[] head = parts[0].split("\n");
    assertThat(answer.status()).isEqualTo(Integer.parseInt(head[0].substring("HTTP/1.1 ".length())));
    for (int i = 1; i < head.length; i++) {
      String[] header = head[i].split(": ", 2);
      assertThat(answer.header(header[0])).contains(header[1]);
    }
    JsonMapper json = JsonMapper.builder().build();
    JsonNode expected = json.readTree(parts[1]);
    JsonNode actual = json.readTree(answer.body());
    assertThat(new ArrayList<>(actual.propertyNames())).isEqualTo(new ArrayList<>(expected.propertyNames()));
    for (String field : expected.propertyNames()) {
      if (!expected.get(field).isString() || !expected.get(field).stringValue().equals("…")) {
        assertThat(actual.get(field)).as(field).isEqualTo(expected.get(field));
      }
    }
  }
}
