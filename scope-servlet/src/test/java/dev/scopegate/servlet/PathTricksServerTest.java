package dev.scopegate.servlet;

import static dev.scopegate.servlet.Answers.assertFilterAnswer;
import static dev.scopegate.servlet.Answers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path trick of the README table, sent over loopback to two real Jetty 12 servers: one with
 * Jetty's default URI compliance (which rejects some tricks itself, before any filter runs) and one
 * made permissive ({@code UriCompliance.UNSAFE}, ambiguous URIs decoded) so that the filter alone
 * must answer them. Each is sent with a token that has every scope and with one that has none; the
 * application servlet reports anything that reaches it without the scopes its own (decoded) view
 * of the path requires.
 */
class PathTricksServerTest {
  private static final String P = "Invalid request path: ";
  private static final String EMPTY = "empty path segment (a double or trailing slash)";
  private static final String DOT = "'.' or '..' path segment";
  private static final String MATRIX = "';' in the path (matrix or path parameters are not accepted)";
  private static final String BACKSLASH = "backslash in the path";
  private static final String NON_ASCII = "character outside printable ASCII in the path";
  private static final String ENC_SLASH = "percent-encoded '/' (%2F)";
  private static final String ENC_BACKSLASH = "percent-encoded backslash (%5C)";
  private static final String ENC_DOT = "percent-encoded '.' (%2E)";
  private static final String ENC_PERCENT = "percent-encoded '%' (%25, double encoding)";
  private static final String ENC_SEMICOLON = "percent-encoded ';' (%3B)";
  private static final String ENC_CONTROL = "percent-encoded control character (%00-%1F or %7F)";
  private static final String ENC_NON_ASCII = "percent-encoded byte above %7F (non-ASCII paths are not accepted)";
  private static final String ENC_UNRESERVED = "percent-encoded letter, digit, '-', '_' or '~'; send it unencoded";
  private static final String NO_ROUTE = "No operation is declared for this method and path";

  private static TestServer jettyDefault;
  private static TestServer permissive;

  enum Transport {
    CLIENT,
    RAW
  }

  enum Kind {
    /** Jetty answers 400 with its own HTML page; neither the filter nor the servlet runs. */
    JETTY_400,
    /** The filter answers 400 with the JSON body. */
    GUARD_400,
    /** The filter answers 403: no declared operation. */
    NO_ROUTE,
    /** The request reaches the servlet with a token that has the scopes (a {@code {param}} value, or a public page). */
    REACHED
  }

  /** What a trick gets. For {@link Kind#REACHED}: the decoded path the servlet sees, and the scope a token without scopes lacks (empty for a public operation). */
  record Expect(Kind kind, String detail, Optional<String> lacks) {
    static Expect jetty() {
      return new Expect(Kind.JETTY_400, "", Optional.empty());
    }

    static Expect guard(String reason) {
      return new Expect(Kind.GUARD_400, reason, Optional.empty());
    }

    static Expect noRoute() {
      return new Expect(Kind.NO_ROUTE, "", Optional.empty());
    }

    static Expect reached(String decoded, String lacks) {
      return new Expect(Kind.REACHED, decoded, Optional.of(lacks));
    }

    static Expect reachedPublic(String decoded) {
      return new Expect(Kind.REACHED, decoded, Optional.empty());
    }
  }

  record Trick(String name, String method, String target, Transport transport, Expect onDefaults, Expect onPermissive) {
    @Override
    public String toString() {
      return name + ": " + method + " " + target;
    }
  }

  private static Trick trick(String name, String target, Expect onDefaults, Expect onPermissive) {
    return new Trick(name, "GET", target, Transport.CLIENT, onDefaults, onPermissive);
  }

  private static Trick raw(String name, String target, Expect onDefaults, Expect onPermissive) {
    return new Trick(name, "GET", target, Transport.RAW, onDefaults, onPermissive);
  }

