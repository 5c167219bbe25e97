package dev.scopegate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.ErrorFormat;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.ScopeClaim;
import dev.scopegate.spring.AuthenticationClaims;
import dev.scopegate.spring.GuardAuthorizationManager;
import dev.scopegate.spring.RequiresScopesAuthorizationManager;
import dev.scopegate.spring.ScopeAccessDeniedHandler;
import dev.scopegate.spring.ScopeAnnotationValidator;
import dev.scopegate.spring.ScopeAuthenticationEntryPoint;
import dev.scopegate.spring.ScopeExpressions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the auto-configuration makes of each property, and that every bean backs off when the
 * application defines its own: in a servlet application context with Spring Boot's security,
 * resource-server and DispatcherServlet auto-configurations (no server is started).
 */
class AutoConfigurationTest {
  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ScopegateAutoConfiguration.class, SecurityAutoConfiguration.class,
          ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
          UserDetailsServiceAutoConfiguration.class, DispatcherServletAutoConfiguration.class))
      .withPropertyValues("scopegate.openapi.location=classpath:openapi/service.yaml", StarterApplication.TRUST_TOKENS);

  private static JwtAuthenticationToken token(Map<String, Object> claims) {
    Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256");
    claims.forEach(jwt::claim);
    return new JwtAuthenticationToken(jwt.build(), List.of());
  }

  @Test
  void theDefaults() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(ScopeCatalog.class)).isSameAs(SignstackScopes.CATALOG);
      assertThat(context.getBean(RouteTable.class).routes()).hasSize(4);
      assertThat(context).hasSingleBean(GuardAuthorizationManager.class).hasSingleBean(RequiresScopesAuthorizationManager.class)
          .hasSingleBean(ScopeAnnotationValidator.class).hasSingleBean(ScopeAccessDeniedHandler.class)
          .hasSingleBean(ScopeAuthenticationEntryPoint.class).hasBean(ScopeExpressions.BEAN_NAME)
          .hasBean("scopegateRequiresScopesAdvisor").hasBean("scopegateSecurityFilterChain");
      Answers answers = context.getBean(Answers.class);
      assertThat(answers.format()).isEqualTo(ErrorFormat.SIGNSTACK);
      assertThat(answers.exposesMissingScope()).isTrue();
      assertThat(context.getBean(AuthenticationClaims.class).read(token(Map.of("scp", List.of("workflow:read")))))
          .isEqualTo(ScopeClaim.of(List.of("workflow:read")).withClaims(Map.of("scp", List.of("workflow:read"))));
    });
  }

  @Test
  void theAnswerOptions() {
    runner.withPropertyValues("scopegate.error-body=problem", "scopegate.expose-missing-scope=false").run(context -> {
      Answers answers = context.getBean(Answers.class);
      assertThat(answers.format()).isEqualTo(ErrorFormat.PROBLEM);
      assertThat(answers.exposesMissingScope()).isFalse();
    });
  }

  @Test
  void aConfiguredClaimIsReadAlone() {
    runner.withPropertyValues("scopegate.claim-name=permissions").run(context -> {
      AuthenticationClaims claims = context.getBean(AuthenticationClaims.class);
      assertThat(claims.read(token(Map.of("permissions", List.of("workflow:create"), "scope", "workflow:*"))))
          .isEqualTo(ScopeClaim.of(List.of("workflow:create")));
      assertThat(claims).hasToString("AuthenticationClaims[JwtScopeReader[permissions]]");
    });
  }

  @Test
  void annotationsOnlyNeedNoDocument() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ScopegateAutoConfiguration.class, SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class, DispatcherServletAutoConfiguration.class))
        .withPropertyValues("scopegate.enforce=annotations", StarterApplication.TRUST_TOKENS)
        .run(context -> {
          assertThat(context).hasNotFailed()
              .doesNotHaveBean(RouteTable.class).doesNotHaveBean(Guard.class).doesNotHaveBean(GuardAuthorizationManager.class)
              .hasSingleBean(RequiresScopesAuthorizationManager.class).hasBean("scopegateSecurityFilterChain");
        });
  }

  @Test
  void routesOnlyLeaveMethodsAlone() {
    runner.withPropertyValues("scopegate.enforce=routes").run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(GuardAuthorizationManager.class)
          .doesNotHaveBean(RequiresScopesAuthorizationManager.class).doesNotHaveBean(ScopeExpressions.BEAN_NAME)
          .doesNotHaveBean("scopegateRequiresScopesAdvisor").doesNotHaveBean(ScopeAnnotationValidator.class);
    });
  }

  /** scope-spring-boot-starter/README.md's own chain: the starter's beans, in a chain for the API's paths. */
  @Configuration(proxyBeanMethods = false)
  static class OwnChain {
    @Bean
    SecurityFilterChain api(HttpSecurity http, GuardAuthorizationManager requests,
        ScopeAuthenticationEntryPoint entryPoint, ScopeAccessDeniedHandler deniedHandler) throws Exception {
      http.securityMatcher("/v1/**")
          .authorizeHttpRequests(authorize -> authorize.anyRequest().access(requests))
          .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
              .authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
          .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
          .csrf(csrf -> csrf.disable())
          .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
      return http.build();
    }
  }

  @Test
  void theApplicationsOwnChainReplacesTheStartersAndCanUseItsBeans() {
    runner.withUserConfiguration(OwnChain.class).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("api");
    });
  }

  @Configuration(proxyBeanMethods = false)
  @EnableMethodSecurity(prePostEnabled = false, securedEnabled = true)
  static class OwnBeans {
    static final RouteTable ROUTES = RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/me", "workflow:read").build();
    static final Answers ANSWERS = Answers.builder().format(ErrorFormat.PROBLEM).build();
    static final ScopeExpressions SCOPES = ScopeExpressions.of(SignstackScopes.CATALOG, AuthenticationClaims.scopeThenScp());

    @Bean
    RouteTable routes() {
      return ROUTES;
    }

    @Bean
    Answers answers() {
      return ANSWERS;
    }

    @Bean(ScopeExpressions.BEAN_NAME)
    ScopeExpressions scopes() {
      return SCOPES;
    }
  }

  @Test
  void theApplicationsOwnBeansWin() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ScopegateAutoConfiguration.class, SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class, DispatcherServletAutoConfiguration.class))
        .withPropertyValues(StarterApplication.TRUST_TOKENS)
        .withUserConfiguration(OwnBeans.class)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(GuardAuthorizationManager.class).guard().routes()).isSameAs(OwnBeans.ROUTES);
          assertThat(context.getBean(Answers.class)).isSameAs(OwnBeans.ANSWERS);
          assertThat(context.getBean(ScopeExpressions.BEAN_NAME)).isSameAs(OwnBeans.SCOPES);
          assertThat(context.getBean(ScopeAccessDeniedHandler.class)).hasToString("ScopeAccessDeniedHandler[" + OwnBeans.ANSWERS + "]");
          assertThat(context).doesNotHaveBean("preAuthorizeAuthorizationMethodInterceptor")
              .hasBean("securedAuthorizationMethodInterceptor");
        });
  }
}
