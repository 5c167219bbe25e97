package dev.scopegate.benchmarks.peers;

import dev.scopegate.benchmarks.SignstackApi.ApiRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.authorization.OAuth2AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Spring Security's own request authorization over a route table, as {@code
 * authorizeHttpRequests} builds it: a {@link RequestMatcherDelegatingAuthorizationManager} with one
 * {@link PathPatternRequestMatcher} (method and path pattern) per route, each mapped to {@link
 * OAuth2AuthorizationManagers#hasAllScopes(String...)} with the route's scopes (Spring Security
 * 7.1), {@code permitAll} for a public route, and {@code anyRequest().denyAll()} last. Spring tries
 * the mappings in order and the first match decides, so the routes are added most specific first
 * ({@link PathPattern#SPECIFICITY_COMPARATOR}), as a careful user orders them: the literal {@code
 * /export} before {@code /{id}}. {@code hasAllScopes} compares the {@code SCOPE_} authorities as
 * exact strings: no catalog, no wildcards.
 */
public final class SpringRequestAuthorization {
  private final RequestMatcherDelegatingAuthorizationManager manager;

  /**
   * Builds the manager.
   *
   * @param routes the routes
   */
  public SpringRequestAuthorization(List<ApiRoute> routes) {
    PathPatternParser parser = new PathPatternParser();
    List<ApiRoute> ordered = new ArrayList<>(routes);
    Comparator<ApiRoute> specificity =
        (a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(parser.parse(a.template()), parser.parse(b.template()));
    ordered.sort(specificity);
    PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withPathPatternParser(parser);
    RequestMatcherDelegatingAuthorizationManager.Builder builder = RequestMatcherDelegatingAuthorizationManager.builder();
    for (ApiRoute r : ordered) {
      AuthorizationManager<RequestAuthorizationContext> rule = r.isPublic()
          ? SingleResultAuthorizationManager.permitAll()
          : OAuth2AuthorizationManagers.hasAllScopes(r.scopes().toArray(new String[0]));
      builder.add(matchers.matcher(HttpMethod.valueOf(r.method()), r.template()), rule);
    }
    builder.add(AnyRequestMatcher.INSTANCE, SingleResultAuthorizationManager.denyAll());
    this.manager = builder.build();
  }

  /**
   * Decides a request.
   *
   * @param authentication the request's authentication
   * @param request the request
   * @return Spring's result
   */
  public AuthorizationResult authorize(Supplier<Authentication> authentication, jakarta.servlet.http.HttpServletRequest request) {
    return manager.authorize(authentication, request);
  }
}