  static Stream<Trick> tricks() {
    Expect things = Expect.reached("/v1/things/t1", "resource:read");
    return Stream.of(
        trick("trailing slash", "/v1/things/t1/", Expect.guard(EMPTY), Expect.guard(EMPTY)),
        trick("trailing slash on a literal", "/v1/me/", Expect.guard(EMPTY), Expect.guard(EMPTY)),
        trick("double slash", "/v1//things/t1", Expect.jetty(), Expect.guard(EMPTY)),
        trick("leading double slash", "//v1/things/t1", Expect.jetty(), Expect.guard(EMPTY)),
        trick("empty {param} segment", "/v1/things//", Expect.jetty(), Expect.guard(EMPTY)),
        new Trick("empty {param} in the middle", "POST", "/v1/orgs//namespaces/ns/workflows", Transport.CLIENT,
            Expect.jetty(), Expect.guard(EMPTY)),
        trick("/./", "/v1/./things/t1", Expect.guard(DOT), Expect.guard(DOT)),
        trick("/../ out of a public prefix", "/v1/docs/x/../../things/export", Expect.guard(DOT), Expect.guard(DOT)),
        trick("trailing /..", "/v1/things/t1/..", Expect.guard(DOT), Expect.guard(DOT)),
        trick("%2F", "/v1/things/a%2Fb", Expect.jetty(), Expect.guard(ENC_SLASH)),
        trick("%2f out of a public prefix", "/v1/docs/x%2f..%2f..%2fthings%2fexport", Expect.jetty(), Expect.guard(ENC_SLASH)),
        trick("%2e%2e segment", "/v1/docs/%2e%2e/things/export", Expect.jetty(), Expect.guard(ENC_DOT)),
        trick("%2E inside a segment", "/v1/things/t%2E1", Expect.guard(ENC_DOT), Expect.guard(ENC_DOT)),
        trick("%00", "/v1/things/t1%00", Expect.jetty(), Expect.jetty()),
        trick("%0A", "/v1/things/t1%0A", Expect.jetty(), Expect.guard(ENC_CONTROL)),
        trick("%7F", "/v1/things/t1%7F", Expect.jetty(), Expect.guard(ENC_CONTROL)),
        trick("matrix parameter on a {param}", "/v1/things/t1;v=1", Expect.guard(MATRIX), Expect.guard(MATRIX)),
        trick("matrix parameter on a literal", "/v1/docs;x=1/internal", Expect.guard(MATRIX), Expect.guard(MATRIX)),
        new Trick("; inside a {param} segment", "POST", "/v1/orgs/o1;x=y/namespaces/ns/workflows", Transport.CLIENT,
            Expect.guard(MATRIX), Expect.guard(MATRIX)),
        trick("..; traversal", "/v1/docs/..;/things/export", Expect.jetty(), Expect.guard(MATRIX)),
        trick("%3B", "/v1/things/t%3B1", Expect.guard(ENC_SEMICOLON), Expect.guard(ENC_SEMICOLON)),
        trick("case variation in a literal", "/V1/things/t1", Expect.noRoute(), Expect.noRoute()),
        trick("case variation taken by a public {param}", "/v1/docs/Internal",
            Expect.reachedPublic("/v1/docs/Internal"), Expect.reachedPublic("/v1/docs/Internal")),
        new Trick("case variation in the method", "get", "/v1/things/t1", Transport.CLIENT, Expect.noRoute(), Expect.noRoute()),
        raw("raw non-ASCII (UTF-8 bytes)", "/v1/things/t\u00fc", Expect.jetty(), Expect.guard(NON_ASCII)),
        trick("UTF-8 percent-encoded", "/v1/things/t%C3%BC", Expect.guard(ENC_NON_ASCII), Expect.guard(ENC_NON_ASCII)),
        trick("overlong UTF-8 slash", "/v1/docs/x%C0%AF..%C0%AF..%C0%AFthings", Expect.jetty(), Expect.guard(ENC_NON_ASCII)),
        trick("overlong UTF-8 dots", "/v1/things/%E0%80%AE%E0%80%AE", Expect.jetty(), Expect.guard(ENC_NON_ASCII)),
        raw("raw backslash", "/v1/docs/x\\..\\..\\things\\export", Expect.jetty(), Expect.guard(BACKSLASH)),
        trick("%5C", "/v1/things/t1%5C", Expect.jetty(), Expect.guard(ENC_BACKSLASH)),
        trick("encoded letter in a {param}", "/v1/things/%65xport", Expect.guard(ENC_UNRESERVED), Expect.guard(ENC_UNRESERVED)),
        trick("encoded letter in a literal", "/v1/docs/%69nternal", Expect.guard(ENC_UNRESERVED), Expect.guard(ENC_UNRESERVED)),
        trick("%25", "/v1/things/t%25", Expect.jetty(), Expect.guard(ENC_PERCENT)),
        trick("double-encoded slash %252F", "/v1/things/a%252Fb", Expect.jetty(), Expect.guard(ENC_PERCENT)),
        raw("malformed %zz", "/v1/things/%zz", Expect.jetty(), Expect.jetty()),
        raw("raw space", "/v1/things/a b", Expect.jetty(), Expect.jetty()),
        trick("query string", "/v1/things/t1?x=/../export&y=%2F", things, things),
        trick("fragment (the client drops it)", "/v1/things/t1#frag", things, things),
        raw("raw fragment in the request line", "/v1/things/t1#frag", Expect.jetty(), things),
        trick("%23 in a {param}", "/v1/things/t%231", Expect.reached("/v1/things/t#1", "resource:read"),
            Expect.reached("/v1/things/t#1", "resource:read")),
        trick("%20 in a {param}", "/v1/things/a%20b", Expect.reached("/v1/things/a b", "resource:read"),
            Expect.reached("/v1/things/a b", "resource:read")),
        trick("three dots are a name", "/v1/things/...", Expect.reached("/v1/things/...", "resource:read"),
            Expect.reached("/v1/things/...", "resource:read")),
        raw("absolute-form request target", "http://{authority}/v1/things/t1", things, things));
  }

