package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.internal.ClaimSplitter;
import dev.scopegate.testing.ScopeArbitraries;
import dev.scopegate.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour the README promises, one example at a time. */
class EngineTest {
  private static final ScopeCatalog CATALOG = TestCatalogs.signstackLike();

  @Test
  void denialNamesTheFirstMissingScopeExactly() {
    Decision d = CATALOG.requirement("workflow:create").check("workflow:read");
    assertThat(d.allowed()).isFalse();
    assertThat(d.message()).contains("Token lacks required scope: workflow:create");
    assertThat(d.missing()).containsExactly(Scope.parse("workflow:create"));
  }

  @Test
  void missingScopesAreReportedInDeclaredOrderWithDeclaredSpelling() {
    Requirement r = CATALOG.requirement("workflow:update", "file:read", "workflow:*", "api-key:read");
    Decision d = r.check("workflow:read file:read");
    assertThat(d.missing()).extracting(Scope::toString).containsExactly("workflow:update", "workflow:*", "api-key:read");
    assertThat(d.message()).contains("Token lacks required scope: workflow:update");
    assertThat(CATALOG.parseClaim("workflow:read file:read").check(r)).isEqualTo(d);
  }

  @Test
  void allRequiredScopesMustBeCovered() {
    Requirement r = CATALOG.requirement("workflow:read", "file:read");
    assertThat(r.check("workflow:read").allowed()).isFalse();
    assertThat(r.check("file:read").allowed()).isFalse();
    assertThat(r.check("file:read workflow:read").allowed()).isTrue();
  }

  @Test
  void aRequiredWildcardIsCoveredByTheWildcardOrByEveryVerbOneByOne() {
    Requirement all = CATALOG.requirement("workflow:*");
    assertThat(all.check("workflow:*").allowed()).isTrue();
    assertThat(all.check("workflow:read workflow:create workflow:update workflow:execute").allowed()).isTrue();
    Decision partial = all.check("workflow:read workflow:create workflow:update");
    assertThat(partial.message()).contains("Token lacks required scope: workflow:*");
  }

  @Test
  void aWildcardGrantsOnlyItsOwnFamily() {
    assertThat(CATALOG.requirement("workflow:read").check("namespace:*").allowed()).isFalse();
    assertThat(CATALOG.parseClaim("namespace:*").expanded())
        .extracting(Scope::toString)
        .containsExactly("namespace:read", "namespace:create", "namespace:update");
  }

  @Test
  void undeclaredWildcardsGrantNothingAndAreReported() {
    GrantedScopes g = CATALOG.parseClaim("file:* embed-token:*");
    assertThat(g.isEmpty()).isTrue();
    assertThat(g.ignored()).extracting(IgnoredEntry::problem)
        .containsExactly(ScopeProblem.WILDCARD_NOT_SUPPORTED, ScopeProblem.WILDCARD_NOT_SUPPORTED);
    assertThat(CATALOG.requirement("file:read").check("file:*").allowed()).isFalse();
  }

  @Test
  void claimSeparatorIsOnlyTheSpaceCharacter() {
    GrantedScopes g = CATALOG.parseClaim("  workflow:read   file:read workflow:create\tworkflow:update\nfile:upload  ");
    assertThat(g.entries()).extracting(Scope::toString).containsExactly("workflow:read", "file:read");
    assertThat(g.ignored()).singleElement().satisfies(e -> {
      assertThat(e.text()).isEqualTo("workflow:create\tworkflow:update\nfile:upload");
      assertThat(e.position()).isEqualTo(2);
      assertThat(e.problem()).isEqualTo(ScopeProblem.CONTROL_CHARACTER);
    });
    assertThat(CATALOG.requirement("workflow:create").check("workflow:create\tworkflow:update").allowed()).isFalse();
  }

  @Test
  void ignoredEntriesAreReportedInClaimOrderWithPositions() {
    GrantedScopes g = CATALOG.parseClaim("workflow:read file:* Workflow:create workflow:r\u0435ad foo:bar workflow:read");
    assertThat(g.ignored()).extracting(IgnoredEntry::text)
        .containsExactly("file:*", "Workflow:create", "workflow:r\u0435ad", "foo:bar");
    assertThat(g.ignored()).extracting(IgnoredEntry::position).containsExactly(1, 2, 3, 4);
    assertThat(g.ignored()).extracting(IgnoredEntry::problem).containsExactly(
        ScopeProblem.WILDCARD_NOT_SUPPORTED, ScopeProblem.UPPERCASE, ScopeProblem.NOT_ASCII, ScopeProblem.UNKNOWN_FAMILY);
    assertThat(g.ignored().get(0).reason()).isEqualTo("the file family declares no wildcard");
    assertThat(g.entries()).extracting(Scope::toString).containsExactly("workflow:read");
  }

