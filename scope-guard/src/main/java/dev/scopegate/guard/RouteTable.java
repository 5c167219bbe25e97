package dev.scopegate.guard;

import dev.scopegate.AccessRule;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The operations a service exposes: for each HTTP method and path template, the scopes it
 * requires, or that it is public. Immutable once built; a request that matches no route is denied
 * by the {@link Guard}.
 *
 * {@snippet :
 * RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
 *     .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
 *     .route("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}", "workflow:read")
 *     .publicRoute("POST", "/v1/auth/token")
 *     .build();
 * }
 *
 * <h2>Templates</h2>
 *
 * A template starts with {@code /} and has no empty segment (no double or trailing slash); each
 * segment is a literal of {@code A-Z a-z 0-9 - . _ ~ :} (not {@code .} or {@code ..}), a
 * whole-segment parameter {@code {name}}, which matches exactly one non-empty segment, or one
 * parameter with literal text before or after it ({@code {id}.json}, {@code {name}:cancel},
 * {@code v{version}}), which matches a segment that starts and ends with that text around a
 * non-empty value. A segment holds at most one parameter: in {@code {name}.{format}} where the
 * first ends is ambiguous. Literal text compares case-sensitively, with the segment as the
 * application decodes it: a request's {@code %3A} is a literal {@code :} ({@code
 * /v1/things:batchGet} and {@code /v1/things%3AbatchGet} are one operation), and no other encoding
 * can stand for a literal character (the path rules reject encoded unreserved characters).
 * Methods are tokens and are stored in upper case, so {@code "post"} (the OpenAPI spelling)
 * declares {@code POST}; a request's method is compared exactly.
 *
 * <h2>Which route wins</h2>
 *
 * Several templates may match one path ({@code /v1/things/export} and {@code /v1/things/{id}}).
 * The winner is chosen segment by segment from the left: at the first segment where the
 * candidates differ, a literal beats a parameter with a prefix or suffix, which beats a
 * whole-segment parameter; of two parameters with text around them, the one whose text extends
 * the other's ({@code {id}.tar.gz} over {@code {id}.gz}) wins. So {@code GET /v1/things/export}
 * is the export operation, {@code /v1/things/{id}.json} takes the paths ending in {@code .json},
 * and {@code /v1/things/{id}} only gets the paths the others do not claim. Two templates of one
 * method that match exactly the same paths ({@code /v1/things/{id}} and {@code
 * /v1/things/{thingId}}) are rejected when the table is built, and so are two whose parameters with
 * text can match one segment with neither more specific ({@code /v1/a{x}} and {@code
 * /v1/{x}b}).
 *
 * <h2>{@code HEAD}</h2>
 *
 * A {@code HEAD} request is a {@code GET} without the body, and a servlet container runs the
 * {@code GET} handler for it, so it gets the {@code GET} route's rule: {@code HEAD /v1/things/t1}
 * is decided by {@code GET /v1/things/{id}} (the decision's route is that {@code GET} route). A
 * {@code HEAD} route declared for a template decides {@code HEAD} requests to that template
 * instead. {@code HEAD} requests are matched against the {@code GET} and {@code HEAD} templates
 * together with the precedence above, so a declared {@code HEAD /v1/things/{id}} never takes a
 * path that the more specific {@code GET /v1/things/export} claims: {@code HEAD
 * /v1/things/export} keeps that route's rule. Declare a {@code HEAD} route only with a rule at
 * least as strict as the {@code GET} route's when the same handler serves both.
 *
 * <h2>Matching cost</h2>
 *
 * Templates are stored as one tree per method; a match walks the request path once, trying the
 * literal child before the parameter child and backing up only when the literal branch has no
 * route further down, and allocates nothing.
 */
public final class RouteTable {
  private final ScopeCatalog catalog;
  private final List<Route> routes;
  private final Map<String, Node> roots;

  private RouteTable(ScopeCatalog catalog, List<Route> routes, Map<String, Node> roots) {
    this.catalog = catalog;
    this.routes = routes;
    this.roots = roots;
  }

  /**
   * Starts a table whose scopes are read strictly against {@code catalog}.
   *
   * @param catalog the catalog the required scopes belong to
   * @return a builder
   */
  public static Builder builder(ScopeCatalog catalog) {
    return new Builder(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * The catalog the table's requirements are compiled against.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * Every route, in the order declared.
   *
   * @return the routes
   */
  public List<Route> routes() {
    return routes;
  }

  /**
   * The route for a method and an already {@linkplain RequestPath checked} raw path, or {@code
   * null}.
   */
  @Nullable Route match(String method, String path) {
    Node root = roots.get(method);
    if (root == null) {
      return null;
    }
    return root.match(path, 1);
  }

  /**
   * Tables are equal when their catalogs are equal and they declare equal routes in the same
   * order.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal table
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof RouteTable)) {
      return false;
    }
    RouteTable that = (RouteTable) other;
    return routes.equals(that.routes) && catalog.equals(that.catalog);
  }

  @Override
  public int hashCode() {
    return routes.hashCode();
  }

  /**
   * A summary: {@code RouteTable[12 routes]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RouteTable[" + routes.size() + " routes]";
  }

  /** One node of a method's template tree, frozen. */
  private static final class Node {
    private final String[] literals;
    private final boolean[] literalHasColon;
    private final Node[] literalChildren;
    /** Parameters with a prefix or suffix, the most specific (longest literal text) first. */
    private final String[] prefixes;
    private final String[] suffixes;
    private final Node[] patternChildren;
    private final @Nullable Node parameter;
    private final @Nullable Route route;

    Node(String[] literals, Node[] literalChildren, String[] patterns, Node[] patternChildren, @Nullable Node parameter,
        @Nullable Route route) {
      this.literals = literals;
      this.literalHasColon = new boolean[literals.length];
      for (int i = 0; i < literals.length; i++) {
        literalHasColon[i] = literals[i].indexOf(':') >= 0;
      }
      this.literalChildren = literalChildren;
      this.prefixes = new String[patterns.length];
      this.suffixes = new String[patterns.length];
      for (int i = 0; i < patterns.length; i++) {
        int at = patterns[i].indexOf(Template.PARAM);
        prefixes[i] = patterns[i].substring(0, at);
        suffixes[i] = patterns[i].substring(at + Template.PARAM.length());
      }
      this.patternChildren = patternChildren;
      this.parameter = parameter;
      this.route = route;
    }

    /**
     * The route for the rest of {@code path} from {@code start}: the first character of the next
     * segment, or {@code length + 1} once every segment is consumed. Literal, then a parameter with
     * a prefix or suffix (most specific first), then a whole-segment parameter; a branch whose
     * subtree has no route gives way to the next. The path has been checked already; an empty
     * segment still never matches, as a second line.
     */
    @Nullable Route match(String path, int start) {
      int length = path.length();
      if (start > length || (start == 1 && length == 1)) {
        return route;
      }
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = length;
      }
      if (end == start) {
        return null;
      }
      String[] keys = literals;
      for (int i = 0; i < keys.length; i++) {
        if (SegmentMatch.equalsLiteral(path, start, end, keys[i], literalHasColon[i])) {
          Route found = literalChildren[i].match(path, end + 1);
          if (found != null) {
            return found;
          }
          break;
        }
      }
      for (int i = 0; i < prefixes.length; i++) {
        if (SegmentMatch.matchesPattern(path, start, end, prefixes[i], suffixes[i])) {
          Route found = patternChildren[i].match(path, end + 1);
          if (found != null) {
            return found;
          }
        }
      }
      Node p = parameter;
      return p == null ? null : p.match(path, end + 1);
    }
  }

  /** A node of the tree while it is being built. */
  private static final class Draft {
    final Map<String, Draft> literals = new LinkedHashMap<>();
    /** Parameters with a prefix or suffix, by their {@code prefix{}suffix} key. */
    final Map<String, Draft> patterns = new LinkedHashMap<>();
    @Nullable Draft parameter;
    @Nullable Route route;

    /** The child for one segment key of a {@link Template}, created if missing. */
    Draft child(String segment) {
      if (segment.equals(Template.PARAM)) {
        Draft p = parameter;
        if (p == null) {
          p = new Draft();
          parameter = p;
        }
        return p;
      }
      return (Template.isPattern(segment) ? patterns : literals).computeIfAbsent(segment, k -> new Draft());
    }

    /**
     * A new tree matching every template of both, where {@code overlay}'s route wins for a
     * template both declare.
     */
    static Draft merge(@Nullable Draft base, @Nullable Draft overlay) {
      Draft out = new Draft();
      mergeChildren(base == null ? null : base.literals, overlay == null ? null : overlay.literals, out.literals);
      mergeChildren(base == null ? null : base.patterns, overlay == null ? null : overlay.patterns, out.patterns);
      Draft baseParameter = base == null ? null : base.parameter;
      Draft overlayParameter = overlay == null ? null : overlay.parameter;
      if (baseParameter != null || overlayParameter != null) {
        out.parameter = merge(baseParameter, overlayParameter);
      }
      Route overlayRoute = overlay == null ? null : overlay.route;
      out.route = overlayRoute != null ? overlayRoute : base == null ? null : base.route;
      return out;
    }

    private static void mergeChildren(
        @Nullable Map<String, Draft> base, @Nullable Map<String, Draft> overlay, Map<String, Draft> out) {
      Set<String> keys = new LinkedHashSet<>();
      if (base != null) {
        keys.addAll(base.keySet());
      }
      if (overlay != null) {
        keys.addAll(overlay.keySet());
      }
      for (String key : keys) {
        out.put(key, merge(base == null ? null : base.get(key), overlay == null ? null : overlay.get(key)));
      }
    }

    Node freeze() {
      String[] keys = literals.keySet().toArray(new String[0]);
      Node[] children = new Node[keys.length];
      for (int i = 0; i < keys.length; i++) {
        children[i] = Objects.requireNonNull(literals.get(keys[i])).freeze();
      }
      List<String> ordered = new ArrayList<>(patterns.keySet());
      // The most specific first: of two patterns that can match one segment, the one whose literal
      // text extends the other's is longer (Builder refuses two that can both match with neither
      // more specific).
      ordered.sort(Comparator.comparingInt(String::length).reversed());
      String[] patternKeys = ordered.toArray(new String[0]);
      Node[] patternChildren = new Node[patternKeys.length];
      for (int i = 0; i < patternKeys.length; i++) {
        patternChildren[i] = Objects.requireNonNull(patterns.get(patternKeys[i])).freeze();
      }
      Draft p = parameter;
      return new Node(keys, children, patternKeys, patternChildren, p == null ? null : p.freeze(), route);
    }
  }

  /**
   * Builds a {@link RouteTable}. Every method validates its input at once and throws {@link
   * IllegalArgumentException} with a one-line message naming the route and the rule it breaks,
   * so a bad declaration fails at start-up on the line that made it. Not thread-safe.
   *
   * <p>An adapter from another source of operations (an OpenAPI document) is a loop over {@link
   * #route(String, String, AccessRule)}, {@link #publicRoute(String, String)}, and for operations
   * that other authentication protects, {@link #deniedRoute(String, String)}, {@link
   * #authenticatedElsewhere(String, String)} and {@link #routeOrAuthenticatedElsewhere(String,
   * String, AccessRule)}.
   */
  public static final class Builder {
    private static final String GET = "GET";
    private static final String HEAD = "HEAD";

    private final ScopeCatalog catalog;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Draft> roots = new LinkedHashMap<>();

    private Builder(ScopeCatalog catalog) {
      this.catalog = catalog;
    }

    /**
     * Declares an operation that requires all of the given scopes, read strictly against the
     * catalog.
     *
     * @param method the HTTP method, such as {@code "POST"} (any case; stored in upper case)
     * @param template the path template, such as {@code "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows"}
     * @param scopes the required scopes, such as {@code "workflow:create"}; at least one
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, no scope is given, a
     *     scope is not in the catalog (the cause is the engine's {@link InvalidScopeException}),
     *     or a route of this method already matches the same paths
     */
    public Builder route(String method, String template, String... scopes) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(scopes, "scopes");
      if (scopes.length == 0) {
        throw new IllegalArgumentException("Route " + method + " " + template + " declares no scopes;"
            + " use publicRoute(...) for an operation without a token, or"
            + " route(method, template, catalog.requirement()) for one that needs any valid token");
      }
      Requirement requirement;
      try {
        requirement = catalog.requirement(scopes);
      } catch (InvalidScopeException e) {
        throw new IllegalArgumentException("Route " + method + " " + template + ": " + e.getMessage(), e);
      }
      return add(method, template, AccessRule.of(requirement), Route.Access.PROTECTED);
    }

    /**
     * Declares an operation that requires a compiled requirement. An empty requirement ({@code
     * catalog.requirement()}) declares an operation that needs a token but no particular scope.
     *
     * @param method the HTTP method (any case; stored in upper case)
     * @param template the path template
     * @param requirement the required scopes, compiled against this table's catalog
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, the requirement
     *     belongs to another catalog, or a route of this method already matches the same paths
     */
    public Builder route(String method, String template, Requirement requirement) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(requirement, "requirement");
      requireCatalog(method, template, "requirement", requirement, requirement.catalog());
      return add(method, template, AccessRule.of(requirement), Route.Access.PROTECTED);
    }

    /**
     * Declares an operation that a token may call when it satisfies any alternative of the rule,
     * as an OpenAPI {@code security} list of alternatives says.
     *
     * {@snippet :
     * builder.route("GET", "/api.xro/2.0/Invoices", AccessRule.anyOf(
     *     xero.requirement("accounting.transactions"),
     *     xero.requirement("accounting.transactions.read")));
     * }
     *
     * @param method the HTTP method (any case; stored in upper case)
     * @param template the path template
     * @param rule the rule, compiled against this table's catalog
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, the rule belongs to
     *     another catalog, or a route of this method already matches the same paths
     */
    public Builder route(String method, String template, AccessRule rule) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(rule, "rule");
      requireCatalog(method, template, "rule", rule, rule.catalog());
      return add(method, template, rule, Route.Access.PROTECTED);
    }

    private void requireCatalog(String method, String template, String what, Object compiled, ScopeCatalog of) {
      if (!of.equals(catalog)) {
        throw new IllegalArgumentException("Route " + method + " " + template + ": the " + what + " "
            + compiled + " is compiled against " + of + ", not this table's " + catalog);
      }
    }

    /**
     * Declares a public operation: it needs no token and reads no claim.
     *
     * @param method the HTTP method (any case; stored in upper case)
     * @param template the path template
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, or a route of this
     *     method already matches the same paths
     */
    public Builder publicRoute(String method, String template) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      return add(method, template, null, Route.Access.PUBLIC);
    }

    /**
     * Declares an operation that no bearer token can authorize, such as an OpenAPI operation that
     * only an API key or HTTP basic authentication protects: every request to it is denied with
     * 403 {@code No bearer token can authorize this operation}, and no claim is read. Declaring it,
     * rather than leaving it out, keeps its paths from falling to another route: with {@code GET
     * /v1/things/{id}} declared, an undeclared {@code GET /v1/things/export} would be decided by
     * the parameter route.
     *
     * @param method the HTTP method (any case; stored in upper case)
     * @param template the path template
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, or a route of this
     *     method already matches the same paths
     */
    public Builder deniedRoute(String method, String template) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      return add(method, template, null, Route.Access.DENIED);
    }

    /**
     * Declares an operation that the application authenticates itself, by a means the guard does
     * not check (an API key, HTTP basic, mutual TLS): a request without a bearer token passes to
     * the application, which must authenticate it and refuse it without a valid credential; a
     * request with a bearer token is denied, since no token can authorize the operation.
     *
     * @param method the HTTP method (any case; stored in upper case)
     * @param template the path template
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, or a route of this
     *     method already matches the same paths
     */
    public Builder authenticatedElsewhere(String method, String template) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      return add(method, template, null, Route.Access.ELSEWHERE);
    }

    /**
     * Declares an operation that a bearer token with the rule's scopes may call, and that the
     * application also accepts by a means the guard does not check (as OpenAPI's {@code security:
     * [{api_key: []}, {oauth: [read]}]} says): a request with a bearer token must satisfy the
     * rule; a request without one passes to the application, which must authenticate it and refuse
     * it without a valid credential.
     *
     * @param method the HTTP method (any case; stored in upper case)
     * @param template the path template
     * @param rule what a bearer token must satisfy, compiled against this table's catalog
     * @return this builder
     * @throws IllegalArgumentException if the method or template is invalid, the rule belongs to
     *     another catalog, or a route of this method already matches the same paths
     */
    public Builder routeOrAuthenticatedElsewhere(String method, String template, AccessRule rule) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(rule, "rule");
      requireCatalog(method, template, "rule", rule, rule.catalog());
      return add(method, template, rule, Route.Access.ELSEWHERE);
    }

    private Builder add(String method, String template, @Nullable AccessRule rule, Route.Access access) {
      String m = Template.method(method);
      Template parsed = Template.parse(template);
      checkPatterns(m, template, parsed);
      Draft node = roots.computeIfAbsent(m, k -> new Draft());
      for (String segment : parsed.segments()) {
        node = node.child(segment);
      }
      Route existing = node.route;
      if (existing != null) {
        throw new IllegalArgumentException("Duplicate route " + m + " " + template + ": "
            + existing.method() + " " + existing.template() + " already matches the same paths");
      }
      Route route = new Route(m, template, rule, access);
      node.route = route;
      routes.add(route);
      return this;
    }

    /**
     * Refuses a parameter with a prefix or suffix that could match a segment that another one at
     * the same place matches, unless one of them is more specific (its literal text extends the
     * other's on both sides), so which route wins is never a matter of declaration order. GET and
     * HEAD templates are compared with each other too, since HEAD requests are matched against
     * both.
     */
    private void checkPatterns(String method, String template, Template parsed) {
      List<String> methods = method.equals(GET) || method.equals(HEAD) ? List.of(GET, HEAD) : List.of(method);
      for (String m : methods) {
        Draft node = roots.get(m);
        for (String segment : parsed.segments()) {
          if (node == null) {
            break;
          }
          if (Template.isPattern(segment)) {
            for (Map.Entry<String, Draft> other : node.patterns.entrySet()) {
              String theirs = other.getKey();
              if (!theirs.equals(segment) && overlap(segment, theirs) && !moreSpecific(segment, theirs)
                  && !moreSpecific(theirs, segment)) {
                throw new IllegalArgumentException("Ambiguous route " + method + " " + template + ": its segment "
                    + segment.replace(Template.PARAM, "{…}") + " and the segment " + theirs.replace(Template.PARAM, "{…}")
                    + " of a " + m + " route declared before can match the same text and neither is more specific;"
                    + " change one of them");
              }
            }
          }
          node = segment.equals(Template.PARAM)
              ? node.parameter
              : (Template.isPattern(segment) ? node.patterns : node.literals).get(segment);
        }
      }
    }

    /** Whether two {@code prefix{}suffix} keys can match one segment. */
    private static boolean overlap(String a, String b) {
      String pa = prefix(a);
      String pb = prefix(b);
      String sa = suffix(a);
      String sb = suffix(b);
      return (pa.startsWith(pb) || pb.startsWith(pa)) && (sa.endsWith(sb) || sb.endsWith(sa));
    }

    /**
     * Whether {@code a} is more specific than {@code b}: its literal text extends {@code b}'s on
     * both sides, so every segment {@code a} matches, {@code b} matches too.
     */
    private static boolean moreSpecific(String a, String b) {
      return prefix(a).startsWith(prefix(b)) && suffix(a).endsWith(suffix(b));
    }

    private static String prefix(String pattern) {
      return pattern.substring(0, pattern.indexOf(Template.PARAM));
    }

    private static String suffix(String pattern) {
      return pattern.substring(pattern.indexOf(Template.PARAM) + Template.PARAM.length());
    }

    /**
     * Builds the table. The builder may be used again; later routes do not change a built table.
     *
     * @return the table
     */
    public RouteTable build() {
      Map<String, Node> frozen = new HashMap<>();
      for (Map.Entry<String, Draft> e : roots.entrySet()) {
        frozen.put(e.getKey(), e.getValue().freeze());
      }
      Draft get = roots.get(GET);
      Draft head = roots.get(HEAD);
      if (get != null) {
        frozen.put(HEAD, Draft.merge(get, head).freeze());
      }
      return new RouteTable(catalog, Collections.unmodifiableList(new ArrayList<>(routes)), frozen);
    }
  }
}
