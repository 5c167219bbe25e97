import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Runs the README's service as its container would: Jetty 12 on 127.0.0.1 and a free port, the
 * README's {@code ScopegateSetup} listener with the settings its table names, and an application
 * servlet behind it. The issuer is played by a key pair whose public half a JWKS endpoint on
 * loopback serves. Then real signed tokens go in, and the answers must be the README's: the 403
 * exactly as shown (its timestamp and trace id checked for form), and the 401s it lists. Exits 1 on
 * the first difference.
 */
public class ServletCheck {
  private static final String ISSUER = "https://login.example.com/";
  private static final String AUDIENCE = "https://api.example.com";
  private static final String WORKFLOWS = "/v1/orgs/o1/namespaces/ns1/workflows";

  private static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]);
    String expected403 = Files.readString(project.resolve("expected-403.txt"), StandardCharsets.UTF_8);

    RSAKey key = new RSAKeyGenerator(2048).keyID("issuer-key-1").generate();
    byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    HttpServer issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    issuer.createContext("/.well-known/jwks.json", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, jwks.length);
      exchange.getResponseBody().write(jwks);
      exchange.close();
    });
    issuer.start();

    Server server = new Server();
    ServerConnector connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setInitParameter("scopegate.openapi", project.resolve("openapi.yaml").toString());
    context.setInitParameter("scopegate.jwks", "http://127.0.0.1:" + issuer.getAddress().getPort() + "/.well-known/jwks.json");
    context.setInitParameter("scopegate.issuer", ISSUER);
    context.setInitParameter("scopegate.audience", AUDIENCE);
    context.addEventListener(new ScopegateSetup());
    context.addServlet(new ServletHolder(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print("app: " + request.getMethod() + " " + request.getRequestURI());
      }
    }), "/*");
    server.setHandler(context);
    server.start();
    try {
      String base = "http://127.0.0.1:" + connector.getLocalPort();
      String reader = token(key, Instant.now().plusSeconds(300), "workflow:read");
      String creator = token(key, Instant.now().plusSeconds(300), "workflow:read workflow:create");
      String expired = token(key, Instant.now().minusSeconds(600), "workflow:read workflow:create");
      RSAKey stranger = new RSAKeyGenerator(2048).keyID("issuer-key-1").generate();
      String forged = token(stranger, Instant.now().plusSeconds(300), "workflow:read workflow:create");

      HttpResponse<String> denied = send(base, "POST", WORKFLOWS, reader);
      check("the README's 403", render(denied), normalised(expected403));
      check("allowed read", send(base, "GET", WORKFLOWS + "/w1", reader).body(), "app: GET " + WORKFLOWS + "/w1");
      check("allowed create", send(base, "POST", WORKFLOWS, creator).body(), "app: POST " + WORKFLOWS);
      check("public operation", send(base, "POST", "/v1/auth/token", null).body(), "app: POST /v1/auth/token");
      check("no token", answer(send(base, "GET", WORKFLOWS, null)), "401 Bearer Missing bearer token");
      check("expired token", answer(send(base, "POST", WORKFLOWS, expired)), "401 Bearer error=\"invalid_token\" Token has expired");
      check("forged token", answer(send(base, "POST", WORKFLOWS, forged)),
          "401 Bearer error=\"invalid_token\" Token signature is invalid");
      check("undeclared operation", answer(send(base, "DELETE", WORKFLOWS, creator)),
          "403 - No operation is declared for this method and path");
    } finally {
      server.stop();
      issuer.stop(0);
    }
    if (!failures.isEmpty()) {
      failures.forEach(System.err::println);
      System.exit(1);
    }
    System.out.println("README servlet quick start on Jetty: the 403 as shown, and 7 more answers as described");
  }

  /** A token the issuer signed: its iss and aud, the given expiry and scope claim. */
  private static String token(RSAKey key, Instant expiry, String scope) throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject("alice")
        .expirationTime(Date.from(expiry))
        .claim("scope", scope)
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static HttpResponse<String> send(String base, String method, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The response as the README shows one: status line, the two headers, a blank line, the body. */
  private static String render(HttpResponse<String> r) {
    String body = r.body();
    String timestamp = between(body, "\"timestamp\":\"", "\"");
    String traceId = between(body, "\"traceId\":\"", "\"");
    if (!timestamp.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")) {
      failures.add("the 403's timestamp is not UTC to the millisecond: " + timestamp);
    }
    if (!traceId.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
      failures.add("the 403's traceId is not a UUID: " + traceId);
    }
    return "HTTP/1.1 " + r.statusCode() + " Forbidden\n"
        + "WWW-Authenticate: " + r.headers().firstValue("WWW-Authenticate").orElse("(none)") + "\n"
        + "Content-Type: " + r.headers().firstValue("Content-Type").orElse("(none)") + "\n"
        + "\n"
        + body.replace(timestamp, "TIMESTAMP").replace(traceId, "TRACE") + "\n";
  }

  /** The README's 403 with its example timestamp and trace id replaced like the real ones. */
  private static String normalised(String shown) {
    String body = shown.substring(shown.indexOf("\n\n") + 2);
    return shown.replace(body, body.replace(between(body, "\"timestamp\":\"", "\""), "TIMESTAMP")
        .replace(between(body, "\"traceId\":\"", "\""), "TRACE"));
  }

  /** Status, challenge (or -) and the body's errorInfo.message. */
  private static String answer(HttpResponse<String> r) {
    return r.statusCode() + " " + r.headers().firstValue("WWW-Authenticate").orElse("-") + " "
        + between(r.body(), "\"errorInfo\":{\"message\":\"", "\"");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    if (from < 0) {
      return "(no " + start + " in " + text + ")";
    }
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static void check(String what, String actual, String expected) {
    if (!actual.equals(expected)) {
      failures.add(what + ": expected\n" + expected + "\nbut got\n" + actual);
    }
  }
}