  @Test
  void listClaimsTakeEachElementWholeAndIgnoreNonStrings() {
    List<Object> claim = Arrays.asList("workflow:read", null, 42, "file:read workflow:create", "workflow:create");
    GrantedScopes g = CATALOG.parseClaim(claim);
    assertThat(g.entries()).extracting(Scope::toString).containsExactly("workflow:read", "workflow:create");
    assertThat(g.ignored()).extracting(IgnoredEntry::problem)
        .containsExactly(ScopeProblem.NOT_A_STRING, ScopeProblem.NOT_A_STRING, ScopeProblem.WHITESPACE);
    assertThat(g.ignored()).extracting(IgnoredEntry::position).containsExactly(1, 2, 3);
    assertThat(g.ignored().get(0).reason()).isEqualTo("the entry is null, not a string");
    assertThat(g.ignored().get(1).reason()).isEqualTo("the entry is a java.lang.Integer, not a string");
    assertThat(CATALOG.requirement("file:read").check(claim).allowed()).isFalse();
    assertThat(CATALOG.requirement("workflow:create").check(claim).allowed()).isTrue();
  }

  @Test
  void listClaimsThatAreNotRandomAccessReadTheSame() {
    java.util.LinkedList<Object> claim = new java.util.LinkedList<>(List.of("file:*", "workflow:read", "file:read"));
    claim.add(1, 7);
    assertThat(CATALOG.requirement("workflow:read", "file:read").check(claim)).isSameAs(Decision.allow());
    assertThat(CATALOG.requirement("file:upload").check(claim).missing()).extracting(Scope::toString).containsExactly("file:upload");
    assertThat(CATALOG.parseClaim(claim)).isEqualTo(CATALOG.parseClaim(new ArrayList<>(claim)));
    java.util.LinkedList<String> huge = new java.util.LinkedList<>(Collections.nCopies(ScopeCatalog.MAX_CLAIM_LENGTH / 9, "file:read"));
    assertThat(CATALOG.requirement("file:read").check(huge).allowed()).isFalse();
  }

