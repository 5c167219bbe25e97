package dev.scopegate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  @Test
  void backendWorkflowsIsTheClaimStringOfTheIssue() {
    assertThat(Claim.BACKEND_WORKFLOWS.text())
        .isEqualTo("resource:read resource:create resource:update workflow:read workflow:create workflow:execute"
            + " file:read file:upload webhook:read");
  }

  @Test
  void fullAccessIsTheWildcardHeavyRecipe() {
    assertThat(Claim.FULL_ACCESS.text())
        .isEqualTo("resource:* workflow:* scenario:* webhook:* namespace:* api-key:* file:read file:upload"
            + " embed-token:create");
  }

  @Test
  void entriesAreTheTextsWordsInAFreshMutableList() {
    List<String> first = Claim.BACKEND_WORKFLOWS.entries();
    assertThat(String.join(" ", first)).isEqualTo(Claim.BACKEND_WORKFLOWS.text());
    first.clear();
    assertThat(Claim.BACKEND_WORKFLOWS.entries()).hasSize(9);
  }
}
