package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeProblem;
import dev.scopegate.testing.ReferenceOracle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Signstack catalog's constants and recipes. */
class SignstackCatalogTest {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  @Test
  void everyConstantIsTheCatalogsOwnInstanceNamedAfterItsText() throws IllegalAccessException {
    List<Scope> constants = new ArrayList<>();
    for (Field f : SignstackScopes.class.getFields()) {
      if (f.getType() == Scope.class && Modifier.isStatic(f.getModifiers())) {
        Scope s = (Scope) f.get(null);
        constants.add(s);
        assertThat(CATALOG.parse(s.toString())).isSameAs(s);
        String expectedName = (s.family() + "_" + (s.isWildcard() ? "all" : s.verb())).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
        assertThat(f.getName()).isEqualTo(expectedName);
      }
    }
    assertThat(constants).containsExactlyInAnyOrderElementsOf(CATALOG.knownScopes());
    assertThat(SignstackScopes.WORKFLOW_CREATE.toString()).isEqualTo("workflow:create");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:*", "user:*", "embed-token:*", "organization:*", "billing:*", "signing:*", "ai-chat:*", "library:*"})
  void familiesWithoutADeclaredWildcardHaveNone(String wildcard) {
    assertThatThrownBy(() -> CATALOG.parse(wildcard))
        .isInstanceOf(InvalidScopeException.class)
        .extracting(e -> ((InvalidScopeException) e).problem())
        .isEqualTo(ScopeProblem.WILDCARD_NOT_SUPPORTED);
    assertThat(CATALOG.parseClaim(wildcard).isEmpty()).isTrue();
    String family = wildcard.substring(0, wildcard.indexOf(':'));
    for (Scope s : CATALOG.family(family).orElseThrow().scopes()) {
      assertThat(CATALOG.requirement(s.toString()).check(wildcard).allowed()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(SignstackRecipe.class)
  void recipesAreImmutableAndGrantWhatTheOracleSays(SignstackRecipe recipe) {
    assertThatThrownBy(() -> recipe.scopes().add(SignstackScopes.BILLING_MANAGE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> recipe.texts().set(0, "billing:manage")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(SignstackRecipe.byId(recipe.id())).contains(recipe);
    assertThat(recipe.grant().ignored()).isEmpty();
    ReferenceOracle oracle = new ReferenceOracle(CATALOG);
    List<String> expanded = new ArrayList<>();
    for (Scope s : recipe.grant().expanded()) {
      expanded.add(s.toString());
    }
    assertThat(expanded).containsExactlyInAnyOrderElementsOf(oracle.granted(String.join(" ", recipe.texts())));
    assertThat(CATALOG.minimize(recipe.scopes())).as("the reference's recipes have no redundant entries").isEqualTo(recipe.scopes());
  }

  @Test
  void recipeIdsAreStable() {
    assertThat(SignstackRecipe.values()).extracting(SignstackRecipe::id).containsExactly(
        "backend-workflows", "backend-embed", "ci-cd-push", "multi-tenant-provisioning", "full-access");
    assertThat(SignstackRecipe.byId("admin")).isEmpty();
    assertThat(SignstackRecipe.BACKEND_WORKFLOWS.title()).isEqualTo("Backend that authors and runs workflows");
  }

  @Test
  void recipesCoverWhatTheirTitlesPromise() {
    assertThat(SignstackRecipe.CI_CD_PUSH.grant().check(CATALOG.requirement("resource:update")).allowed()).isTrue();
    assertThat(SignstackRecipe.CI_CD_PUSH.grant().check(CATALOG.requirement("workflow:create")).message())
        .contains("Token lacks required scope: workflow:create");
    assertThat(SignstackRecipe.MULTI_TENANT_PROVISIONING.grant().covers(CATALOG.requirement("namespace:*", "api-key:create"))).isTrue();
    assertThat(SignstackRecipe.MULTI_TENANT_PROVISIONING.grant().covers(CATALOG.requirement("api-key:*"))).isFalse();
    assertThat(SignstackRecipe.FULL_ACCESS.grant().expanded()).hasSize(25);
    assertThat(SignstackRecipe.FULL_ACCESS.grant().covers(CATALOG.requirement("billing:read"))).isFalse();
    assertThat(SignstackRecipe.FULL_ACCESS.grant().covers(CATALOG.requirement("signing:sign"))).isFalse();
  }

  @Test
  void publicMethodsRejectNull() {
    new com.google.common.testing.NullPointerTester().testAllPublicStaticMethods(SignstackRecipe.class);
    new com.google.common.testing.NullPointerTester().testAllPublicInstanceMethods(SignstackRecipe.FULL_ACCESS);
  }

  @Test
  void theModuleExportsOnlyItsApiPackage() {
    java.lang.module.ModuleDescriptor d = java.lang.module.ModuleFinder.of(java.nio.file.Path.of("target/classes"))
        .findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("dev.scopegate.catalog");
    assertThat(d.exports()).extracting(java.lang.module.ModuleDescriptor.Exports::source).containsExactly("dev.scopegate.catalog");
  }
}
