package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.GuardDecision;
import dev.scopegate.spring.example.Workflows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Method security on a plain bean (README's {@code Workflows}), outside any web request: the rule of
 * {@code @RequiresScopes} and of {@code @scopes}, decided on the caller's token, and the result each
 * denial carries.
 */
class MethodSecurityTest {
  @Configuration(proxyBeanMethods = false)
  @EnableMethodSecurity
  static class Application {
    @Bean
    Workflows workflows() {
      return new Workflows();
    }

    @Bean
    RequiresScopesAuthorizationManager methods() {
      return RequiresScopesAuthorizationManager.of(SignstackScopes.CATALOG, AuthenticationClaims.scopeThenScp());
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor requiresScopes(ObjectProvider<RequiresScopesAuthorizationManager> methods) {
      return RequiresScopesAuthorizationManager.interceptor(methods::getObject);
    }

    @Bean(ScopeExpressions.BEAN_NAME)
    ScopeExpressions scopes() {
      return ScopeExpressions.of(SignstackScopes.CATALOG, AuthenticationClaims.scopeThenScp());
    }
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Application.class);

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private static void caller(Map<String, Object> claims) {
    Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256");
    claims.forEach(jwt::claim);
    SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt.build(), List.of()));
  }

  private static AccessRuleResult denial(Runnable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(AuthorizationDeniedException.class);
    return (AccessRuleResult) ((AuthorizationDeniedException) thrown).getAuthorizationResult();
  }

  @Test
  void aTokenWithTheScopeRunsTheMethod() {
    runner.run(context -> {
      caller(Map.of("scope", "workflow:create"));
      assertThat(context.getBean(Workflows.class).create("w1")).isEqualTo("created w1");
      caller(Map.of("scope", "workflow:*"));
      assertThat(context.getBean(Workflows.class).advance("w1")).isEqualTo("advanced w1");
      caller(Map.of("scp", List.of("workflow:update", "file:read")));
      assertThat(context.getBean(Workflows.class).attach("w1", "f1")).isEqualTo("attached f1 to w1");
    });
  }

  @Test
  void aDenialCarriesTheEnginesDecision() {
    runner.run(context -> {
      Workflows workflows = context.getBean(Workflows.class);
      caller(Map.of("scope", "workflow:read"));

      AccessRuleResult result = denial(() -> workflows.create("w1"));

      assertThat(result.isGranted()).isFalse();
      assertThat(result.outcome()).isEqualTo(GuardDecision.Outcome.INSUFFICIENT_SCOPE);
      assertThat(result.message()).contains("Token lacks required scope: workflow:create");
      assertThat(result.decision().orElseThrow().required()).hasToString("[workflow:create]");
      assertThat(result.rule()).hasToString("AccessRule[workflow:create]");
      assertThat(result).hasToString("AccessRuleResult[INSUFFICIENT_SCOPE AccessRule[workflow:create]: Token lacks required"
          + " scope: workflow:create]");
    });
  }

  @Test
  void theClosestAlternativeIsNamed() {
    runner.run(context -> {
      caller(Map.of("scope", "workflow:update"));
      AccessRuleResult result = denial(() -> context.getBean(Workflows.class).advance("w1"));
      assertThat(result.message()).contains("Token lacks required scope: workflow:execute");
      assertThat(result.decision().orElseThrow().required()).hasToString("[workflow:update, workflow:execute]");
    });
  }

  @Test
  void theScopesBeanDeniesWithTheSameResult() {
    runner.run(context -> {
      caller(Map.of("scope", "workflow:update"));
      AccessRuleResult result = denial(() -> context.getBean(Workflows.class).attach("w1", "f1"));
      assertThat(result.message()).contains("Token lacks required scope: file:read");
    });
  }

  @Test
  void anAnonymousCallerOrUnreadableClaimsAre401Outcomes() {
    runner.run(context -> {
      Authentication anonymous = new AnonymousAuthenticationToken("k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
      SecurityContextHolder.getContext().setAuthentication(anonymous);
      AccessRuleResult result = denial(() -> context.getBean(Workflows.class).create("w1"));
      assertThat(result.outcome()).isEqualTo(GuardDecision.Outcome.UNAUTHENTICATED);
      assertThat(result.decision()).isEmpty();

      caller(Map.of("scope", "workflow:create", "scp", List.of("workflow:read")));
      result = denial(() -> context.getBean(Workflows.class).create("w1"));
      assertThat(result.outcome()).isEqualTo(GuardDecision.Outcome.INVALID_TOKEN);
      assertThat(result.message()).contains("Token has conflicting scope and scp claims");
    });
  }

  @Test
  void anUnknownScopeInAnExpressionFailsTheCallClosed() {
    ScopeExpressions scopes = ScopeExpressions.of(SignstackScopes.CATALOG, AuthenticationClaims.scopeThenScp());

    assertThatThrownBy(() -> scopes.all("workflow:craete")).hasMessageContaining("did you mean \"workflow:create\"?");
    assertThatThrownBy(() -> scopes.any()).isInstanceOf(IllegalArgumentException.class).hasMessage("@scopes.any() needs at least one scope");
    assertThat(scopes.any("workflow:read", "workflow:*").rule().alternatives()).hasSize(2);
    assertThat(scopes.all("workflow:read")).isSameAs(scopes.all("workflow:read"));
  }
}
