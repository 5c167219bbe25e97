package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.testing.HostileInputChecks;
import dev.scopegate.testing.HostileInputs;
import dev.scopegate.testing.HostileInputs.Input;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared hostile corpus (from scope-core's test-jar) against the real Signstack catalog. */
class SignstackHostileInputTest {
  private static final HostileInputChecks CHECKS = new HostileInputChecks(SignstackScopes.CATALOG);

  static Stream<Input> inputs() {
    return HostileInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theSignstackCatalogRejectsClearlyOrGrantsOnlyWhatTheOracleGrants(Input input) {
    CHECKS.checkCatalogEntryPoints(input.text(), input.toString());
    // The recipes' lookup by id matches whole ids only.
    boolean isId = Stream.of(SignstackRecipe.values()).anyMatch(r -> r.id().equals(input.text()));
    assertThat(SignstackRecipe.byId(input.text()).isPresent()).as("byId(%s)", input).isEqualTo(isId);
  }
}
