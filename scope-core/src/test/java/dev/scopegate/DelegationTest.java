package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.scopegate.testing.TestCatalogs;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delegation rule by example: verbs, wildcards, implications, lenient holders, a growing catalog. */
class DelegationTest {
  private static final ScopeCatalog SIGNSTACK = TestCatalogs.signstackLike();
  private static final ScopeCatalog XERO = TestCatalogs.xeroLike();

  private static Delegation delegate(ScopeCatalog catalog, String holderClaim, String requested) {
    return Delegation.check(catalog.parseClaim(holderClaim), catalog.parseAll(requested));
  }

  @Test
  void aHolderMayDelegateWhatItHolds() {
    Delegation d = delegate(SIGNSTACK, "namespace:* api-key:create api-key:read", "namespace:read api-key:read namespace:*");

    assertThat(d.allowed()).isTrue();
    assertThat(d.notHeld()).isEmpty();
    assertThat(d.message()).isEmpty();
    assertThat(d.requested()).containsExactlyElementsOf(SIGNSTACK.parseAll("namespace:read api-key:read namespace:*"));
  }

  @Test
  void aRefusalNamesTheFirstRequestedScopeNotHeldInTheReferencesStyle() {
    Delegation d = delegate(SIGNSTACK, "namespace:* api-key:create api-key:read", "api-key:read workflow:read api-key:* file:read");

    assertThat(d.allowed()).isFalse();
    assertThat(d.notHeld()).containsExactlyElementsOf(SIGNSTACK.parseAll("workflow:read api-key:* file:read"));
    assertThat(d.message()).contains("Token cannot delegate scope: workflow:read");
  }

  @Test
  void aWildcardIsDelegatedOnlyByAHolderOfTheWildcard() {
    String everyVerb = "workflow:read workflow:create workflow:update workflow:execute";
    assertThat(SIGNSTACK.parseClaim(everyVerb).covers(SIGNSTACK.requirement("workflow:*"))).isTrue();

    Delegation byVerbs = delegate(SIGNSTACK, everyVerb, "workflow:*");
    assertThat(byVerbs.allowed()).isFalse();
    assertThat(byVerbs.message()).contains("Token cannot delegate scope: workflow:*");
    assertThat(delegate(SIGNSTACK, everyVerb, everyVerb).allowed()).isTrue();

    assertThat(delegate(SIGNSTACK, "workflow:*", "workflow:*").allowed()).isTrue();
    assertThat(delegate(SIGNSTACK, "workflow:*", everyVerb).allowed()).isTrue();
    assertThat(delegate(SIGNSTACK, "workflow:* file:read", "workflow:execute file:read").allowed()).isTrue();
  }

  @Test
  void aWildcardHeldThroughAnImplicationMayBeDelegated() {
    ScopeCatalog catalog = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB)
        .family(ScopeFamily.builder("admin", "Admin").verb("all", "Everything").build())
        .family(SIGNSTACK.family("workflow").orElseThrow())
        .family(SIGNSTACK.family("file").orElseThrow())
        .implies("admin:all", "workflow:*")
        .build();

