package dev.scopegate.benchmarks.peers;

import dev.scopegate.Requirement;
import dev.scopegate.benchmarks.SignstackApi.ApiRoute;
import dev.scopegate.catalog.SignstackScopes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Route matching with Spring's {@link PathPatternParser} (spring-web), as Spring MVC and Spring
 * Security's {@code PathPatternRequestMatcher} use it: one {@link PathPattern} per route, the
 * request path parsed into a {@link PathContainer}, and the routes of the request's method tried
 * most specific first ({@link PathPattern#SPECIFICITY_COMPARATOR}). The matched route's scopes are
 * then checked with Scopegate's {@code Requirement.check(String)}, so only the matching differs.
 */
public final class SpringPathPatterns {
  /** A route as Spring holds it; the requirement is {@code null} for a public route. */
  public record Entry(ApiRoute route, PathPattern pattern, Requirement requirement) {}

  private final Map<String, List<Entry>> byMethod = new HashMap<>();

  /**
   * Parses every route's template.
   *
   * @param routes the routes
   */
  public SpringPathPatterns(List<ApiRoute> routes) {
    PathPatternParser parser = new PathPatternParser();
    for (ApiRoute r : routes) {
      Requirement requirement = r.isPublic() ? null : SignstackScopes.CATALOG.requirement(r.scopes().toArray(new String[0]));
      byMethod.computeIfAbsent(r.method(), m -> new ArrayList<>()).add(new Entry(r, parser.parse(r.template()), requirement));
    }
    for (List<Entry> entries : byMethod.values()) {
      entries.sort((a, b) -> PathPattern.SPECIFICITY_COMPARATOR.compare(a.pattern(), b.pattern()));
    }
  }

  /**
   * The route a request reaches, or {@code null}.
   *
   * @param method the method
   * @param path the raw path
   * @return the matched entry
   */
  public Entry match(String method, String path) {
    List<Entry> entries = byMethod.get(method);
    if (entries == null) {
      return null;
    }
    PathContainer container = PathContainer.parsePath(path);
    for (Entry e : entries) {
      if (e.pattern().matches(container)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether the request is allowed: a route matches, and it is public or the claim covers it.
   *
   * @param method the method
   * @param path the raw path
   * @param claim the {@code scope} claim
   * @return the answer
   */
  public boolean allows(String method, String path, String claim) {
    Entry e = match(method, path);
    if (e == null) {
      return false;
    }
    Requirement requirement = e.requirement();
    return requirement == null || requirement.check(claim).allowed();
  }
}
