package dev.scopegate.spring.boot;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.ModeLookup;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.spring.AuthenticationClaims;
import dev.scopegate.spring.GuardAuthorizationManager;
import dev.scopegate.spring.RequiresScopesAuthorizationManager;
import dev.scopegate.spring.ScopeAccessDeniedHandler;
import dev.scopegate.spring.ScopeAnnotationValidator;
import dev.scopegate.spring.ScopeAuthenticationEntryPoint;
import dev.scopegate.spring.ScopeExpressions;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authorization.method.AuthorizationAdvisorProxyFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Scopegate in a Spring Boot servlet application: from the {@code scopegate.*} properties, every
 * request decided by the guard over the OpenAPI document's operations, {@code @RequiresScopes} and
 * the {@code @scopes} bean on methods, and the exact 401 and 403 answers, in a security filter chain
 * of its own unless the application defines one. Every bean backs off when the application defines
 * its own of the same type.
 *
 * <table>
 *   <caption>Beans</caption>
 *   <tr><th>bean</th><th>from</th><th>when</th></tr>
 *   <tr><td>{@link ScopeCatalog}</td><td>{@code scopegate.catalog}</td><td>always</td></tr>
 *   <tr><td>{@link RouteTable}, {@link Guard}, {@link GuardAuthorizationManager}</td>
 *       <td>{@code scopegate.openapi.location}, {@code scopegate.bindings.*} and {@code
 *       scopegate.mode-binding.*} (with the application's {@link ModeLookup} bean), below the context
 *       and servlet paths</td>
 *       <td>{@code scopegate.enforce} is {@code routes} or {@code both}</td></tr>
 *   <tr><td>{@link RequiresScopesAuthorizationManager} and its method interceptor, {@link
 *       ScopeExpressions} ({@code @scopes}), {@link ScopeAnnotationValidator}, and
 *       {@code @EnableMethodSecurity} unless the application has it</td><td>the catalog</td>
 *       <td>{@code scopegate.enforce} is {@code annotations} or {@code both}</td></tr>
 *   <tr><td>{@link Answers}, {@link ScopeAccessDeniedHandler}, {@link ScopeAuthenticationEntryPoint}</td>
 *       <td>{@code scopegate.error-body}, {@code scopegate.expose-missing-scope}</td><td>always</td></tr>
 *   <tr><td>{@link AuthenticationClaims}</td><td>{@code scopegate.claim-name}</td><td>always</td></tr>
 *   <tr><td>{@link SecurityFilterChain}</td><td>all of the above and the resource server's token
 *       verification</td><td>the application defines no chain</td></tr>
 * </table>
 *
 * <p>The chain is a stateless bearer-token API's: every request to the guard (or, enforcing
 * annotations only, authenticated), the resource server's JWT or opaque-token verification, the
 * handlers for every 401 and 403, no sessions, no CSRF tokens (no cookie authenticates a request).
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({GuardAuthorizationManager.class, SecurityFilterChain.class, DispatcherServletPath.class})
@EnableConfigurationProperties(ScopegateProperties.class)
public final class ScopegateAutoConfiguration {
  /** For Spring; the configuration has no state. */
  ScopegateAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  ScopeCatalog scopegateCatalog(ScopegateProperties properties) {
    return Settings.catalog(properties);
  }

  @Bean
  @ConditionalOnMissingBean
  Answers scopegateAnswers(ScopegateProperties properties) {
    return Settings.answers(properties);
  }

  @Bean
  @ConditionalOnMissingBean
  AuthenticationClaims scopegateClaims(ScopegateProperties properties) {
    return Settings.claims(properties);
  }

  @Bean
  @ConditionalOnMissingBean
  ScopeAccessDeniedHandler scopegateAccessDeniedHandler(Answers answers) {
    return ScopeAccessDeniedHandler.of(answers);
  }

  @Bean
  @ConditionalOnMissingBean
  ScopeAuthenticationEntryPoint scopegateAuthenticationEntryPoint(Answers answers) {
    return ScopeAuthenticationEntryPoint.of(answers);
  }

