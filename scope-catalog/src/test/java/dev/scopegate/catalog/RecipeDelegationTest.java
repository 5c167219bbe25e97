package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Delegation;
import org.junit.jupiter.api.Test;

/**
 * The reference's five recipes as minters and as requested key scopes: which recipe may mint a
 * key with which other recipe's scopes. Minting a key needs {@code api-key:create} and a
 * delegation of every requested scope ({@link Delegation}).
 */
class RecipeDelegationTest {
  /** One row per minter, in recipe order; one column per requested recipe: the first scope not held, or "yes". */
  @Test
  void whichRecipeMayMintAKeyWithWhichRecipesScopes() {
    StringBuilder table = new StringBuilder();
    for (SignstackRecipe minter : SignstackRecipe.values()) {
      table.append(minter.id()).append(minter.grant().covers(SignstackScopes.API_KEY_CREATE) ? " (mints keys):" : " (mints no keys):");
      for (SignstackRecipe requested : SignstackRecipe.values()) {
        Delegation d = Delegation.check(minter.grant(), requested.scopes());
        table.append(' ').append(d.allowed() ? "yes" : d.notHeld().get(0));
      }
      table.append('\n');
    }
    assertThat(table).hasToString(""
        + "backend-workflows (mints no keys): yes embed-token:create yes namespace:* resource:*\n"
        + "backend-embed (mints no keys): resource:create yes resource:create namespace:* resource:*\n"
        + "ci-cd-push (mints no keys): workflow:read workflow:read yes namespace:* resource:*\n"
        + "multi-tenant-provisioning (mints keys): resource:read resource:read resource:read yes resource:*\n"
        + "full-access (mints keys): yes yes yes yes yes\n");
  }

  @Test
  void theProvisioningKeyCannotMintAFullAccessKeyTheIssuesExample() {
    Delegation d = Delegation.check(SignstackRecipe.MULTI_TENANT_PROVISIONING.grant(), SignstackRecipe.FULL_ACCESS.scopes());

    assertThat(d.allowed()).isFalse();
    assertThat(d.message()).contains("Token cannot delegate scope: resource:*");
    assertThat(d.notHeld()).extracting(Object::toString)
        .containsExactly("resource:*", "workflow:*", "scenario:*", "webhook:*", "api-key:*", "file:read", "file:upload",
            "embed-token:create");
  }

  @Test
  void holdingEveryNamespaceVerbIsNotHoldingNamespaceWildcard() {
    Delegation d = Delegation.check(
        SignstackScopes.CATALOG.parseClaim("namespace:read namespace:create namespace:update api-key:create api-key:read"),
        SignstackRecipe.MULTI_TENANT_PROVISIONING.scopes());

    assertThat(d.message()).contains("Token cannot delegate scope: namespace:*");
    assertThat(d.notHeld()).containsExactly(SignstackScopes.NAMESPACE_ALL);
  }
}