  @Test
  void wholeEntrySearchMatchesOnlyWholeEntries() {
    assertThat(ClaimSplitter.containsEntry("workflow:read", "workflow:read")).isTrue();
    assertThat(ClaimSplitter.containsEntry("a:b workflow:read", "workflow:read")).isTrue();
    assertThat(ClaimSplitter.containsEntry("workflow:read a:b", "workflow:read")).isTrue();
    assertThat(ClaimSplitter.containsEntry("  workflow:read  ", "workflow:read")).isTrue();
    assertThat(ClaimSplitter.containsEntry("xworkflow:read workflow:readx workflow:read", "workflow:read")).isTrue();
    assertThat(ClaimSplitter.containsEntry("xworkflow:read workflow:readx", "workflow:read")).isFalse();
    assertThat(ClaimSplitter.containsEntry("workflow:read\tfile:read", "workflow:read")).isFalse();
    assertThat(ClaimSplitter.containsEntry("file:read\nworkflow:read", "workflow:read")).isFalse();
    assertThat(ClaimSplitter.containsEntry("workflow:rea", "workflow:read")).isFalse();
    assertThat(ClaimSplitter.containsEntry("", "workflow:read")).isFalse();

    // Longer than 16 characters: searched by the tail, then checked whole.
    String manage = "okta.users.manage"; // 17: head "o", tail "kta.users.manage"
    assertThat(ClaimSplitter.searchTail(manage)).isEqualTo("kta.users.manage");
    assertThat(ClaimSplitter.searchTail("workflow:readable")).isEqualTo("orkflow:readable");
    assertThatThrownBy(() -> ClaimSplitter.searchTail("okta.users.read1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"okta.users.read1\" is searched whole; only an entry longer than 16 characters has a tail");
    String tail = ClaimSplitter.searchTail(manage);
    for (boolean byTail : new boolean[] {false, true}) {
      java.util.function.BiPredicate<String, String> contains =
          byTail ? (text, e) -> ClaimSplitter.containsEntry(text, e, ClaimSplitter.searchTail(e)) : ClaimSplitter::containsEntry;
      assertThat(contains.test(manage, manage)).isTrue();
      assertThat(contains.test("kta.users.manage", manage)).as("the tail alone, at the start").isFalse();
      assertThat(contains.test("a kta.users.manage", manage)).as("the tail alone, after a space").isFalse();
      assertThat(contains.test("xkta.users.manage okta.users.manage", manage)).isTrue();
      assertThat(contains.test("Okta.users.manage", manage)).as("the head differs").isFalse();
      assertThat(contains.test("xokta.users.manage", manage)).isFalse();
      assertThat(contains.test("okta.users.manager okta.users.manage.", manage)).isFalse();
      assertThat(contains.test("okta.users.manager  okta.users.manage ", manage)).isTrue();
      String url = "https://www.googleapis.com/auth/drive.readonly";
      assertThat(contains.test("openid " + url, url)).isTrue();
      assertThat(contains.test("openid http://www.googleapis.com/auth/drive.readonly", url)).isFalse();
    }
    assertThat(tail).isEqualTo("kta.users.manage");
    Requirement two = CATALOG.requirement("workflow:read", "file:read");
    assertThat(two.check("file:read workflow:*")).isSameAs(Decision.allow());
    assertThat(two.check("file:read workflow:*x").missing()).extracting(Scope::toString).containsExactly("workflow:read");
    assertThat(two.check("file:* workflow:read").missing()).extracting(Scope::toString).containsExactly("file:read");
    Requirement one = CATALOG.requirement("workflow:create");
    assertThat(one.check("workflow:read")).isSameAs(one.check("")).isSameAs(CATALOG.parseClaim("").check(one));
  }

  @Test
  void anOverLongClaimGrantsNothingAtAll() {
    String good = "workflow:read ";
    String claim = good.repeat(ScopeCatalog.MAX_CLAIM_LENGTH / good.length() + 1);
    assertThat(claim.length()).isGreaterThan(ScopeCatalog.MAX_CLAIM_LENGTH);
    GrantedScopes g = CATALOG.parseClaim(claim);
    assertThat(g.isEmpty()).isTrue();
    assertThat(g.ignored()).singleElement().satisfies(e -> {
      assertThat(e.problem()).isEqualTo(ScopeProblem.CLAIM_TOO_LONG);
      assertThat(e.reason()).isEqualTo("the claim is " + claim.length() + " characters long; a claim has at most 65536");
    });
    assertThat(CATALOG.requirement("workflow:read").check(claim).allowed()).isFalse();
    List<String> list = Collections.nCopies(ScopeCatalog.MAX_CLAIM_LENGTH / 13 + 1, "workflow:read");
    assertThat(CATALOG.requirement("workflow:read").check(list).allowed()).isFalse();
    assertThat(CATALOG.parseClaim(list).isEmpty()).isTrue();
    String justFits = "workflow:read" + " ".repeat(ScopeCatalog.MAX_CLAIM_LENGTH - 13);
    assertThat(CATALOG.requirement("workflow:read").check(justFits).allowed()).isTrue();
    assertThatThrownBy(() -> CATALOG.parseAll(claim))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessageContaining("a claim has at most 65536");
  }

  @Test
  void anEmptyRequirementIsCoveredByAnything() {
    Requirement none = CATALOG.requirement();
    assertThat(none.check("").allowed()).isTrue();
    assertThat(CATALOG.parseClaim("").covers(none)).isTrue();
    assertThat(none.scopes()).isEmpty();
  }

  @Test
  void requirementsKeepDeclaredOrderWithoutRepeats() {
    Requirement r = CATALOG.requirement("file:read", "workflow:read", "file:read");
    assertThat(r.scopes()).extracting(Scope::toString).containsExactly("file:read", "workflow:read");
    assertThat(r.toString()).isEqualTo("Requirement[file:read, workflow:read]");
  }

  @Test
  void strictEntryPointsReturnTheCatalogsOwnInstances() {
    Scope read = CATALOG.scopes().get(0);
    assertThat(CATALOG.parse("namespace:read")).isSameAs(read);
    assertThat(CATALOG.parseAll("namespace:read  namespace:read").get(1)).isSameAs(read);
    assertThat(CATALOG.parseAll(List.of("namespace:read")).get(0)).isSameAs(read);
    assertThat(CATALOG.parseAll("")).isEmpty();
  }

  @Test
  void grantingAndDescribingDeclaredScopes() {
    GrantedScopes key = CATALOG.grant(CATALOG.parseAll("workflow:* file:read workflow:read"));
    assertThat(key.entries()).extracting(Scope::toString).containsExactly("workflow:*", "file:read", "workflow:read");
    assertThat(key.ignored()).isEmpty();
    assertThat(key.covers(Scope.parse("workflow:execute"))).isTrue();
    assertThat(key.covers(Scope.parse("workflow:*"))).isTrue();
    assertThat(key.covers(Scope.parse("file:upload"))).isFalse();
    assertThat(key.covers(Scope.parse("file:*"))).isFalse();
    assertThat(key.covers(Scope.parse("nothing:here"))).isFalse();
    assertThat(CATALOG.description(Scope.parse("workflow:*"))).contains("All workflow verbs");
    assertThat(CATALOG.description(Scope.parse("file:read"))).contains("Download files (assets, rendered docs)");
    assertThat(CATALOG.description(Scope.parse("file:*"))).isEmpty();
    assertThat(CATALOG.description(Scope.parse("foo:bar"))).isEmpty();
    assertThat(CATALOG.expand(Scope.parse("api-key:*"))).extracting(Scope::toString)
        .containsExactly("api-key:read", "api-key:create", "api-key:delete");
    assertThat(CATALOG.expand(Scope.parse("file:read"))).extracting(Scope::toString).containsExactly("file:read");
    assertThatThrownBy(() -> CATALOG.expand(Scope.parse("file:*"))).isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> CATALOG.grant(List.of(Scope.parse("file:*"))))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessage("Invalid scope \"file:*\": the file family declares no wildcard; grant its scopes one by one: file:read, file:upload");
    assertThat(CATALOG.contains(Scope.parse("workflow:*"))).isTrue();
    assertThat(CATALOG.contains(Scope.parse("file:*"))).isFalse();
    assertThat(CATALOG.family("workflow").map(ScopeFamily::displayName)).contains("Workflow");
    assertThat(CATALOG.family("nope")).isEmpty();
    assertThat(CATALOG.knownScopes()).hasSize(16);
    assertThat(CATALOG.toString()).isEqualTo("ScopeCatalog[5 families, 13 scopes]");
  }

