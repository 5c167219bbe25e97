package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.testing.ScopeArbitraries;
import dev.scopegate.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules real APIs use, one example at a time: opaque scope tokens, declared implications,
 * alternatives, the raw-claim entry point, and interned catalogs.
 */
class RulesTest {
  private static final ScopeCatalog XERO = TestCatalogs.xeroLike();
  private static final ScopeCatalog SIGNSTACK = TestCatalogs.signstackLike();

  // --- Scope tokens.

  @Test
  void scopeTokensAreOpaqueCaseSensitiveAndExact() {
    Scope s = Scope.token("accounting.transactions.read");
    assertThat(s.grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(s.isWildcard()).isFalse();
    assertThat(Scope.token("okta.*").isWildcard()).isFalse();
    assertThat(Scope.token("user-read-private").toString()).isEqualTo("user-read-private");
    assertThat(Scope.token("https://www.googleapis.com/auth/drive").toString()).isEqualTo("https://www.googleapis.com/auth/drive");
    assertThat(Scope.token("!#[]~")).isEqualTo(Scope.token("!#[]~"));
    assertThat(Scope.token("Okta.users.read")).isNotEqualTo(Scope.token("okta.users.read"));
    assertThat(Scope.parse("workflow:read").grammar()).isEqualTo(ScopeGrammar.FAMILY_VERB);
    assertThat(Scope.token("workflow:read")).isNotEqualTo(Scope.parse("workflow:read"));
    assertThatThrownBy(s::family)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The scope \"accounting.transactions.read\" is an opaque scope token (RFC 6749); it has no family");
    assertThatThrownBy(s::verb)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The scope \"accounting.transactions.read\" is an opaque scope token (RFC 6749); it has no verb");
    assertThat(Scope.token("a".repeat(Scope.MAX_LENGTH)).toString()).hasSize(Scope.MAX_LENGTH);
  }

  @Test
  void scopeTokensRejectWhatRfc6749Excludes() {
    assertInvalidToken("", ScopeProblem.EMPTY, "a scope cannot be empty");
    assertInvalidToken("a".repeat(129), ScopeProblem.TOO_LONG, "it is 129 characters long; a scope has at most 128");
    assertInvalidToken("okta users", ScopeProblem.WHITESPACE, "space at index 4; a scope has no whitespace");
    assertInvalidToken("a\"b", ScopeProblem.INVALID_CHARACTER,
        "character '\"' at index 1 is not allowed; a scope token (RFC 6749) is printable ASCII without '\"', '\\' or spaces");
    assertInvalidToken("a\\b", ScopeProblem.INVALID_CHARACTER,
        "character '\\' at index 1 is not allowed; a scope token (RFC 6749) is printable ASCII without '\"', '\\' or spaces");
    assertInvalidToken("a\tb", ScopeProblem.CONTROL_CHARACTER, "control character U+0009 at index 1; scopes have none");
    assertInvalidToken("a\u007f", ScopeProblem.CONTROL_CHARACTER, "control character U+007F at index 1; scopes have none");
    assertInvalidToken("\u043ekta", ScopeProblem.NOT_ASCII, "character U+043E at index 0 is not ASCII; scopes are ASCII only");
  }

  private static void assertInvalidToken(String text, ScopeProblem problem, String reason) {
    assertThatThrownBy(() -> Scope.token(text)).isInstanceOf(InvalidScopeException.class).satisfies(t -> {
      InvalidScopeException e = (InvalidScopeException) t;
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.input()).isEqualTo(text);
    });
  }

  @Test
  void anOpaqueCatalogParsesExactlyAndSuggestsOnTypos() {
    assertThat(XERO.grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(XERO.parse("openid")).isSameAs(XERO.scopes().get(0));
    assertThat(XERO.families()).isEmpty();
    assertThat(XERO.family("accounting")).isEmpty();
    assertThat(XERO.knownScopes()).isEqualTo(XERO.scopes()).hasSize(11);
    assertThat(XERO.toString()).isEqualTo("ScopeCatalog[scope tokens, 11 scopes, 3 implications]");
    assertThat(XERO.description(Scope.token("openid"))).contains("Grant read-only access to your open id");
    assertThat(XERO.description(Scope.token("nope"))).isEmpty();
    assertThat(XERO.description(Scope.parse("workflow:read"))).isEmpty();
    assertThat(XERO.contains(Scope.token("email"))).isTrue();
    assertThat(XERO.contains(Scope.token("Email"))).isFalse();
    assertThatThrownBy(() -> XERO.parse("Accounting.Transactions.read"))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessage("Invalid scope \"Accounting.Transactions.read\": the catalog declares no such scope"
            + " (did you mean \"accounting.transactions.read\"?)");
    assertThatThrownBy(() -> XERO.parse("accounting.transactions.raed"))
        .hasMessage("Invalid scope \"accounting.transactions.raed\": the catalog declares no such scope"
            + " (did you mean \"accounting.transactions.read\"?)");
    assertThatThrownBy(() -> XERO.parse("payroll.employees"))
        .hasMessage("Invalid scope \"payroll.employees\": the catalog declares no such scope");
    assertThatThrownBy(() -> XERO.parse("accounting transactions"))
        .hasMessage("Invalid scope \"accounting transactions\": space at index 10; a scope has no whitespace"
            + " (did you mean \"accounting.transactions\"?)");
    assertThatThrownBy(() -> XERO.requirement(List.of(Scope.parse("workflow:read"))))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessage("Invalid scope \"workflow:read\": it is a family:verb scope; the catalog declares scope tokens");
    assertThatThrownBy(() -> SIGNSTACK.grant(List.of(Scope.token("workflow:read"))))
        .hasMessage("Invalid scope \"workflow:read\": it is a scope token (RFC 6749); the catalog declares family:verb scopes");
    assertThat(SIGNSTACK.contains(Scope.token("workflow:read"))).isFalse();
    assertThat(SIGNSTACK.parseClaim("workflow:read").covers(Scope.token("workflow:read"))).isFalse();
  }

  @Test
  void theLenientPathGrantsOnlyExactDeclaredTokens() {
    Requirement read = XERO.requirement("accounting.reports.read");
    for (String near : List.of("Accounting.reports.read", "accounting.reports.read.", "accounting.reports.rea",
        "accounting.reports.read\t", "accounting.reports.r\u0435ad", "\"accounting.reports.read\"", "accounting.reports.*")) {
      assertThat(read.check(near).allowed()).as(near).isFalse();
      assertThat(read.check(List.of(near)).allowed()).as(near).isFalse();
      assertThat(XERO.parseClaim(near).isEmpty()).as(near).isTrue();
    }
    GrantedScopes g = XERO.parseClaim("openid Openid accounting.reports.read. email");
    assertThat(g.entries()).extracting(Scope::toString).containsExactly("openid", "email");
    assertThat(g.ignored()).extracting(IgnoredEntry::text).containsExactly("Openid", "accounting.reports.read.");
    assertThat(g.ignored()).extracting(IgnoredEntry::problem).containsOnly(ScopeProblem.UNKNOWN_SCOPE);
    assertThat(g.ignored().get(0).reason()).isEqualTo("the catalog declares no such scope");
    assertThat(XERO.parseClaim("a\"b").ignored().get(0).problem()).isEqualTo(ScopeProblem.INVALID_CHARACTER);
    assertThat(read.check("openid  accounting.reports.read ")).isSameAs(Decision.allow());
  }

  // --- Catalog builders.

  @Test
  void buildersRefuseTheOtherGrammarsDeclarationsAndBadInput() {
    ScopeFamily files = ScopeFamily.builder("file", "File").verb("read", "r").build();
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).family(files))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A SCOPE_TOKEN catalog declares scopes with scope(text, description), not families; family file needs"
            + " a FAMILY_VERB catalog");
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB).scope("openid", "o"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A FAMILY_VERB catalog declares families with family(ScopeFamily); scope(text, description) is for"
            + " SCOPE_TOKEN catalogs");
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).scope("openid", "o").scope("openid", "again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate scope openid in catalog");
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).scope("openid", " "))
        .hasMessage("The description of openid is blank");
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).scope("open id", "o"))
        .isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB).family(files).family(files))
        .hasMessage("Duplicate family file in catalog");
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).implies("a"))
        .hasMessage("implies(a) names no granted scope");
    assertThatThrownBy(() -> tokens("alpha", "beta").implies("alpha", "betta").build())
        .isInstanceOf(InvalidScopeException.class)
        .hasMessage("Invalid scope \"betta\": the catalog declares no such scope (did you mean \"beta\"?)");
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB)
            .family(ScopeFamily.builder("workflow", "W").verb("read", "r").wildcard("all").build())
            .implies("workflow:*", "workflow:read")
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The wildcard workflow:* cannot declare implications: it grants every workflow verb; declare them on a"
            + " concrete scope");
  }

  @Test
  void anImplicationCycleIsAnErrorThatNamesTheCycle() {
    String why = ": the scopes of a cycle grant each other, so they would be equivalent; declare one scope, or imply in one"
        + " direction";
    assertThatThrownBy(() -> tokens("a", "b", "c").implies("a", "b").implies("b", "c").implies("c", "a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Implication cycle a -> b -> c -> a" + why);
    assertThatThrownBy(() -> tokens("a").implies("a", "a").build()).hasMessage("Implication cycle a -> a" + why);
    // A verb that implies its own family's wildcard: the wildcard grants the verb back.
    assertThatThrownBy(() -> ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB)
            .family(ScopeFamily.builder("workflow", "W").verb("read", "r").verb("create", "c").wildcard("all").build())
            .implies("workflow:create", "workflow:*")
            .build())
        .hasMessage("Implication cycle workflow:create -> workflow:* -> workflow:create" + why);
    // A diamond is no cycle.
    ScopeCatalog diamond = tokens("a", "b", "c", "d").implies("a", "b", "c").implies("b", "d").implies("c", "d").build();
    assertThat(diamond.expand(diamond.parse("a"))).extracting(Scope::toString).containsExactly("a", "b", "c", "d");
  }

  private static ScopeCatalog.Builder tokens(String... texts) {
    ScopeCatalog.Builder b = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN);
    for (String t : texts) {
      b.scope(t, "Scope " + t);
    }
    return b;
  }

  // --- Implications.

  @Test
  void implicationsAreClosedTransitivelyAndGrantNothingBackwards() {
    ScopeCatalog chain = tokens("admin", "write", "read", "other").implies("admin", "write").implies("write", "read").build();
    assertThat(chain.expand(chain.parse("admin"))).extracting(Scope::toString).containsExactly("admin", "write", "read");
    assertThat(chain.expand(chain.parse("read"))).extracting(Scope::toString).containsExactly("read");
    assertThat(chain.implications()).containsExactly(
        Map.entry(chain.parse("admin"), List.of(chain.parse("write"))),
        Map.entry(chain.parse("write"), List.of(chain.parse("read"))));
    Requirement read = chain.requirement("read");
    Requirement admin = chain.requirement("admin");
    assertThat(read.check("admin")).isSameAs(Decision.allow());
    assertThat(read.check(List.of("write"))).isSameAs(Decision.allow());
    assertThat(chain.parseClaim("admin").covers(read)).isTrue();
    // Requiring admin is never satisfied by what admin implies.
    assertThat(admin.check("write read").missing()).extracting(Scope::toString).containsExactly("admin");
    assertThat(chain.parseClaim("write read other").covers(admin)).isFalse();
    assertThat(chain.grant(chain.parseAll("admin")).expanded()).extracting(Scope::toString)
        .containsExactly("admin", "write", "read");
    assertThat(chain.parseClaim("admin").covers(chain.parse("read"))).isTrue();
    assertThat(chain.parseClaim("read").covers(chain.parse("admin"))).isFalse();
  }

  @Test
  void aWildcardIsTheBuiltInImplicationAndImplicationsMayGrantWildcards() {
    ScopeCatalog catalog = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB)
        .family(SIGNSTACK.family("workflow").orElseThrow())
        .family(SIGNSTACK.family("file").orElseThrow())
        .family(ScopeFamily.builder("admin", "Admin").verb("all", "Everything about workflows").build())
        .implies("admin:all", "workflow:*")
        .implies("workflow:update", "workflow:read", "file:read")
        .build();
    assertThat(catalog.toString()).isEqualTo("ScopeCatalog[3 families, 7 scopes, 3 implications]");
    assertThat(catalog.expand(catalog.parse("admin:all"))).extracting(Scope::toString)
        .containsExactly("workflow:read", "workflow:create", "workflow:update", "workflow:execute", "file:read", "admin:all");
    // The wildcard grants what its verbs imply.
    assertThat(catalog.expand(catalog.parse("workflow:*"))).extracting(Scope::toString)
        .containsExactly("workflow:read", "workflow:create", "workflow:update", "workflow:execute", "file:read");
    Requirement all = catalog.requirement("workflow:*");
    assertThat(all.check("admin:all")).isSameAs(Decision.allow());
    assertThat(all.check("workflow:create workflow:update workflow:execute")).isSameAs(Decision.allow());
    assertThat(all.check("workflow:create workflow:execute").missing()).extracting(Scope::toString).containsExactly("workflow:*");
    assertThat(catalog.requirement("file:read").check("workflow:update")).isSameAs(Decision.allow());
    assertThat(catalog.requirement("file:read").check("file:upload").allowed()).isFalse();
  }

  @Test
  void redundancyFollowsImplications() {
    List<Scope> list = XERO.parseAll("accounting.transactions.read openid accounting.transactions openid");
    assertThat(XERO.redundancies(list)).extracting(Redundancy::toString).containsExactly(
        "accounting.transactions.read at 0: accounting.transactions.read is redundant: accounting.transactions grants it",
        "openid at 3: openid is redundant: it repeats an earlier entry");
    assertThat(XERO.minimize(list)).extracting(Scope::toString).containsExactly("openid", "accounting.transactions");
    // The family wildcard is preferred as the cover when the list has it.
    ScopeCatalog catalog = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB)
        .family(SIGNSTACK.family("workflow").orElseThrow())
        .family(ScopeFamily.builder("admin", "Admin").verb("all", "Everything").build())
        .implies("admin:all", "workflow:*")
        .build();
    assertThat(catalog.redundancies(catalog.parseAll("admin:all workflow:read workflow:*")))
        .extracting(Redundancy::toString).containsExactly(
            "workflow:read at 1: workflow:read is redundant: workflow:* grants every workflow verb",
            "workflow:* at 2: workflow:* is redundant: admin:all grants it");
    assertThat(catalog.minimize(catalog.parseAll("workflow:read workflow:* admin:all"))).extracting(Scope::toString)
        .containsExactly("admin:all");
  }

  // --- Alternatives.

  @Test
  void aRuleAllowsWhenAnyAlternativeIsCovered() {
    AccessRule invoices = AccessRule.anyOf(XERO.requirement("accounting.transactions"), XERO.requirement("accounting.transactions.read"));
    assertThat(invoices.check("openid accounting.transactions.read")).isSameAs(Decision.allow());
    assertThat(invoices.check("accounting.transactions")).isSameAs(Decision.allow());
    assertThat(invoices.check(List.of("accounting.transactions.read"))).isSameAs(Decision.allow());
    assertThat(invoices.checkClaim("email accounting.transactions.read")).isSameAs(Decision.allow());
    assertThat(XERO.parseClaim("accounting.transactions.read").covers(invoices)).isTrue();
    assertThat(XERO.parseClaim("accounting.transactions.read").check(invoices)).isSameAs(Decision.allow());
    Decision denied = invoices.check("openid email");
    assertThat(denied.message()).contains("Token lacks required scope: accounting.transactions");
    assertThat(denied.missing()).extracting(Scope::toString).containsExactly("accounting.transactions");
    assertThat(denied.required()).extracting(Scope::toString).containsExactly("accounting.transactions");
    assertThat(XERO.parseClaim("openid email").check(invoices)).isEqualTo(denied);
    assertThat(invoices.alternatives()).hasSize(2);
    assertThat(invoices.catalog()).isSameAs(XERO);
    assertThat(invoices.toString()).isEqualTo("AccessRule[accounting.transactions | accounting.transactions.read]");
  }

  @Test
  void aDenialReportsTheClosestAlternativeFirstDeclaredOnATie() {
    AccessRule rule = AccessRule.anyOf(
        SIGNSTACK.requirement("workflow:read", "workflow:create", "file:read"),
        SIGNSTACK.requirement("workflow:*"),
        SIGNSTACK.requirement("api-key:read", "file:upload"));
    // Missing 2, 1 and 1: the second alternative is closest and declared first of the two.
    Decision d = rule.check("workflow:read api-key:read");
    assertThat(d.missing()).extracting(Scope::toString).containsExactly("workflow:*");
    assertThat(d.required()).extracting(Scope::toString).containsExactly("workflow:*");
    assertThat(d.message()).contains("Token lacks required scope: workflow:*");
    assertThat(SIGNSTACK.parseClaim("workflow:read api-key:read").check(rule)).isEqualTo(d);
    assertThat(rule.check(List.of("workflow:read", "api-key:read"))).isEqualTo(d);
    // Missing 1, 1 and 2: the first alternative.
    Decision first = rule.check("workflow:read workflow:create");
    assertThat(first.missing()).extracting(Scope::toString).containsExactly("file:read");
    assertThat(first.required()).extracting(Scope::toString).containsExactly("workflow:read", "workflow:create", "file:read");
    // Nothing granted: every alternative misses everything; the second misses fewest (one).
    assertThat(rule.checkClaim(null).missing()).extracting(Scope::toString).containsExactly("workflow:*");
    assertThat(rule.check("workflow:* ")).isSameAs(Decision.allow());
    assertThat(rule.check("file:upload api-key:read")).isSameAs(Decision.allow());
  }

  @Test
  void aRuleOfOneRequirementAnswersExactlyAsTheRequirement() {
    Requirement r = SIGNSTACK.requirement("workflow:update", "file:read");
    AccessRule rule = AccessRule.of(r);
    for (String claim : List.of("", "workflow:read file:read", "workflow:* file:read", "file:*", "x".repeat(70_000))) {
      assertThat(rule.check(claim)).isEqualTo(r.check(claim));
      assertThat(rule.check(ReferenceSplit.of(claim))).isEqualTo(r.check(ReferenceSplit.of(claim)));
      assertThat(rule.checkClaim(claim)).isEqualTo(r.checkClaim(claim));
      assertThat(SIGNSTACK.parseClaim(claim).check(rule)).isEqualTo(SIGNSTACK.parseClaim(claim).check(r));
    }
    assertThat(rule.check("workflow:read").required()).isEqualTo(r.scopes());
    assertThat(AccessRule.anyOf(List.of(r))).isEqualTo(rule);
    assertThat(AccessRule.anyOf(r)).isEqualTo(rule).hasSameHashCodeAs(rule);
    assertThat(AccessRule.anyOf(r, SIGNSTACK.requirement("file:read"))).isNotEqualTo(rule);
  }

  /** Splits like the oracle, so the list form of a claim holds the same entries. */
  private static final class ReferenceSplit {
    static List<String> of(String claim) {
      return dev.scopegate.testing.ReferenceOracle.entries(claim);
    }
  }

  @Test
  void rulesRefuseEmptyAndMixedCatalogs() {
    assertThatThrownBy(() -> AccessRule.anyOf(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An access rule needs at least one alternative");
    assertThatThrownBy(() -> AccessRule.anyOf(SIGNSTACK.requirement("file:read"), XERO.requirement("openid")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The alternatives of an access rule must share one catalog: Requirement[file:read] was compiled against"
            + " ScopeCatalog[5 families, 13 scopes], Requirement[openid] against ScopeCatalog[scope tokens, 11 scopes, 3"
            + " implications]");
    AccessRule xero = AccessRule.of(XERO.requirement("openid"));
    assertThatThrownBy(() -> SIGNSTACK.parseClaim("file:read").covers(xero))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was compiled against ScopeCatalog[scope tokens");
  }

  @Test
  void anAlternativeThatRequiresNothingAllowsEverything() {
    AccessRule open = AccessRule.anyOf(SIGNSTACK.requirement("workflow:read"), SIGNSTACK.requirement());
    assertThat(open.check("")).isSameAs(Decision.allow());
    assertThat(open.check(List.of())).isSameAs(Decision.allow());
    assertThat(open.checkClaim(null)).isSameAs(Decision.allow());
    assertThat(SIGNSTACK.parseClaim("").covers(open)).isTrue();
    assertThat(SIGNSTACK.requirement().checkClaim(42)).isSameAs(Decision.allow());
  }

  @Test
  void theThreeClaimStrategiesAgree() {
    // Over 64 concrete scopes (wide), more than eight granting texts (scan), few texts (search).
    ScopeCatalog big = ScopeArbitraries.catalog(Collections.nCopies(10, 10), List.of(true));
    List<String> fams = new ArrayList<>();
    big.families().forEach(f -> fams.add(f.name()));
    Requirement wide = big.requirement(big.scopes().subList(0, 70));
    Requirement scan = big.requirement(fams.get(0) + ":*", fams.get(1) + ":read");
    Requirement search = big.requirement(fams.get(2) + ":read");
    AccessRule rule = AccessRule.anyOf(wide, scan, search);
    String claim = fams.get(0) + ":* " + fams.get(1) + ":create";
    Decision d = rule.check(claim);
    assertThat(d.missing()).extracting(Scope::toString).containsExactly(fams.get(1) + ":read");
    assertThat(d).isEqualTo(big.parseClaim(claim).check(rule)).isEqualTo(rule.check(List.of(claim.split(" "))));
    assertThat(scan.check(claim)).isEqualTo(d);
    assertThat(rule.check(claim + " " + fams.get(1) + ":read")).isSameAs(Decision.allow());
    assertThat(rule.check(fams.get(2) + ":*")).isSameAs(Decision.allow());
    assertThat(wide.check(String.join(" ", texts(big.scopes())))).isSameAs(Decision.allow());
    assertThat(AccessRule.anyOf(wide, wide).check("").missing()).hasSize(70);
    assertThat(AccessRule.anyOf(wide, wide).checkClaim(7).required()).hasSize(70);
    assertThat(wide.checkClaim(null).missing()).hasSize(70);
    assertThat(AccessRule.anyOf(scan, search).check(List.of("x".repeat(70_000))).missing())
        .extracting(Scope::toString).containsExactly(fams.get(2) + ":read");
    assertThat(AccessRule.anyOf(scan, search).check("x".repeat(70_000)).allowed()).isFalse();
    assertThat(AccessRule.anyOf(search, scan).check(new LinkedList<>(List.of(fams.get(0) + ":*", 7, fams.get(1) + ":read"))))
        .isSameAs(Decision.allow());
  }

  @Test
  void theStrategyIsChosenByHowManyTextsGrantTheRuleAndHowManyScopesItSpans() {
    assertThat(SIGNSTACK.requirement("workflow:create").claimCheck).isInstanceOf(SearchCheck.class);
    // workflow:* (four verbs and the wildcard), api-key:read and api-key:*, embed-token:create: eight texts.
    Requirement eight = SIGNSTACK.requirement("workflow:*", "api-key:read", "embed-token:create");
    assertThat(eight.claimCheck).isInstanceOf(SearchCheck.class);
    assertThat(((LocalCheck) eight.claimCheck).layout.texts).hasSize(ClaimCheck.SEARCH_LIMIT);
    Requirement nine = SIGNSTACK.requirement("workflow:*", "api-key:read", "embed-token:create", "file:read");
    assertThat(nine.claimCheck).isInstanceOf(ScanCheck.class);
    assertThat(SIGNSTACK.requirement().claimCheck).isInstanceOf(AlwaysAllowed.class);
    ScopeCatalog big = ScopeArbitraries.catalog(Collections.nCopies(10, 10), List.of(false));
    assertThat(big.requirement(big.scopes().subList(0, 64)).claimCheck).isInstanceOf(ScanCheck.class);
    assertThat(big.requirement(big.scopes().subList(0, 65)).claimCheck).isInstanceOf(WideCheck.class);
    // The required scopes' own texts come first, in catalog order, then the others that grant them.
    assertThat(((LocalCheck) eight.claimCheck).layout.texts).containsExactly(
        "api-key:read", "embed-token:create", "workflow:read", "workflow:create", "workflow:update", "workflow:execute",
        "api-key:*", "workflow:*");
    assertThat(((LocalCheck) XERO.requirement("accounting.transactions.read").claimCheck).layout.texts)
        .containsExactly("accounting.transactions.read", "accounting.transactions");
  }

  // --- The raw claim value.

  @Test
  void checkClaimTakesTheValueAsAJsonMapHoldsItAndNeverThrows() {
    Requirement create = SIGNSTACK.requirement("workflow:create");
    assertThat(create.checkClaim("workflow:read workflow:create")).isSameAs(Decision.allow());
    assertThat(create.checkClaim(List.of("workflow:create"))).isSameAs(Decision.allow());
    assertThat(create.checkClaim(Arrays.asList(null, 42, "workflow:*"))).isSameAs(Decision.allow());
    for (Object value : Arrays.asList(null, 42, 4.2, true, Map.of("scope", "workflow:create"), new String[] {"workflow:create"},
        new Object(), "", List.of())) {
      Decision d = create.checkClaim(value);
      assertThat(d.allowed()).as(String.valueOf(value)).isFalse();
      assertThat(d.message()).contains("Token lacks required scope: workflow:create");
    }
    Requirement two = SIGNSTACK.requirement("workflow:create", "file:read");
    assertThat(two.checkClaim(null).missing()).extracting(Scope::toString).containsExactly("workflow:create", "file:read");
    assertThat(two.checkClaim(null).required()).isEqualTo(two.scopes());
  }

  // --- Decisions.

  @Test
  void aDenialCarriesTheRequirementsScopes() {
    Requirement r = SIGNSTACK.requirement("workflow:update", "file:read", "workflow:update");
    Decision d = r.check("file:read");
    assertThat(d.required()).extracting(Scope::toString).containsExactly("workflow:update", "file:read");
    assertThat(d.missing()).extracting(Scope::toString).containsExactly("workflow:update");
    assertThat(SIGNSTACK.parseClaim("file:read").check(r)).isEqualTo(d);
    assertThat(Decision.allow().required()).isEmpty();
    Decision plain = Decision.deny(List.of(Scope.parse("workflow:update")));
    assertThat(plain.required()).isEqualTo(plain.missing());
    assertThat(plain).isNotEqualTo(d);
    assertThat(SIGNSTACK.requirement("workflow:update").check("")).isEqualTo(plain);
  }

  // --- Interned catalogs.

  @Test
  void equalCatalogsAreOneInstance() {
    ScopeCatalog twin = TestCatalogs.signstackLike();
    assertThat(twin).isSameAs(SIGNSTACK);
    assertThat(ScopeCatalog.of(SIGNSTACK.families())).isSameAs(SIGNSTACK);
    ScopeCatalog.Builder b = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB);
    SIGNSTACK.families().forEach(b::family);
    assertThat(b.build()).isSameAs(SIGNSTACK);
    assertThat(TestCatalogs.xeroLike()).isSameAs(XERO);
    assertThat(twin.requirement("workflow:read").word0Catalog).isSameAs(SIGNSTACK);
    // Different implications, order or grammar make different catalogs.
    assertThat(tokens("a", "b").build()).isNotEqualTo(tokens("b", "a").build());
    assertThat(tokens("a", "b").implies("a", "b").build()).isNotEqualTo(tokens("a", "b").build());
    assertThat(tokens("a", "b", "c").implies("a", "b", "c").build()).isSameAs(tokens("a", "b", "c").implies("a", "c", "b").build());
    assertThat(tokens("a").build().hashCode()).isEqualTo(tokens("a").build().hashCode());
    assertThat(ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).build()).isNotEqualTo(ScopeCatalog.of());
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>();
    scopes.forEach(s -> out.add(s.toString()));
    return out;
  }
}
