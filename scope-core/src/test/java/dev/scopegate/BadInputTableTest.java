package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.internal.Text;
import dev.scopegate.testing.TestCatalogs;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a declared scope can be wrong, with the exact error a developer sees. The same inputs
 * must grant nothing when they arrive in a token claim.
 */
class BadInputTableTest {
  private static final ScopeCatalog CATALOG = TestCatalogs.signstackLike();

  static Stream<Arguments> rows() {
    return Stream.of(
        // empty, missing or extra parts
        row("", ScopeProblem.EMPTY, "a scope cannot be empty"),
        row("workflow", ScopeProblem.MISSING_COLON, "no ':' between family and verb (did you mean \"workflow:*\"?)"),
        row("workflowread", ScopeProblem.MISSING_COLON, "no ':' between family and verb (did you mean \"workflow:read\"?)"),
        row(":", ScopeProblem.EMPTY_FAMILY, "nothing before the ':'; a scope is <family>:<verb>"),
        row(":read", ScopeProblem.EMPTY_FAMILY, "nothing before the ':'; a scope is <family>:<verb>"),
        row("workflow:", ScopeProblem.EMPTY_VERB, "nothing after the ':'; a scope is <family>:<verb> (did you mean \"workflow:*\"?)"),
        row("workflow::read", ScopeProblem.EXTRA_COLON, "a second ':' at index 9; a scope has exactly one (did you mean \"workflow:read\"?)"),
        row("a:b:c", ScopeProblem.EXTRA_COLON, "a second ':' at index 3; a scope has exactly one"),
        row("workflow:read:", ScopeProblem.EXTRA_COLON, "a second ':' at index 13; a scope has exactly one (did you mean \"workflow:read\"?)"),
        // wildcards
        row("*", ScopeProblem.GLOBAL_WILDCARD, "a wildcard may only stand for the verb of one family (family:*); there is no global wildcard"),
        row("*:*", ScopeProblem.GLOBAL_WILDCARD, "a wildcard may only stand for the verb of one family (family:*); there is no global wildcard"),
        row("*:read", ScopeProblem.GLOBAL_WILDCARD, "a wildcard may only stand for the verb of one family (family:*); there is no global wildcard"),
        row("**:read", ScopeProblem.PARTIAL_WILDCARD, "'*' at index 0 is part of the family; only a whole verb may be '*' (family:*)"),
        row("workflow:re*", ScopeProblem.PARTIAL_WILDCARD, "'*' at index 11 is part of the verb; only a whole verb may be '*' (family:*) (did you mean \"workflow:read\"?)"),
        row("work*:read", ScopeProblem.PARTIAL_WILDCARD, "'*' at index 4 is part of the family; only a whole verb may be '*' (family:*)"),
        row("workflow:**", ScopeProblem.PARTIAL_WILDCARD, "'*' at index 9 is part of the verb; only a whole verb may be '*' (family:*) (did you mean \"workflow:*\"?)"),
        row("workflow:*read", ScopeProblem.PARTIAL_WILDCARD, "'*' at index 9 is part of the verb; only a whole verb may be '*' (family:*) (did you mean \"workflow:read\"?)"),
        row("workflow:read*", ScopeProblem.PARTIAL_WILDCARD, "'*' at index 13 is part of the verb; only a whole verb may be '*' (family:*) (did you mean \"workflow:read\"?)"),
        row("file:*", ScopeProblem.WILDCARD_NOT_SUPPORTED, "the file family declares no wildcard; grant its scopes one by one: file:read, file:upload"),
        row("embed-token:*", ScopeProblem.WILDCARD_NOT_SUPPORTED, "the embed-token family declares no wildcard; grant its scopes one by one: embed-token:create"),
        // case
        row("Workflow:read", ScopeProblem.UPPERCASE, "uppercase 'W' at index 0; scopes are lowercase (did you mean \"workflow:read\"?)"),
        row("workflow:READ", ScopeProblem.UPPERCASE, "uppercase 'R' at index 9; scopes are lowercase (did you mean \"workflow:read\"?)"),
        row("WORKFLOW:READ", ScopeProblem.UPPERCASE, "uppercase 'W' at index 0; scopes are lowercase (did you mean \"workflow:read\"?)"),
        row("File:*", ScopeProblem.UPPERCASE, "uppercase 'F' at index 0; scopes are lowercase"),
        // non-ASCII: confusables and case-folding traps
        row("workflow:r\u0435ad", ScopeProblem.NOT_ASCII, "character U+0435 at index 10 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("w\u043erkflow:read", ScopeProblem.NOT_ASCII, "character U+043E at index 1 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("\uff57orkflow:read", ScopeProblem.NOT_ASCII, "character U+FF57 at index 0 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("f\u0131le:read", ScopeProblem.NOT_ASCII, "character U+0131 at index 1 is not ASCII; scopes are ASCII only (did you mean \"file:read\"?)"),
        row("FILE:READ\u0130", ScopeProblem.UPPERCASE, "uppercase 'F' at index 0; scopes are lowercase (did you mean \"file:read\"?)"),
        row("api-\u212aey:read", ScopeProblem.NOT_ASCII, "character U+212A at index 4 is not ASCII; scopes are ASCII only (did you mean \"api-key:read\"?)"),
        row("\ufeffworkflow:read", ScopeProblem.NOT_ASCII, "character U+FEFF at index 0 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("workflow:read\u00a0", ScopeProblem.NOT_ASCII, "character U+00A0 at index 13 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("workflow:read\u200b", ScopeProblem.NOT_ASCII, "character U+200B at index 13 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("workflow\uff1aread", ScopeProblem.NOT_ASCII, "character U+FF1A at index 8 is not ASCII; scopes are ASCII only (did you mean \"workflow:read\"?)"),
        row("workflow:\ud83d\ude00", ScopeProblem.NOT_ASCII, "character U+D83D at index 9 is not ASCII; scopes are ASCII only (did you mean \"workflow:*\"?)"),
        // control characters and whitespace
        row("\u0000workflow:read", ScopeProblem.CONTROL_CHARACTER, "control character U+0000 at index 0; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:read\u0000", ScopeProblem.CONTROL_CHARACTER, "control character U+0000 at index 13; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:read\t", ScopeProblem.CONTROL_CHARACTER, "control character U+0009 at index 13; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:read\n", ScopeProblem.CONTROL_CHARACTER, "control character U+000A at index 13; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:read\r\n", ScopeProblem.CONTROL_CHARACTER, "control character U+000D at index 13; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:\u001bread", ScopeProblem.CONTROL_CHARACTER, "control character U+001B at index 9; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:\u007fread", ScopeProblem.CONTROL_CHARACTER, "control character U+007F at index 9; scopes have none (did you mean \"workflow:read\"?)"),
        row("workflow:read\tfile:read", ScopeProblem.CONTROL_CHARACTER, "control character U+0009 at index 13; scopes have none"),
        row(" ", ScopeProblem.WHITESPACE, "space at index 0; a scope has no whitespace"),
        row(" workflow:read", ScopeProblem.WHITESPACE, "space at index 0; a scope has no whitespace (did you mean \"workflow:read\"?)"),
        row("workflow:read ", ScopeProblem.WHITESPACE, "space at index 13; a scope has no whitespace (did you mean \"workflow:read\"?)"),
        row("workflow: read", ScopeProblem.WHITESPACE, "space at index 9; a scope has no whitespace (did you mean \"workflow:read\"?)"),
        row("workflow:read file:read", ScopeProblem.WHITESPACE, "space at index 13; a scope has no whitespace"),
        // other characters
        row("workflow_read", ScopeProblem.INVALID_CHARACTER, "character '_' at index 8 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*' (did you mean \"workflow:read\"?)"),
        row("workflow.read", ScopeProblem.INVALID_CHARACTER, "character '.' at index 8 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*' (did you mean \"workflow:read\"?)"),
        row("workflow/read", ScopeProblem.INVALID_CHARACTER, "character '/' at index 8 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*' (did you mean \"workflow:read\"?)"),
        row("workflow:read,file:read", ScopeProblem.INVALID_CHARACTER, "character ',' at index 13 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        row("workflow:r\"ead", ScopeProblem.INVALID_CHARACTER, "character '\"' at index 10 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*' (did you mean \"workflow:read\"?)"),
        row("workflow:read\\", ScopeProblem.INVALID_CHARACTER, "character '\\' at index 13 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*' (did you mean \"workflow:read\"?)"),
        row("workflow:%72ead", ScopeProblem.INVALID_CHARACTER, "character '%' at index 9 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        // names
        row("-workflow:read", ScopeProblem.INVALID_FAMILY, "the family starts with '-' at index 0; it must start with a letter (did you mean \"workflow:read\"?)"),
        row("workflow-:read", ScopeProblem.INVALID_FAMILY, "the family ends with a hyphen at index 8; hyphens may only stand inside a name (did you mean \"workflow:read\"?)"),
        row("9workflow:read", ScopeProblem.INVALID_FAMILY, "the family starts with '9' at index 0; it must start with a letter (did you mean \"workflow:read\"?)"),
        row("workflow:-read", ScopeProblem.INVALID_VERB, "the verb starts with '-' at index 9; it must start with a letter (did you mean \"workflow:read\"?)"),
        row("workflow:read-", ScopeProblem.INVALID_VERB, "the verb ends with a hyphen at index 13; hyphens may only stand inside a name (did you mean \"workflow:read\"?)"),
        row("workflow:1read", ScopeProblem.INVALID_VERB, "the verb starts with '1' at index 9; it must start with a letter (did you mean \"workflow:read\"?)"),
        row("api-key:-", ScopeProblem.INVALID_VERB, "the verb starts with '-' at index 8; it must start with a letter (did you mean \"api-key:*\"?)"),
        // length
        row("x".repeat(129), ScopeProblem.TOO_LONG, "it is 129 characters long; a scope has at most 128"),
        row("workflow:" + "a".repeat(200), ScopeProblem.TOO_LONG, "it is 209 characters long; a scope has at most 128"),
        row("w".repeat(1_000_000), ScopeProblem.TOO_LONG, "it is 1000000 characters long; a scope has at most 128"),
        // well-formed but not in the catalog
        row("foo:bar", ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"foo\""),
        row("user:*", ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"user\""),
        row("worflow:read", ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"worflow\" (did you mean \"workflow:read\"?)"),
        row("workflows:read", ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"workflows\" (did you mean \"workflow:read\"?)"),
        row("apikey:create", ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"apikey\" (did you mean \"api-key:create\"?)"),
        row("workflow:craete", ScopeProblem.UNKNOWN_SCOPE, "the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)"),
        row("workflow:delete", ScopeProblem.UNKNOWN_SCOPE, "the workflow family has no verb \"delete\"; its scopes are workflow:read, workflow:create, workflow:update, workflow:execute, workflow:*"),
        row("file:delete", ScopeProblem.UNKNOWN_SCOPE, "the file family has no verb \"delete\"; its scopes are file:read, file:upload"),
        row("api-key:crate", ScopeProblem.UNKNOWN_SCOPE, "the api-key family has no verb \"crate\" (did you mean \"api-key:create\"?)"));
  }

  /** An opaque (RFC 6749 scope-token) catalog shaped like Xero's. */
  private static final ScopeCatalog TOKENS = TestCatalogs.xeroLike();

  private static final String NO_SUCH = "the catalog declares no such scope";
  private static final String QUOTE_RULE = " is not allowed; a scope token (RFC 6749) is printable ASCII without '\"', '\\' or spaces";

  /** Every way a declared scope token can be wrong, with the exact error. */
  static Stream<Arguments> tokenRows() {
    return Stream.of(
        // empty, spaces
        row("", ScopeProblem.EMPTY, "a scope cannot be empty"),
        row(" ", ScopeProblem.WHITESPACE, "space at index 0; a scope has no whitespace"),
        row(" openid", ScopeProblem.WHITESPACE, "space at index 0; a scope has no whitespace (did you mean \"openid\"?)"),
        row("openid ", ScopeProblem.WHITESPACE, "space at index 6; a scope has no whitespace (did you mean \"openid\"?)"),
        row("openid email", ScopeProblem.WHITESPACE, "space at index 6; a scope has no whitespace"),
        row("accounting.settings.read ", ScopeProblem.WHITESPACE,
            "space at index 24; a scope has no whitespace (did you mean \"accounting.settings.read\"?)"),
        // control characters
        row("openid\temail", ScopeProblem.CONTROL_CHARACTER, "control character U+0009 at index 6; scopes have none"),
        row("openid\n", ScopeProblem.CONTROL_CHARACTER, "control character U+000A at index 6; scopes have none (did you mean \"openid\"?)"),
        row("\u0000openid", ScopeProblem.CONTROL_CHARACTER, "control character U+0000 at index 0; scopes have none (did you mean \"openid\"?)"),
        row("openid\u007f", ScopeProblem.CONTROL_CHARACTER, "control character U+007F at index 6; scopes have none (did you mean \"openid\"?)"),
        row("openid\r\n", ScopeProblem.CONTROL_CHARACTER, "control character U+000D at index 6; scopes have none (did you mean \"openid\"?)"),
        // the two printable characters RFC 6749 excludes
        row("open\"id", ScopeProblem.INVALID_CHARACTER, "character '\"' at index 4" + QUOTE_RULE + " (did you mean \"openid\"?)"),
        row("\"openid\"", ScopeProblem.INVALID_CHARACTER, "character '\"' at index 0" + QUOTE_RULE + " (did you mean \"openid\"?)"),
        row("accounting\\transactions", ScopeProblem.INVALID_CHARACTER,
            "character '\\' at index 10" + QUOTE_RULE + " (did you mean \"accounting.transactions\"?)"),
        row("email\\", ScopeProblem.INVALID_CHARACTER, "character '\\' at index 5" + QUOTE_RULE + " (did you mean \"email\"?)"),
        // non-ASCII: confusables, invisible characters
        row("op\u0435nid", ScopeProblem.NOT_ASCII, "character U+0435 at index 2 is not ASCII; scopes are ASCII only (did you mean \"openid\"?)"),
        row("\ufeffopenid", ScopeProblem.NOT_ASCII, "character U+FEFF at index 0 is not ASCII; scopes are ASCII only (did you mean \"openid\"?)"),
        row("openid\u00a0", ScopeProblem.NOT_ASCII, "character U+00A0 at index 6 is not ASCII; scopes are ASCII only (did you mean \"openid\"?)"),
        row("\uff4fpenid", ScopeProblem.NOT_ASCII, "character U+FF4F at index 0 is not ASCII; scopes are ASCII only (did you mean \"openid\"?)"),
        row("accounting.transactions.re\u0430d", ScopeProblem.NOT_ASCII,
            "character U+0430 at index 26 is not ASCII; scopes are ASCII only (did you mean \"accounting.transactions.read\"?)"),
        row("em\u200bail", ScopeProblem.NOT_ASCII, "character U+200B at index 2 is not ASCII; scopes are ASCII only (did you mean \"email\"?)"),
        row("\u212aaccounting.reports.read", ScopeProblem.NOT_ASCII,
            "character U+212A at index 0 is not ASCII; scopes are ASCII only (did you mean \"accounting.reports.read\"?)"),
        // length
        row("x".repeat(129), ScopeProblem.TOO_LONG, "it is 129 characters long; a scope has at most 128"),
        row("accounting." + "a".repeat(200), ScopeProblem.TOO_LONG, "it is 211 characters long; a scope has at most 128"),
        row("t".repeat(1_000_000), ScopeProblem.TOO_LONG, "it is 1000000 characters long; a scope has at most 128"),
        // well-formed but not declared: case, near misses, other APIs' scopes
        row("OpenID", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"openid\"?)"),
        row("EMAIL", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"email\"?)"),
        row("Accounting.Transactions", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"accounting.transactions\"?)"),
        row("accounting.transactions.read.", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"accounting.transactions.read\"?)"),
        row("accounting.transactions.rea", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"accounting.transactions.read\"?)"),
        row("accounting.transaction", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"accounting.transactions\"?)"),
        row("opneid", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"openid\"?)"),
        row("profil", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"profile\"?)"),
        row("openid2", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH + " (did you mean \"openid\"?)"),
        row("accounting.transactions.write", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH),
        row("accounting.*", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH),
        row("*", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH),
        row("okta.users.read", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH),
        row("paymentservices:read", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH),
        row("https://api.xero.com/accounting.transactions", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH),
        row("accounting.contacts,accounting.contacts.read", ScopeProblem.UNKNOWN_SCOPE, NO_SUCH));
  }

  @Test
  void theTokenTableHasAtLeastThirtyRows() {
    assertThat(tokenRows().count()).isGreaterThanOrEqualTo(30);
  }

  private static Arguments row(String input, ScopeProblem problem, String reasonAndSuggestion) {
    return Arguments.of(input, problem, reasonAndSuggestion);
  }

  /** Both tables, each row with its catalog. */
  static Stream<Arguments> allRows() {
    return Stream.concat(
        rows().map(a -> Arguments.of(CATALOG, a.get()[0], a.get()[1], a.get()[2])),
        tokenRows().map(a -> Arguments.of(TOKENS, a.get()[0], a.get()[1], a.get()[2])));
  }

  @ParameterizedTest
  @MethodSource("allRows")
  void strictParsingRejectsWithTheExactReason(ScopeCatalog catalog, String input, ScopeProblem problem, String reason) {
    InvalidScopeException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidScopeException.class, () -> catalog.parse(input));
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.input()).isEqualTo(input);
    assertThat(e.getMessage()).isEqualTo("Invalid scope " + Text.quote(input) + ": " + reason);
    assertThat(e.getMessage()).doesNotContain("\n", "\t", "\u0000");
    assertThat(e.getMessage().length()).isLessThan(400);
  }

  @ParameterizedTest
  @MethodSource("allRows")
  void everyOtherStrictEntryPointRejectsToo(ScopeCatalog catalog, String input, ScopeProblem problem, String reason) {
    assertThatThrownBy(() -> catalog.requirement(input)).isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> catalog.parseAll(java.util.List.of(catalog.scopes().get(0).toString(), input)))
        .isInstanceOf(InvalidScopeException.class)
        .extracting(t -> ((InvalidScopeException) t).problem())
        .isEqualTo(problem);
    java.util.function.Function<String, Scope> grammarOnly =
        catalog.grammar() == ScopeGrammar.FAMILY_VERB ? Scope::parse : Scope::token;
    if (problem.isMalformed()) {
      assertThatThrownBy(() -> grammarOnly.apply(input)).isInstanceOf(InvalidScopeException.class);
    } else {
      assertThat(grammarOnly.apply(input).toString()).isEqualTo(input);
    }
  }

  @ParameterizedTest
  @MethodSource("allRows")
  void aTokenClaimEntryOfTheSameTextGrantsNothing(ScopeCatalog catalog, String input, ScopeProblem problem, String reason) {
    GrantedScopes fromList = catalog.parseClaim(java.util.List.of(input));
    assertThat(fromList.isEmpty()).isTrue();
    boolean tooLong = input.length() > ScopeCatalog.MAX_CLAIM_LENGTH;
    assertThat(fromList.ignored()).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo(tooLong ? "<1 entries>" : input);
      assertThat(e.problem()).isEqualTo(tooLong ? ScopeProblem.CLAIM_TOO_LONG : problem);
    });
    if (catalog.grammar() == ScopeGrammar.SCOPE_TOKEN && !tooLong) {
      // A token's lenient reason is the strict one without the suggestion.
      assertThat(fromList.ignored().get(0).reason()).isEqualTo(reason.replaceAll(" \\(did you mean .*\\)$", ""));
    }
    // In the space-delimited form, U+0020 separates entries, so " workflow:read" is one good entry.
    boolean hasSpace = input.indexOf(' ') >= 0;
    if (!hasSpace) {
      assertThat(catalog.parseClaim(input).isEmpty()).isTrue();
    }
    for (Scope s : catalog.knownScopes()) {
      Requirement r = catalog.requirement(s.toString());
      assertThat(r.check(input).allowed()).isEqualTo(hasSpace && catalog.parseClaim(input).covers(r));
      assertThat(r.check(java.util.List.of(input)).allowed()).isFalse();
      assertThat(r.checkClaim(java.util.List.of(input)).allowed()).isFalse();
    }
  }

  @Test
  void theTableHasAtLeastSixtyRows() {
    assertThat(rows().count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void nullIsRejectedAtEveryEntryPointWithTheParameterName() {
    assertThatThrownBy(() -> CATALOG.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Scope.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> CATALOG.requirement((String) null)).isInstanceOf(NullPointerException.class).hasMessage("scope text");
    assertThatThrownBy(() -> CATALOG.parseClaim((String) null)).isInstanceOf(NullPointerException.class).hasMessage("claim");
    assertThatThrownBy(() -> CATALOG.parseAll(java.util.Arrays.asList("workflow:read", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scope text");
  }
}