  @Test
  void catalogBuildersRejectWhatStrictParsingWouldReject() {
    String family = "f".repeat(100);
    assertThatThrownBy(() -> ScopeFamily.builder(family, "F").verb("v".repeat(50), "too long together"))
        .isInstanceOf(InvalidScopeException.class)
        .extracting(e -> ((InvalidScopeException) e).problem())
        .isEqualTo(ScopeProblem.TOO_LONG);
    assertThatThrownBy(() -> ScopeFamily.builder("f".repeat(127), "F"))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessage("Invalid scope \"" + "f".repeat(80) + "\"... (127 characters): the family is 127 characters long;"
            + " a family has at most 126 so that family:* fits: a scope has at most 128");
    assertThatThrownBy(() -> ScopeFamily.builder("Files", "F"))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessage("Invalid scope \"Files\": uppercase 'F' at index 0; scopes are lowercase");
    assertThatThrownBy(() -> ScopeFamily.builder("files", "F").verb("*", "all"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid verb \"*\" in family files: declare a wildcard with wildcard(description)");
    assertThatThrownBy(() -> ScopeFamily.builder("files", "F").verb("read", "r").verb("read", "again"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate scope files:read in family files");
    assertThatThrownBy(() -> ScopeFamily.builder("files", "F").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Family files has no verbs; a family needs at least one");
    assertThatThrownBy(() -> ScopeFamily.builder("files", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScopeFamily.builder("files", "F").verb("read", "r").wildcard("a").wildcard("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate wildcard files:* in family files");
    ScopeFamily files = ScopeFamily.builder("files", "F").verb("read", "r").build();
    assertThatThrownBy(() -> ScopeCatalog.of(files, files))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Duplicate family files in catalog");
  }

  @Test
  void redundanciesSayWhatAndWhy() {
    List<Scope> list = CATALOG.parseAll("workflow:read file:read workflow:* file:read workflow:* namespace:read");
    List<Redundancy> r = CATALOG.redundancies(list);
    assertThat(r).extracting(Redundancy::toString).containsExactly(
        "workflow:read at 0: workflow:read is redundant: workflow:* grants every workflow verb",
        "file:read at 3: file:read is redundant: it repeats an earlier entry",
        "workflow:* at 4: workflow:* is redundant: it repeats an earlier entry");
    assertThat(r.get(0).kind()).isEqualTo(Redundancy.Kind.SUBSUMED);
    assertThat(r.get(0).coveredBy()).isEqualTo(Scope.parse("workflow:*"));
    assertThat(CATALOG.minimize(list)).extracting(Scope::toString).containsExactly("file:read", "workflow:*", "namespace:read");
  }

  @Test
  void aDecisionCanBeEnforced() {
    Decision denied = CATALOG.requirement("workflow:create").check("");
    assertThatThrownBy(denied::throwIfDenied)
        .isInstanceOf(InsufficientScopeException.class)
        .hasMessage("Token lacks required scope: workflow:create")
        .satisfies(e -> assertThat(((InsufficientScopeException) e).decision()).isSameAs(denied));
    Decision.allow().throwIfDenied();
    assertThat(Decision.allow().message()).isEmpty();
    assertThat(Decision.allow().toString()).isEqualTo("Decision[allowed]");
    assertThat(denied.toString())
        .isEqualTo("Decision[denied: Token lacks required scope: workflow:create; missing [workflow:create]]");
    assertThatThrownBy(() -> Decision.deny(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InsufficientScopeException(Decision.allow())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAllowedPathReturnsTheSharedDecision() {
    Requirement r = CATALOG.requirement("workflow:read");
    assertThat(r.check("workflow:read")).isSameAs(Decision.allow());
    assertThat(r.check(List.of("workflow:*"))).isSameAs(Decision.allow());
    assertThat(CATALOG.parseClaim("workflow:read").check(r)).isSameAs(Decision.allow());
  }

  @Test
  void requirementsFromAnotherCatalogAreRejectedUnlessEqual() {
    ScopeCatalog other = ScopeCatalog.of(ScopeFamily.builder("workflow", "Workflow").verb("read", "Read").build());
    assertThatThrownBy(() -> CATALOG.parseClaim("workflow:read").covers(other.requirement("workflow:read")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was compiled against ScopeCatalog[1 families, 1 scopes]");
    ScopeCatalog twin = TestCatalogs.signstackLike();
    assertThat(CATALOG.parseClaim("workflow:read").covers(twin.requirement("workflow:read"))).isTrue();
  }

  @Test
  void catalogsLargerThanSixtyFourScopesWorkAcrossWords() {
    List<Integer> counts = new ArrayList<>(Collections.nCopies(10, 20));
    ScopeCatalog big = ScopeArbitraries.catalog(counts, List.of(true, false));
    assertThat(big.scopes()).hasSize(200);
    Scope last = big.scopes().get(199);
    Scope first = big.scopes().get(0);
    Scope middle = big.scopes().get(70);
    Requirement r = big.requirement(first.toString(), middle.toString(), last.toString());
    assertThat(r.check(first + " " + middle).missing()).containsExactly(last);
    assertThat(r.check(last + " " + middle + " " + first)).isSameAs(Decision.allow());
    String wildcardOfFamily2 = big.families().get(2).name() + ":*";
    Requirement family2 = big.requirement(wildcardOfFamily2);
    assertThat(big.families().get(2).scopes()).hasSize(20);
    assertThat(big.parseClaim(wildcardOfFamily2).expanded()).hasSize(20).containsExactlyElementsOf(big.families().get(2).scopes());
    assertThat(family2.check(wildcardOfFamily2).allowed()).isTrue();
    // A requirement spanning more than 64 scopes takes the granted-set path and still agrees.
    StringBuilder everything = new StringBuilder();
    for (ScopeFamily f : big.families()) {
      everything.append(f.wildcard().map(Scope::toString).orElse(String.join(" ", texts(f.scopes())))).append(' ');
    }
    Requirement huge = big.requirement(big.scopes());
    assertThat(huge.check(everything.toString())).isSameAs(Decision.allow());
    assertThat(huge.check(everything.toString().replace(last.toString(), "")).missing()).containsExactly(last);
    assertThat(huge.check(List.of(first.toString())).missing()).hasSize(199);
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.add(s.toString());
    }
    return out;
  }
}