  @BeforeAll
  static void start() throws Exception {
    jettyDefault = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/");
    permissive = new TestServer(TestServer.Mode.PERMISSIVE, "/");
  }

  @AfterAll
  static void stop() throws Exception {
    jettyDefault.stop();
    permissive.stop();
  }

  @AfterEach
  void nothingReachedTheApplicationWithoutItsScopes() {
    List<String> violations = new java.util.ArrayList<>(jettyDefault.violations);
    violations.addAll(permissive.violations);
    jettyDefault.violations.clear();
    permissive.violations.clear();
    assertThat(violations).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tricks")
  void onJettyDefaults(Trick trick) throws Exception {
    check(jettyDefault, trick, trick.onDefaults());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tricks")
  void onPermissiveJetty(Trick trick) throws Exception {
    check(permissive, trick, trick.onPermissive());
  }

  private static void check(TestServer server, Trick trick, Expect expect) throws Exception {
    for (String token : List.of("all", "none")) {
      int before = server.hits.size();
      String target = trick.target().replace("{authority}", "127.0.0.1:" + server.port());
      Client.Answer answer = trick.transport() == Transport.RAW
          ? Client.raw(server.port(), trick.method(), target, token)
          : Client.send(server.port(), trick.method(), target, token);
      String path = target.replaceFirst("^http://[^/]+", "").replaceFirst("[?#].*", "");
      switch (expect.kind()) {
        case JETTY_400:
          assertThat(answer.status()).as(token).isEqualTo(400);
          assertThat(answer.header("Content-Type").orElse("")).as(token).startsWith("text/html");
          assertThat(server.hits).hasSize(before);
          break;
        case GUARD_400:
          assertFilterAnswer(answer, server, 400, path, P + expect.detail(), Optional.empty());
          assertThat(server.hits).hasSize(before);
          break;
        case NO_ROUTE:
          assertFilterAnswer(answer, server, 403, path, NO_ROUTE, Optional.empty());
          assertThat(server.hits).hasSize(before);
          break;
        case REACHED:
          if (token.equals("all") || expect.lacks().isEmpty()) {
            assertReached(answer, trick.method(), expect.detail());
            assertThat(server.hits).hasSize(before + 1);
          } else {
            String lacks = expect.lacks().get();
            assertFilterAnswer(answer, server, 403, path, "Token lacks required scope: " + lacks,
                Optional.of("Bearer error=\"insufficient_scope\", scope=\"" + lacks + "\""));
            assertThat(server.hits).hasSize(before);
          }
          break;
        default:
          throw new AssertionError(expect);
      }
    }
  }
}
