package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.AccessRule;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.catalog.SignstackScopes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The smallest grant for a set of rules, one alternative per rule: exact within its bound, checked against brute force. */
class LeastPrivilegeTest {
  private static final ScopeCatalog TOKENS = tokens(12);

  private static ScopeCatalog tokens(int n) {
    ScopeCatalog.Builder b = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN);
    for (int i = 0; i < n; i++) {
      b.scope("s" + i, "Scope " + i);
    }
    return b.build();
  }

  private static AccessRule rule(ScopeCatalog c, String... alternatives) {
    List<Requirement> list = new ArrayList<>();
    for (String a : alternatives) {
      list.add(a.isEmpty() ? c.requirement() : c.requirement(a.split(" ")));
    }
    return AccessRule.anyOf(list);
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>();
    scopes.forEach(s -> out.add(s.toString()));
    return out;
  }

  @Test
  void sharedAlternativesWinOverPerRuleCheapest() {
    // Greedy in order takes s0 for the first rule, then must add s2 and s3; the best is s1 alone... plus s4.
    List<AccessRule> rules = List.of(
        rule(TOKENS, "s0", "s1"),
        rule(TOKENS, "s2", "s1"),
        rule(TOKENS, "s3", "s1 s4"),
        rule(TOKENS, "s4", "s5 s6"));
    LeastPrivilege least = LeastPrivilege.of(TOKENS, rules);

    assertThat(texts(least.scopes())).containsExactly("s1", "s4");
    assertThat(least.chosen()).extracting(Object::toString)
        .containsExactly("Requirement[s1]", "Requirement[s1]", "Requirement[s1, s4]", "Requirement[s4]");
    assertThat(least.isExact()).isTrue();
    assertThat(least).hasToString("LeastPrivilege[s1, s4]");
  }

  @Test
  void forcedRulesPublicOnesAndAnyTokenCostNothingExtra() {
    List<AccessRule> rules = List.of(rule(TOKENS, "s7 s8"), rule(TOKENS, "s8", "s9"), rule(TOKENS, ""));
    LeastPrivilege least = LeastPrivilege.of(TOKENS, rules);
    assertThat(texts(least.scopes())).containsExactly("s7", "s8");
    assertThat(LeastPrivilege.of(TOKENS, List.of()).scopes()).isEmpty();
  }

  @Test
  void implicationsCountAsPrivilegeAndImpliedScopesAreNotListed() {
    ScopeCatalog xero = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
        .scope("accounting.transactions", "Read and write")
        .scope("accounting.transactions.read", "Read only")
        .implies("accounting.transactions", "accounting.transactions.read")
        .build();
    AccessRule list = rule(xero, "accounting.transactions", "accounting.transactions.read");
    AccessRule create = rule(xero, "accounting.transactions");

    // Listing invoices alone: the read-only scope grants less.
    assertThat(texts(LeastPrivilege.of(xero, List.of(list)).scopes())).containsExactly("accounting.transactions.read");
    // With creating them too, the read-write scope covers both and implies the read-only one.
    assertThat(texts(LeastPrivilege.of(xero, List.of(list, create)).scopes())).containsExactly("accounting.transactions");
  }

  @Test
  void wildcardsOnlyWhenAskedAndOnlyForCompleteFamilies() {
    ScopeCatalog c = SignstackScopes.CATALOG;
    List<AccessRule> rules = List.of(
        AccessRule.of(c.requirement("namespace:*")), AccessRule.of(c.requirement("api-key:read")));
    LeastPrivilege least = LeastPrivilege.of(c, rules);
    assertThat(texts(least.scopes()))
        .containsExactly("namespace:read", "namespace:create", "namespace:update", "api-key:read");
    assertThat(texts(least.scopesWithWildcards())).containsExactly("namespace:*", "api-key:read");
  }

  @Test
  void whenTheBoundCutsTheSearchShortTheAnswerStillCoversEveryRuleAndSaysSo() {
    List<AccessRule> rules = List.of(
        rule(TOKENS, "s0", "s1"),
        rule(TOKENS, "s2", "s1"),
        rule(TOKENS, "s3", "s1 s4"),
        rule(TOKENS, "s4", "s5 s6"));
    LeastPrivilege cut = LeastPrivilege.of(TOKENS, rules, 1);
    assertThat(cut.isExact()).isFalse();
    assertThat(cut).hasToString("LeastPrivilege" + cut.scopes() + " (not proven minimal)");
    Set<Scope> granted = new HashSet<>(cut.scopes());
    for (int r = 0; r < rules.size(); r++) {
      assertThat(granted).containsAll(cut.chosen().get(r).scopes());
    }
  }

  @Test
  void rulesOfAnotherCatalogAreRefused() {
    assertThatThrownBy(() -> LeastPrivilege.of(TOKENS, List.of(rule(tokens(3), "s0"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The rule ");
  }

  @Provide
  Arbitrary<List<List<List<Integer>>>> instances() {
    Arbitrary<List<Integer>> alternative = Arbitraries.integers().between(0, 9).list().ofMinSize(0).ofMaxSize(3);
    return alternative.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(0).ofMaxSize(7);
  }

  @Property(tries = 300)
  void theAnswerIsAsSmallAsTheBruteForceMinimum(@ForAll("instances") List<List<List<Integer>>> instance) {
    List<AccessRule> rules = new ArrayList<>();
    for (List<List<Integer>> alternatives : instance) {
      List<Requirement> list = new ArrayList<>();
      for (List<Integer> alternative : alternatives) {
        List<Scope> scopes = new ArrayList<>();
        alternative.forEach(i -> scopes.add(TOKENS.parse("s" + i)));
        list.add(TOKENS.requirement(scopes));
      }
      rules.add(AccessRule.anyOf(list));
    }
    LeastPrivilege least = LeastPrivilege.of(TOKENS, rules);

    assertThat(least.isExact()).isTrue();
    assertThat(least.scopes().size()).isEqualTo(bruteForce(instance, 0, new HashSet<>()));
    assertThat(TOKENS.grant(least.scopes()).covers(rules.isEmpty() ? rule(TOKENS, "") : rules.get(0))).isTrue();
  }

  /** The smallest union over every choice of one alternative per rule. */
  private static int bruteForce(List<List<List<Integer>>> rules, int r, Set<Integer> held) {
    if (r == rules.size()) {
      return held.size();
    }
    int best = Integer.MAX_VALUE;
    for (List<Integer> alternative : rules.get(r)) {
      Set<Integer> next = new HashSet<>(held);
      next.addAll(alternative);
      best = Math.min(best, bruteForce(rules, r + 1, next));
    }
    return best;
  }
}
