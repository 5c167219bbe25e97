package dev.scopegate.benchmarks.peers;

import dev.scopegate.Requirement;
import dev.scopegate.benchmarks.SignstackApi.ApiRoute;
import dev.scopegate.catalog.SignstackScopes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hand-written baseline: one regular expression per route ({@code {param}} becomes {@code
 * [^/]+}, literals are quoted), in one list with templates of fewer parameters first (so a literal
 * beats a parameter in the same place), tried in order until one matches the method and the path.
 * The matched route's scopes are then checked with Scopegate's {@code Requirement.check(String)},
 * so only the matching differs.
 */
public final class RegexRoutes {
  /** A route as the list holds it; the requirement is {@code null} for a public route. */
  public record Entry(ApiRoute route, Pattern pattern, Requirement requirement) {}

  private final List<Entry> entries = new ArrayList<>();

  /**
   * Compiles every route's template.
   *
   * @param routes the routes
   */
  public RegexRoutes(List<ApiRoute> routes) {
    for (ApiRoute r : routes) {
      Requirement requirement = r.isPublic() ? null : SignstackScopes.CATALOG.requirement(r.scopes().toArray(new String[0]));
      entries.add(new Entry(r, Pattern.compile(regex(r.template())), requirement));
    }
    entries.sort(Comparator.comparingLong(e -> e.route().template().chars().filter(c -> c == '{').count()));
  }

  private static String regex(String template) {
    StringBuilder sb = new StringBuilder();
    for (String segment : template.substring(1).split("/")) {
      sb.append('/').append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
    }
    return sb.toString();
  }

  /**
   * The route a request reaches, or {@code null}.
   *
   * @param method the method
   * @param path the raw path
   * @return the matched entry
   */
  public Entry match(String method, String path) {
    for (Entry e : entries) {
      if (e.route().method().equals(method) && e.pattern().matcher(path).matches()) {
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