    assertThat(delegate(catalog, "admin:all", "workflow:* workflow:read").allowed()).isTrue();
    assertThat(delegate(catalog, "admin:all", "file:read").message()).contains("Token cannot delegate scope: file:read");
    assertThat(delegate(catalog, "workflow:*", "admin:all").message()).contains("Token cannot delegate scope: admin:all");
  }

  @Test
  void implicationsDelegateDownwardsOnly() {
    assertThat(delegate(XERO, "accounting.transactions", "accounting.transactions.read").allowed()).isTrue();
    assertThat(delegate(XERO, "accounting.transactions", "accounting.transactions accounting.transactions.read").allowed())
        .isTrue();

    Delegation upwards = delegate(XERO, "accounting.transactions.read openid", "openid accounting.transactions");
    assertThat(upwards.allowed()).isFalse();
    assertThat(upwards.notHeld()).containsExactly(Scope.token("accounting.transactions"));
    assertThat(upwards.message()).contains("Token cannot delegate scope: accounting.transactions");
  }

  @Test
  void holdingWhatAScopeImpliesIsNotHoldingTheScope() {
    ScopeCatalog catalog = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
        .scope("admin", "Everything")
        .scope("write", "Write")
        .scope("read", "Read")
        .implies("admin", "write")
        .implies("write", "read")
        .build();

    assertThat(delegate(catalog, "admin", "read").allowed()).isTrue();
    assertThat(delegate(catalog, "write read", "admin").notHeld()).containsExactly(Scope.token("admin"));
    assertThat(delegate(catalog, "write", "write read").allowed()).isTrue();
  }

  @Test
  void entriesALenientHolderIgnoredHoldNothing() {
    Delegation d = delegate(SIGNSTACK, "file:* Workflow:read workflow:rea", "file:read");

    assertThat(d.message()).contains("Token cannot delegate scope: file:read");
    assertThat(delegate(SIGNSTACK, "", "file:read").allowed()).isFalse();
  }

  @Test
  void delegatingNothingIsAllowedAndRepeatsAreOneRequest() {
    assertThat(delegate(SIGNSTACK, "", "").allowed()).isTrue();
    Delegation d = delegate(SIGNSTACK, "file:read", "workflow:read file:read workflow:read");

    assertThat(d.requested()).containsExactlyElementsOf(SIGNSTACK.parseAll("workflow:read file:read"));
    assertThat(d.notHeld()).containsExactly(Scope.parse("workflow:read"));
  }

  /**
   * Why the wildcard rule: a holder of today's verbs is not a holder of tomorrow's. The same
   * credentials read against next year's catalog, which adds a verb, show what a delegated
   * wildcard would have become.
   */
  @Test
  void aDelegatedWildcardWouldOutgrowAHolderOfTheVerbsWhenTheCatalogAddsOne() {
    ScopeCatalog today = ScopeCatalog.of(ScopeFamily.builder("workflow", "Workflow")
        .verb("read", "Read").verb("create", "Create").wildcard("All").build());
    ScopeCatalog nextYear = ScopeCatalog.of(ScopeFamily.builder("workflow", "Workflow")
        .verb("read", "Read").verb("create", "Create").verb("delete", "Delete").wildcard("All").build());
    String holder = "workflow:read workflow:create";

    assertThat(today.parseClaim(holder).covers(today.requirement("workflow:*"))).isTrue();
    assertThat(delegate(today, holder, "workflow:*").allowed()).isFalse();
    assertThat(nextYear.parseClaim("workflow:*").covers(nextYear.parse("workflow:delete"))).isTrue();
    assertThat(nextYear.parseClaim(holder).covers(nextYear.parse("workflow:delete"))).isFalse();
    assertThat(delegate(today, "workflow:*", "workflow:*").allowed()).isTrue();
  }

  @Test
  void aRequestedScopeOutsideTheHoldersCatalogIsAnError() {
    GrantedScopes holder = SIGNSTACK.parseClaim("workflow:*");

    assertThatThrownBy(() -> Delegation.check(holder, List.of(Scope.parse("report:read"))))
        .isInstanceOf(InvalidScopeException.class)
        .hasMessageContaining("report:read");
    assertThatThrownBy(() -> Delegation.check(holder, List.of(Scope.token("openid"))))
        .isInstanceOf(InvalidScopeException.class);
    assertThatThrownBy(() -> Delegation.check(holder, Arrays.asList(Scope.parse("workflow:read"), null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void valueEqualityAndToString() {
    new EqualsTester()
        .addEqualityGroup(delegate(SIGNSTACK, "workflow:*", "workflow:read"), delegate(SIGNSTACK, "workflow:read", "workflow:read"))
        .addEqualityGroup(delegate(SIGNSTACK, "workflow:*", "workflow:create"))
        .addEqualityGroup(delegate(SIGNSTACK, "file:read", "workflow:create"))
        .addEqualityGroup(delegate(SIGNSTACK, "file:read", "workflow:create file:upload"))
        .testEquals();
    assertThat(delegate(SIGNSTACK, "workflow:* file:read", "workflow:read file:read"))
        .hasToString("Delegation[allowed: [workflow:read, file:read]]");
    assertThat(delegate(SIGNSTACK, "workflow:read", "workflow:* file:read workflow:read"))
        .hasToString("Delegation[refused: Token cannot delegate scope: workflow:*; not held [workflow:*, file:read]]");
  }

  @Test
  void everyPublicMethodRejectsNull() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(GrantedScopes.class, SIGNSTACK.parseClaim("workflow:*"));
    t.testAllPublicStaticMethods(Delegation.class);
    t.testAllPublicInstanceMethods(delegate(SIGNSTACK, "workflow:*", "workflow:read"));
  }
}