  /** Route enforcement: the document's operations, decided by the guard. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(EnforcementCondition.Routes.class)
  static class RouteEnforcement {
    @Bean
    @ConditionalOnMissingBean
    RouteTable scopegateRoutes(ScopegateProperties properties, ScopeCatalog catalog, ResourceLoader resources) {
      return Settings.routes(properties, catalog, resources);
    }

    @Bean
    @ConditionalOnMissingBean
    Guard scopegateGuard(RouteTable routes, ObjectProvider<ModeLookup> modes) {
      return Settings.guard(routes, modes.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    GuardAuthorizationManager scopegateRequestAuthorization(Guard guard, AuthenticationClaims claims,
        ObjectProvider<DispatcherServletPath> dispatcherServlet) {
      DispatcherServletPath path = dispatcherServlet.getIfAvailable();
      return GuardAuthorizationManager.of(guard, claims).withServletPath(path == null ? "" : path.getPrefix());
    }
  }

  /** Annotation enforcement: method security for {@code @RequiresScopes} and {@code @scopes}. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(EnforcementCondition.Annotations.class)
  static class AnnotationEnforcement {
    @Bean
    @ConditionalOnMissingBean
    RequiresScopesAuthorizationManager scopegateMethodAuthorization(ScopeCatalog catalog, AuthenticationClaims claims) {
      return RequiresScopesAuthorizationManager.of(catalog, claims);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor scopegateRequiresScopesAdvisor(ObjectProvider<RequiresScopesAuthorizationManager> methods) {
      return RequiresScopesAuthorizationManager.interceptor(methods::getObject);
    }

    @Bean(ScopeExpressions.BEAN_NAME)
    @ConditionalOnMissingBean(name = ScopeExpressions.BEAN_NAME)
    ScopeExpressions scopegateExpressions(ScopeCatalog catalog, AuthenticationClaims claims) {
      return ScopeExpressions.of(catalog, claims);
    }

    @Bean
    @ConditionalOnMissingBean
    ScopeAnnotationValidator scopegateAnnotationValidator(ListableBeanFactory beans, RequiresScopesAuthorizationManager methods) {
      return ScopeAnnotationValidator.of(beans, methods);
    }

    /** {@code @PreAuthorize} (for {@code @scopes}) and the auto-proxying, unless the application enables method security itself. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AuthorizationAdvisorProxyFactory.class)
    @EnableMethodSecurity
    static class MethodSecurity {}
  }

  /** The security filter chain, unless the application defines one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnDefaultWebSecurity
  static class FilterChain {
    @Bean
    SecurityFilterChain scopegateSecurityFilterChain(HttpSecurity http, ObjectProvider<GuardAuthorizationManager> requests,
        ScopeAuthenticationEntryPoint entryPoint, ScopeAccessDeniedHandler deniedHandler,
        ObjectProvider<JwtDecoder> jwt, ObjectProvider<OpaqueTokenIntrospector> opaque) throws Exception {
      GuardAuthorizationManager guard = requests.getIfAvailable();
      http.authorizeHttpRequests(authorize -> {
        if (guard != null) {
          authorize.anyRequest().access(guard);
        } else {
          authorize.anyRequest().authenticated();
        }
      });
      boolean jwtTokens = jwt.getIfAvailable() != null;
      if (!jwtTokens && opaque.getIfAvailable() == null) {
        throw new ScopegateConfigurationException("spring.security.oauth2.resourceserver",
            "no token verification is configured, and Scopegate checks the scopes of verified bearer tokens",
            "Set spring.security.oauth2.resourceserver.jwt.jwk-set-uri (or .issuer-uri, or .public-key-location),"
                + " or define a JwtDecoder bean.");
      }
      http.oauth2ResourceServer(server -> {
        if (jwtTokens) {
          server.jwt(Customizer.withDefaults());
        } else {
          server.opaqueToken(Customizer.withDefaults());
        }
        server.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler);
      });
      http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
          .csrf(csrf -> csrf.disable())
          .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
      return http.build();
    }
  }
}
