package dev.scopegate.guard;

import static dev.scopegate.guard.Fixtures.EVERYTHING;
import static dev.scopegate.guard.Fixtures.GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.GuardDecision.Outcome;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path trick of the README's table, at the guard level, with a token that covers every
 * operation: so an answer other than the documented one can only come from path handling.
 */
class PathRulesTest {
  private static final String P = "Invalid request path: ";
  private static final String EMPTY = P + "empty path segment (a double or trailing slash)";
  private static final String DOT = P + "'.' or '..' path segment";
  private static final String MATRIX = P + "';' in the path (matrix or path parameters are not accepted)";
  private static final String BACKSLASH = P + "backslash in the path";
  private static final String QUERY = P + "'?' or '#' in the path; the path is matched without its query string";
  private static final String NON_ASCII = P + "character outside printable ASCII in the path";
  private static final String INVALID = P + "character not allowed in a URI path";
  private static final String MALFORMED = P + "'%' not followed by two hex digits";
  private static final String ENC_SLASH = P + "percent-encoded '/' (%2F)";
  private static final String ENC_BACKSLASH = P + "percent-encoded backslash (%5C)";
  private static final String ENC_DOT = P + "percent-encoded '.' (%2E)";
  private static final String ENC_PERCENT = P + "percent-encoded '%' (%25, double encoding)";
  private static final String ENC_SEMICOLON = P + "percent-encoded ';' (%3B)";
  private static final String ENC_CONTROL = P + "percent-encoded control character (%00-%1F or %7F)";
  private static final String ENC_SPACE = P + "percent-encoded space (%20) at the start or end of a segment";
  private static final String ENC_NON_ASCII = P + "percent-encoded byte above %7F (non-ASCII paths are not accepted)";
  private static final String ENC_UNRESERVED = P + "percent-encoded letter, digit, '-', '_' or '~'; send it unencoded";
  private static final String NOT_ABSOLUTE = P + "the path does not start with '/'";

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("trailing slash", "/v1/things/abc/", EMPTY),
        Arguments.of("trailing slash after a literal", "/v1/me/", EMPTY),
        Arguments.of("double slash", "/v1//things/abc", EMPTY),
        Arguments.of("leading double slash", "//v1/things/abc", EMPTY),
        Arguments.of("empty {param} segment", "/v1/things//", EMPTY),
        Arguments.of("empty {param} in the middle", "/v1/orgs//namespaces/ns/workflows", EMPTY),
        Arguments.of("/./", "/v1/./things/abc", DOT),
        Arguments.of("/../", "/v1/x/../things/abc", DOT),
        Arguments.of("trailing ..", "/v1/things/..", DOT),
        Arguments.of("trailing .", "/v1/things/.", DOT),
        Arguments.of("%2F", "/v1/things/a%2Fb", ENC_SLASH),
        Arguments.of("%2f", "/v1/things/a%2fb", ENC_SLASH),
        Arguments.of("%2e%2e segment", "/v1/things/%2e%2e", ENC_DOT),
        Arguments.of("%2E segment", "/v1/%2E/things/abc", ENC_DOT),
        Arguments.of("%2E inside a segment", "/v1/things/a%2Eb", ENC_DOT),
        Arguments.of("%00", "/v1/things/a%00b", ENC_CONTROL),
        Arguments.of("%0A", "/v1/things/a%0Ab", ENC_CONTROL),
        Arguments.of("%0d", "/v1/things/a%0db", ENC_CONTROL),
        Arguments.of("%09", "/v1/things/a%09b", ENC_CONTROL),
        Arguments.of("%1F", "/v1/things/a%1Fb", ENC_CONTROL),
        Arguments.of("%7F", "/v1/things/a%7Fb", ENC_CONTROL),
        Arguments.of("%20 first in a segment", "/v1/things/%20a", ENC_SPACE),
        Arguments.of("%20 last in a segment", "/v1/things/a%20", ENC_SPACE),
        Arguments.of("%20 last before a slash", "/v1/docs%20/internal", ENC_SPACE),
        Arguments.of("%20 alone", "/v1/things/%20", ENC_SPACE),
        Arguments.of("matrix parameter on a {param}", "/v1/things/abc;x=1", MATRIX),
        Arguments.of("matrix parameter on a literal", "/v1/things;x=1/abc", MATRIX),
        Arguments.of("bare ; segment", "/v1/things/;", MATRIX),
        Arguments.of("..; (Tomcat-style traversal)", "/v1/things/..;/abc", MATRIX),
        Arguments.of("%3B", "/v1/things/a%3Bb", ENC_SEMICOLON),
        Arguments.of("raw non-ASCII", "/v1/things/\u00fc", NON_ASCII),
        Arguments.of("raw Cyrillic a in a literal", "/v1/thing\u0455/abc", NON_ASCII),
        Arguments.of("raw control character", "/v1/things/a\u0001b", NON_ASCII),
        Arguments.of("raw tab", "/v1/things/a\tb", NON_ASCII),
        Arguments.of("raw DEL", "/v1/things/a\u007fb", NON_ASCII),
        Arguments.of("UTF-8 encoded", "/v1/things/%C3%BC", ENC_NON_ASCII),
        Arguments.of("%80, the first byte above ASCII", "/v1/things/a%80b", ENC_NON_ASCII),
        Arguments.of("%FF", "/v1/things/a%ffb", ENC_NON_ASCII),
        Arguments.of("overlong UTF-8 slash", "/v1/things/%C0%AF", ENC_NON_ASCII),
        Arguments.of("overlong UTF-8 dots", "/v1/things/%C0%AE%C0%AE", ENC_NON_ASCII),
        Arguments.of("three-byte overlong slash", "/v1/things/%E0%80%AF", ENC_NON_ASCII),
        Arguments.of("raw backslash", "/v1/things\\abc", BACKSLASH),
        Arguments.of("%5C", "/v1/things/%5Cabc", ENC_BACKSLASH),
        Arguments.of("%5c", "/v1/things/%5cabc", ENC_BACKSLASH),
        Arguments.of("query string in the path argument", "/v1/things/abc?x=1", QUERY),
        Arguments.of("fragment in the path argument", "/v1/things/abc#frag", QUERY),
        Arguments.of("encoded letter", "/v1/things/%77", ENC_UNRESERVED),
        Arguments.of("encoded letter in a literal", "/v1/%74hings/abc", ENC_UNRESERVED),
        Arguments.of("encoded tilde", "/v1/things/a%7Eb", ENC_UNRESERVED),
        Arguments.of("encoded digit", "/v1/things/%31", ENC_UNRESERVED),
        Arguments.of("%25", "/v1/things/%25", ENC_PERCENT),
        Arguments.of("double-encoded slash %252F", "/v1/things/a%252Fb", ENC_PERCENT),
        Arguments.of("malformed %zz", "/v1/things/%zz", MALFORMED),
        Arguments.of("bare % at the end", "/v1/things/%", MALFORMED),
        Arguments.of("truncated %2", "/v1/things/%2", MALFORMED),
        Arguments.of("raw space", "/v1/things/a b", INVALID),
        Arguments.of("raw brace", "/v1/things/{id}", INVALID),
        Arguments.of("raw pipe", "/v1/things/a|b", INVALID),
        Arguments.of("raw quote", "/v1/things/a\"b", INVALID),
        Arguments.of("raw <", "/v1/things/<b>", INVALID),
        Arguments.of("empty path", "", NOT_ABSOLUTE),
        Arguments.of("relative path", "v1/things/abc", NOT_ABSOLUTE),
        Arguments.of("asterisk form", "*", NOT_ABSOLUTE),
        Arguments.of("absolute URI", "http://h/v1/things/abc", NOT_ABSOLUTE),
        Arguments.of("too long", "/v1/things/" + "a".repeat(RequestPath.MAX_LENGTH), P + "the path is longer than 8192 characters"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rejected")
  void rejectedWith400(String trick, String path, String message) {
    GuardDecision d = GUARD.check("GET", path, EVERYTHING);

    assertThat(d.outcome()).isEqualTo(Outcome.BAD_REQUEST);
    assertThat(d.status()).isEqualTo(400);
    assertThat(d.message()).contains(message);
    assertThat(d.route()).isEmpty();
    assertThat(d.wwwAuthenticate()).isEmpty();
  }

  static Stream<Arguments> matched() {
    return Stream.of(
        Arguments.of("plain", "/v1/things/abc", "/v1/things/{id}"),
        Arguments.of("case in a {param} is data", "/v1/things/ABC", "/v1/things/{id}"),
        Arguments.of("three dots are a name, not a dot segment", "/v1/things/...", "/v1/things/{id}"),
        Arguments.of("a dot inside a name", "/v1/things/a.b", "/v1/things/{id}"),
        Arguments.of("encoded space in a {param}", "/v1/things/a%20b", "/v1/things/{id}"),
        Arguments.of("encoded spaces inside a {param}", "/v1/things/a%20%20b%20c", "/v1/things/{id}"),
        Arguments.of("encoded # in a {param}", "/v1/things/%23frag", "/v1/things/{id}"),
        Arguments.of("encoded ? in a {param}", "/v1/things/%3F", "/v1/things/{id}"),
        Arguments.of("lower-case hex in an allowed encoding", "/v1/things/a%3ab", "/v1/things/{id}"),
        Arguments.of("sub-delimiters in a {param}", "/v1/things/a!$&'()*+,=:@b", "/v1/things/{id}"),
        Arguments.of("case variant of a literal is a {param} value here", "/v1/docs/Internal", "/v1/docs/{page}"),
        Arguments.of("root", "/", "/"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("matched")
  void matchedAndAllowed(String what, String path, String template) {
    GuardDecision d = GUARD.check("GET", path, EVERYTHING);

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.route()).contains(Fixtures.route("GET", template));
  }

  @Test
  void caseVariantOfALiteralMatchesNothing() {
    assertThat(GUARD.check("GET", "/V1/things/abc", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("GET", "/v1/Things/abc", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("GET", "/v1/ME", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void methodIsComparedExactly() {
    assertThat(GUARD.check("get", "/v1/things/abc", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("Get", "/v1/things/abc", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("head", "/v1/things/abc", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
    assertThat(GUARD.check("OPTIONS", "/v1/things/abc", EVERYTHING).outcome()).isEqualTo(Outcome.NO_ROUTE);
  }

  @Test
  void methodThatIsNotATokenIs400() {
    for (String method : new String[] {"", "GE T", "GET\r\n", "G\u00c9T", "(GET)"}) {
      GuardDecision d = GUARD.check(method, "/v1/things/abc", EVERYTHING);
      assertThat(d.outcome()).as(method).isEqualTo(Outcome.BAD_REQUEST);
      assertThat(d.message()).as(method).contains("Invalid request method");
    }
  }

  @Test
  void everyTokenCharacterAndNothingNextToThemMakesAMethod() {
    for (String method : new String[] {"azAZ09", "M!#$%&'*+-.^_`|~"}) {
      assertThat(GUARD.check(method, "/v1/things/abc", EVERYTHING).outcome()).as(method).isEqualTo(Outcome.NO_ROUTE);
    }
    for (char c : new char[] {'@', '[', '{', '/', ':', '"', '(', ',', ';', '=', '\u007f', ' '}) {
      assertThat(GUARD.check("GET" + c, "/v1/things/abc", EVERYTHING).outcome()).as("GET" + c).isEqualTo(Outcome.BAD_REQUEST);
    }
  }

  @Test
  void methodIsCheckedBeforeThePath() {
    assertThat(GUARD.check("G T", "/v1/things/a%2Fb", EVERYTHING).message()).contains("Invalid request method");
  }

  @Test
  void firstProblemFromTheLeftIsReported() {
    assertThat(GUARD.check("GET", "/v1//things/a%2Fb", EVERYTHING).message()).contains(EMPTY);
    assertThat(GUARD.check("GET", "/v1/things/a%2Fb/", EVERYTHING).message()).contains(ENC_SLASH);
  }

  @Test
  void longestAcceptedPathIsMatched() {
    String path = "/v1/things/" + "a".repeat(RequestPath.MAX_LENGTH - "/v1/things/".length());
    assertThat(path).hasSize(RequestPath.MAX_LENGTH);

    assertThat(GUARD.check("GET", path, EVERYTHING).outcome()).isEqualTo(Outcome.ALLOWED);
  }
}
