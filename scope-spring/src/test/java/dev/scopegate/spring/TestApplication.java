package dev.scopegate.spring;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.ErrorFormat;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.Route;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.spring.testing.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.DefaultHttpFirewall;

/**
 * The Spring Boot application the server tests run, wired by hand from scope-spring alone (no
 * starter): the shared path-trick corpus's operations plus four for method security, a JWT resource
 * server trusting {@link Tokens}, and Scopegate's managers and handlers. The answers have a fixed
 * clock and numbered trace ids; {@code test.answers=problem-hidden} switches both options on.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity
@Import(TestApi.class)
class TestApplication {
  static final Instant NOW = Instant.parse("2026-04-21T09:30:00.123Z");
  static final String TIMESTAMP = "2026-04-21T09:30:00.123Z";
  static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  /** The corpus's routes, then the method-security operations (any token, or public). */
  static final RouteTable ROUTES = routes();

  final AtomicInteger traces = new AtomicInteger();
  final AtomicReference<String> lastTrace = new AtomicReference<>("");

  private static RouteTable routes() {
    RouteTable.Builder b = RouteTable.builder(CATALOG);
    for (Route r : PathTricks.ROUTES.routes()) {
      if (r.isPublic()) {
        b.publicRoute(r.method(), r.template());
      } else {
        b.route(r.method(), r.template(), r.rule().orElseThrow());
      }
    }
    return b.route("POST", "/v1/methods/annotated", CATALOG.requirement())
        .route("GET", "/v1/methods/alternatives", CATALOG.requirement())
        .route("GET", "/v1/methods/spel", CATALOG.requirement())
        .publicRoute("GET", "/v1/methods/public")
        .build();
  }

  @Bean
  JwtDecoder jwtDecoder() {
    return Tokens.decoder();
  }

  @Bean
  Answers answers(@Value("${test.answers:defaults}") String options) {
    Answers.Builder answers = Answers.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .traceIds(() -> {
          String id = "trace-" + traces.incrementAndGet();
          lastTrace.set(id);
          return id;
        });
    if (options.equals("problem-hidden")) {
      answers.format(ErrorFormat.PROBLEM).exposeMissingScope(false);
    }
    return answers.build();
  }

  /**
   * With {@code test.permissive=true}, Tomcat and the firewall let through nearly every trick they
   * reject by default (encoded slashes and backslashes, paths that are not normalised, ';'), so that
   * the guard alone has to answer them.
   */
  @Bean
  @ConditionalOnProperty(name = "test.permissive", havingValue = "true")
  TomcatConnectorCustomizer permissiveTomcat() {
    return connector -> {
      connector.setEncodedSolidusHandling("passthrough");
      connector.setEncodedReverseSolidusHandling("passthrough");
      connector.setAllowBackslash(true);
      connector.setRejectSuspiciousURIs(false);
    };
  }

  @Bean
  @ConditionalOnProperty(name = "test.permissive", havingValue = "true")
  WebSecurityCustomizer permissiveFirewall() {
    DefaultHttpFirewall firewall = new DefaultHttpFirewall();
    firewall.setAllowUrlEncodedSlash(true);
    return web -> web.httpFirewall(firewall);
  }

  @Bean
  AuthenticationClaims claims() {
    return AuthenticationClaims.scopeThenScp();
  }

  // snippet: scope-spring-chain
  @Bean
  SecurityFilterChain api(HttpSecurity http, GuardAuthorizationManager requests,
      ScopeAuthenticationEntryPoint entryPoint, ScopeAccessDeniedHandler deniedHandler) throws Exception {
    http.authorizeHttpRequests(authorize -> authorize.anyRequest().access(requests))
        .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
            .authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(deniedHandler))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  GuardAuthorizationManager requests(AuthenticationClaims claims, DispatcherServletPath dispatcherServlet) {
    return GuardAuthorizationManager.of(Guard.of(ROUTES), claims).withServletPath(dispatcherServlet.getPrefix());
  }

  @Bean
  ScopeAuthenticationEntryPoint entryPoint(Answers answers) {
    return ScopeAuthenticationEntryPoint.of(answers);
  }

  @Bean
  ScopeAccessDeniedHandler deniedHandler(Answers answers) {
    return ScopeAccessDeniedHandler.of(answers);
  }

  @Bean
  RequiresScopesAuthorizationManager methods(AuthenticationClaims claims) {
    return RequiresScopesAuthorizationManager.of(CATALOG, claims);
  }

  @Bean
  @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
  static Advisor requiresScopes(ObjectProvider<RequiresScopesAuthorizationManager> methods) {
    return RequiresScopesAuthorizationManager.interceptor(methods::getObject);
  }

  @Bean(ScopeExpressions.BEAN_NAME)
  ScopeExpressions scopes(AuthenticationClaims claims) {
    return ScopeExpressions.of(CATALOG, claims);
  }

  @Bean
  ScopeAnnotationValidator scopeAnnotationValidator(ListableBeanFactory beans, RequiresScopesAuthorizationManager methods) {
    return ScopeAnnotationValidator.of(beans, methods);
  }
  // end: scope-spring-chain
}
