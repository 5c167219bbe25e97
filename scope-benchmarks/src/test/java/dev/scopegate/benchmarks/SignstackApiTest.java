package dev.scopegate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.benchmarks.SignstackApi.ApiRoute;
import dev.scopegate.catalog.SignstackScopes;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignstackApiTest {
  @ParameterizedTest
  @ValueSource(ints = {1, 10, 150, 1000})
  void theTableHasTheSizeAskedForAndEverySamplePathFitsItsTemplate(int size) {
    List<ApiRoute> routes = SignstackApi.routes(size);

    assertThat(routes).hasSize(size);
    assertThat(routes.stream().map(r -> r.method() + " " + r.template())).doesNotHaveDuplicates();
    for (ApiRoute r : routes) {
      String regex = r.template().replaceAll("\\{[^}]+}", "[^/{}]+");
      assertThat(r.samplePath()).matches(Pattern.compile(regex));
      if (!r.isPublic()) {
        assertThat(SignstackScopes.CATALOG.requirement(r.scopes().toArray(new String[0])).check(Claim.FULL_ACCESS.text()).allowed())
            .as(r.toString()).isTrue();
      }
    }
  }

  @Test
  void aResourceIsItsEightOperations() {
    assertThat(SignstackApi.resource(10, 0)).isEqualTo(SignstackApi.routes(10).subList(2, 10));
    assertThat(SignstackApi.resource(150, 17).get(0).template()).isEqualTo("/v1/orgs/{orgId}/namespaces/{namespaceKey}/resources-17");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignstackApi.resource(150, 18))
        .hasMessage("a table of 150 routes does not hold all of resource 18");
  }

  @Test
  void theTableIsShapedLikeTheSignstackApi() {
    List<ApiRoute> routes = SignstackApi.routes(150);

    assertThat(routes.get(0)).isEqualTo(new ApiRoute("POST", "/v1/auth/token", List.of(), "/v1/auth/token"));
    assertThat(routes).contains(
        new ApiRoute("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{id}", List.of("workflow:read"),
            "/v1/orgs/o-1/namespaces/ns-live/workflows/x-42"),
        new ApiRoute("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/resources/export", List.of("resource:read", "file:read"),
            "/v1/orgs/o-1/namespaces/ns-live/resources/export"),
        new ApiRoute("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/webhooks-7/{id}/publish", List.of("webhook:update"),
            "/v1/orgs/o-1/namespaces/ns-live/webhooks-7/x-42/publish"));
    assertThat(routes.stream().filter(r -> r.template().startsWith("/v1/orgs/{orgId}/namespaces/"))).hasSize(148);
  }
}
