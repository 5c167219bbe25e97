package dev.scopegate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratedCatalogTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 8, 9, 35, 1024})
  void hasExactlyTheRequestedScopesInFamiliesOfAtMostEightWithWildcards(int scopes) {
    ScopeCatalog catalog = GeneratedCatalog.of(scopes);
    assertThat(catalog.scopes()).hasSize(scopes);
    assertThat(catalog.families()).hasSize((scopes + 7) / 8);
    for (ScopeFamily f : catalog.families()) {
      assertThat(f.scopes()).hasSizeBetween(1, 8);
      assertThat(f.wildcard()).isPresent();
    }
  }

  @Test
  void theClaimListsEveryConcreteScopeOnceInCatalogOrder() {
    ScopeCatalog catalog = GeneratedCatalog.of(10);
    assertThat(GeneratedCatalog.claimOfAll(catalog))
        .isEqualTo("family-0:read family-0:create family-0:update family-0:delete family-0:execute family-0:upload"
            + " family-0:publish family-0:manage family-1:read family-1:create");
  }

  @Test
  void refusesAnEmptyCatalog() {
    assertThatThrownBy(() -> GeneratedCatalog.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A generated catalog needs at least 1 scope, not 0");
  }
}
