package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node with many literal children finds them by hash: every literal, including ones whose
 * {@code hashCode} collides ("Aa" and "BB"), goes to its own route, and every other segment falls
 * to the parameter sibling, for tables on both sides of the scan limit.
 */
class ManySiblingsTest {
  private static List<String> names(int count) {
    List<String> names = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"));
    for (int i = 0; names.size() < count; i++) {
      names.add("things-" + i);
    }
    return names.subList(0, count);
  }

  @ParameterizedTest(name = "{0} siblings")
  @ValueSource(ints = {1, 4, 5, 6, 8, 9, 17, 64, 300})
  void everyLiteralFindsItsRouteAndEverythingElseTheParameter(int count) {
    List<String> names = names(count);
    RouteTable.Builder builder = RouteTable.builder(SignstackScopes.CATALOG)
        .publicRoute("GET", "/v1/{other}")
        .publicRoute("GET", "/v1/{other}/deeper");
    for (String name : names) {
      builder.publicRoute("GET", "/v1/" + name);
    }
    Guard guard = Guard.of(builder.build());

    for (String name : names) {
      assertThat(template(guard, "/v1/" + name)).isEqualTo("/v1/" + name);
      assertThat(template(guard, "/v1/" + name + "/deeper")).as("backs up to the parameter").isEqualTo("/v1/{other}/deeper");
    }
    for (String other : List.of("Ab", "CC", "things", "things-", "things-x", "AaA", "AaAaAa", "things-" + count, "x")) {
      assertThat(template(guard, "/v1/" + other)).as(other).isEqualTo("/v1/{other}");
    }
  }

  private static String template(Guard guard, String path) {
    return guard.check("GET", path, ScopeClaim.absent()).route().orElseThrow().template();
  }
}
