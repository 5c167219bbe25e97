package dev.scopegate.guard;

import dev.scopegate.AccessRule;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * /v1/things/{thingId}}) are rejected when the table is built (a {@link DuplicateRouteException}
 * naming both), and so are two whose parameters with
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
 * <h2>Tenant bindings</h2>
 *
 * A scope says what a token may do, not where: a token with {@code workflow:read} for namespace
 * A passes the scope check on namespace B's URL. Bindings tie a path parameter to a claim of the
 * token, for every protected route whose template has that parameter:
 *
 * {@snippet :
 * RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
 *     .route("GET", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:read")
 *     .route("GET", "/v1/orgs/{orgId}/files/{fileId}", "file:read")
 *     .bind("orgId", "org_id")              // both routes
 *     .bind("namespaceKey", "namespace")    // the first one
 *     .bindMode("namespaceKey", "mode")     // the first one; the guard needs a ModeLookup
 *     .build();
 * }
 *
 * <ul>
 *   <li>{@link Builder#bind bind(parameter, claim)}: the parameter's raw path segment must equal the
 *       claim, a string, or one of its strings when the claim is a list (a token for several
 *       namespaces). The segment is compared exactly as sent: still percent-encoded and
 *       case-sensitive, never decoded, so no encoding makes two tenants equal ({@code NS1} is not
 *       {@code ns1}; the path rules already refuse {@code %6Es1}, {@code %2F}, {@code ..}).
 *   <li>{@link Builder#bindMode bindMode(parameter, claim)}: the namespace's mode, which the
 *       guard's {@link ModeLookup} gives for the request's path parameters, must equal the
 *       claim, a string ({@code "live"} or {@code "test"}: "a test-mode key can never touch
 *       live-mode data"). A namespace the lookup does not know is denied exactly like a mode
 *       mismatch. The lookup runs only after every parameter binding has matched.
 * </ul>
 *
 * <p>The {@link Guard} checks them after the path rules and the route, and after the token is
 * found present and usable (401 first), before the scope check; so a request to another tenant's
 * URL gets the binding's answer whatever scopes the token has, and a scope denial is only ever
 * given for the token's own tenant. The answers are 403 with the reference's body and no {@code
 * WWW-Authenticate}:
 *
 * <table>
 *   <caption>Binding answers</caption>
 *   <tr><th>situation</th><th>{@code errorInfo.message}</th></tr>
 *   <tr><td>the parameter is not the token's (another organization or namespace, whether or not
 *       it exists)</td><td>{@code Token does not match path parameter: orgId}</td></tr>
 *   <tr><td>the namespace's mode is not the token's, or the lookup knows no such namespace</td>
 *       <td>{@code Token mode does not match path parameter: namespaceKey}</td></tr>
 *   <tr><td>the token lacks the claim, or it is neither a string nor a list (the mode claim: not
 *       a string)</td><td>{@code Token lacks binding claim: org_id}</td></tr>
 * </table>
 *
 * The messages name the parameter or the claim, never a value: not the token's tenant, not
 * whether the other one exists. A missing claim is 403, not 401: the token is authentic (a new
 * one from the same issuer would lack the claim too) and may be good for routes that bind nothing,
 * but it is bound to no tenant, so it may touch no bound URL, as a token without a scope may call
 * no scoped operation. Parameter bindings are checked in template order, then the mode; the first
 * that fails answers. A public route reads no claim, so nothing is bound on it. Building fails
 * when a binding names a parameter that no protected route has, so a misspelt parameter never
 * binds nothing in silence.
 *
 * <h2>Matching cost</h2>
 *
 * Templates are stored as one tree per method; a match walks the request path once, trying the
 * literal child before the parameter child and backing up only when the literal branch has no
 * route further down, and allocates nothing. A node with many literal children finds the one for a
 * segment by its hash, so the time does not grow with the number of sibling operations.
 */
public final class RouteTable {
  private final ScopeCatalog catalog;
  private final List<Route> routes;
  private final List<Binding> bindings;
  private final Map<String, Node> roots;

  private RouteTable(ScopeCatalog catalog, List<Route> routes, List<Binding> bindings, Map<String, Node> roots) {
    this.catalog = catalog;
    this.routes = routes;
    this.bindings = bindings;
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
   * The bindings declared for the table, in declaration order; each route has those of its
   * template's parameters ({@link Route#bindings()}).
   *
   * @return the bindings
   */
  public List<Binding> bindings() {
    return bindings;
  }

  /** Whether the table binds a mode, so the guard needs a {@link ModeLookup}. */
  boolean bindsMode() {
    for (Binding b : bindings) {
      if (b.kind() == Binding.Kind.MODE) {
        return true;
      }
    }
    return false;
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
   * Tables are equal when their catalogs are equal and they declare equal routes and bindings in
   * the same order.
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
    return routes.equals(that.routes) && bindings.equals(that.bindings) && catalog.equals(that.catalog);
  }

  @Override
  public int hashCode() {
    return routes.hashCode();
  }

  /**
   * A summary: {@code RouteTable[12 routes]}, or {@code RouteTable[12 routes, bound [{orgId} =
   * org_id]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RouteTable[" + routes.size() + " routes" + (bindings.isEmpty() ? "" : ", bound " + bindings) + "]";
  }

  /** One node of a method's template tree, frozen. */
  private static final class Node {
    /** Up to this many literal children are found by a scan; more, by a hash table. */
    private static final int SCAN_LIMIT = 4;

    private final String[] literals;
    private final boolean[] literalHasColon;
    /** Whether any literal has {@code :}, which a request may spell {@code %3A}. */
    private final boolean anyColon;
    private final Node[] literalChildren;
    /** Parameters with a prefix or suffix, the most specific (longest literal text) first. */
    private final String[] prefixes;
    private final String[] suffixes;
    private final Node[] patternChildren;
    /**
     * Open addressing over {@link #literals} (index + 1; 0 is empty), under half full, keyed by
     * the low bits of {@link String#hashCode()}; empty when there are at most {@link #SCAN_LIMIT}
     * literals.
     */
    private final int[] slots;
    private final @Nullable Node parameter;
    private final @Nullable Route route;

    Node(String[] literals, Node[] literalChildren, String[] patterns, Node[] patternChildren, @Nullable Node parameter,
        @Nullable Route route) {
      this.literals = literals;
      this.literalHasColon = new boolean[literals.length];
      boolean colon = false;
      for (int i = 0; i < literals.length; i++) {
        literalHasColon[i] = literals[i].indexOf(':') >= 0;
        colon |= literalHasColon[i];
      }
      this.anyColon = colon;
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
      this.slots = literals.length <= SCAN_LIMIT ? new int[0] : slots(literals);
    }

    /** A power of two over twice the literals, so a probe always reaches an empty slot. */
    private static int[] slots(String[] keys) {
      int[] slots = new int[Integer.highestOneBit(keys.length) << 2];
      int mask = slots.length - 1;
      for (int i = 0; i < keys.length; i++) {
        int s = keys[i].hashCode() & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = i + 1;
      }
      return slots;
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
      int literal = literal(path, start, end);
      if (literal >= 0) {
        Route found = literalChildren[literal].match(path, end + 1);
        if (found != null) {
          return found;
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

    /**
     * The index of the literal the segment {@code path[start, end)} is, or -1; without allocating.
     * A literal with {@code :} also matches the segment that spells it {@code %3A}.
     */
    private int literal(String path, int start, int end) {
      String[] keys = literals;
      int[] table = slots;
      if (table.length == 0) {
        for (int i = 0; i < keys.length; i++) {
          if (SegmentMatch.equalsLiteral(path, start, end, keys[i], literalHasColon[i])) {
            return i;
          }
        }
        return -1;
      }
      int segmentLength = end - start;
      int hash = 0;
      for (int i = start; i < end; i++) {
        hash = 31 * hash + path.charAt(i);
      }
      int mask = table.length - 1;
      for (int s = hash & mask; table[s] != 0; s = (s + 1) & mask) {
        String key = keys[table[s] - 1];
        if (key.length() == segmentLength && path.regionMatches(start, key, 0, segmentLength)) {
          return table[s] - 1;
        }
      }
      if (anyColon) {
        for (int i = 0; i < keys.length; i++) {
          if (literalHasColon[i] && SegmentMatch.equalsLiteral(path, start, end, keys[i], true)) {
            return i;
          }
        }
      }
      return -1;
    }
  }

  /** A route as declared, before the table's bindings make it a {@link Route}. */
  private static final class Declared {
    final String method;
    final String template;
    final Template parsed;
    final @Nullable AccessRule rule;
    final Route.Access access;

    Declared(String method, String template, Template parsed, @Nullable AccessRule rule, Route.Access access) {
      this.method = method;
      this.template = template;
      this.parsed = parsed;
      this.rule = rule;
      this.access = access;
    }
  }

  /** A node of the tree while it is being built. */
  private static final class Draft {
    final Map<String, Draft> literals = new LinkedHashMap<>();
    /** Parameters with a prefix or suffix, by their {@code prefix{}suffix} key. */
    final Map<String, Draft> patterns = new LinkedHashMap<>();
    @Nullable Draft parameter;
    @Nullable Declared route;

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
      Declared overlayRoute = overlay == null ? null : overlay.route;
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

    Node freeze(Map<Declared, Route> built) {
      String[] keys = literals.keySet().toArray(new String[0]);
      Node[] children = new Node[keys.length];
      for (int i = 0; i < keys.length; i++) {
        children[i] = Objects.requireNonNull(literals.get(keys[i])).freeze(built);
      }
      List<String> ordered = new ArrayList<>(patterns.keySet());
      // The most specific first: of two patterns that can match one segment, the one whose literal
      // text extends the other's is longer (Builder refuses two that can both match with neither
      // more specific).
      ordered.sort(Comparator.comparingInt(String::length).reversed());
      String[] patternKeys = ordered.toArray(new String[0]);
      Node[] patternChildren = new Node[patternKeys.length];
      for (int i = 0; i < patternKeys.length; i++) {
        patternChildren[i] = Objects.requireNonNull(patterns.get(patternKeys[i])).freeze(built);
      }
      Draft p = parameter;
      Declared r = route;
      return new Node(keys, children, patternKeys, patternChildren, p == null ? null : p.freeze(built),
          r == null ? null : built.get(r));
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
   * String, AccessRule)}; plus {@link #bind} and {@link #bindMode} for the bindings it declares.
   */
  public static final class Builder {
    private static final String GET = "GET";
    private static final String HEAD = "HEAD";

    private final ScopeCatalog catalog;
    private final List<Declared> routes = new ArrayList<>();
    private final List<Binding> bindings = new ArrayList<>();
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
      Declared existing = node.route;
      if (existing != null) {
        throw new DuplicateRouteException(m, template, existing.template);
      }
      Declared route = new Declared(m, template, parsed, rule, access);
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
     * Binds a path parameter to a token claim: on every protected route whose template has
     * {@code {parameter}}, the parameter's raw segment must equal the claim's value, or one of
     * its values when the claim is a list. See {@link RouteTable} for the answers. May be called
     * before or after the routes it binds.
     *
     * {@snippet :
     * builder.bind("orgId", "org_id").bind("namespaceKey", "namespace");
     * }
     *
     * @param parameter the path parameter's name, as in the templates, such as {@code "orgId"}
     * @param claim the token claim's name, such as {@code "org_id"}; not empty
     * @return this builder
     * @throws IllegalArgumentException if the parameter is not a parameter name, the claim is
     *     empty, or the parameter is bound already
     */
    public Builder bind(String parameter, String claim) {
      return addBinding(Binding.Kind.PARAMETER, parameter, claim, "bind");
    }

    /**
     * Binds the mode of the namespace a path parameter names to a token claim: on every
     * protected route whose template has {@code {parameter}}, the mode the guard's {@link
     * ModeLookup} gives must equal the claim, a string. The guard must then be built with a
     * lookup ({@link Guard.Builder#modeLookup}). A table has at most one mode binding.
     *
     * {@snippet :
     * builder.bindMode("namespaceKey", "mode");
     * }
     *
     * @param parameter the path parameter naming the namespace, such as {@code "namespaceKey"}
     * @param claim the token's mode claim, such as {@code "mode"}; not empty
     * @return this builder
     * @throws IllegalArgumentException if the parameter is not a parameter name, the claim is
     *     empty, or the table has a mode binding already
     */
    public Builder bindMode(String parameter, String claim) {
      return addBinding(Binding.Kind.MODE, parameter, claim, "bindMode");
    }

    private Builder addBinding(Binding.Kind kind, String parameter, String claim, String call) {
      Objects.requireNonNull(parameter, "parameter");
      Objects.requireNonNull(claim, "claim");
      String declared = call + "(" + Text.quote(parameter) + ", " + Text.quote(claim) + ")";
      if (!Template.isParameterName(parameter)) {
        throw new IllegalArgumentException("Invalid binding " + declared
            + ": a parameter name uses letters, digits, '_', '-' and '.', as in the templates' {name}");
      }
      if (claim.isEmpty()) {
        throw new IllegalArgumentException("Invalid binding " + declared + ": the claim name is empty");
      }
      for (Binding b : bindings) {
        if (b.kind() == kind && (kind == Binding.Kind.MODE || b.parameter().equals(parameter))) {
          throw new IllegalArgumentException("Invalid binding " + declared + ": "
              + (kind == Binding.Kind.MODE ? "the table binds a mode already: " : "the parameter is bound already: ") + b);
        }
      }
      bindings.add(new Binding(kind, parameter, claim));
      return this;
    }

    /**
     * Builds the table. The builder may be used again; later routes do not change a built table.
     *
     * @return the table
     * @throws IllegalArgumentException if a binding names a parameter that no protected route's
     *     template has
     */
    public RouteTable build() {
      Map<Declared, Route> built = new IdentityHashMap<>();
      List<Route> out = new ArrayList<>();
      Set<Binding> used = new HashSet<>();
      for (Declared d : routes) {
        boolean checksToken = d.access == Route.Access.PROTECTED || d.access == Route.Access.ELSEWHERE;
        List<Binding> own = checksToken ? bindingsOf(d) : List.of();
        used.addAll(own);
        Route route = new Route(d.method, d.parsed, d.template, d.rule, d.access, own);
        built.put(d, route);
        out.add(route);
      }
      for (Binding b : bindings) {
        if (!used.contains(b)) {
          throw new IllegalArgumentException("Binding " + b + " binds nothing: no protected route has a {"
              + b.parameter() + "} parameter");
        }
      }
      Map<String, Node> frozen = new HashMap<>();
      for (Map.Entry<String, Draft> e : roots.entrySet()) {
        frozen.put(e.getKey(), e.getValue().freeze(built));
      }
      Draft get = roots.get(GET);
      Draft head = roots.get(HEAD);
      if (get != null) {
        frozen.put(HEAD, Draft.merge(get, head).freeze(built));
      }
      return new RouteTable(catalog, Collections.unmodifiableList(out), List.copyOf(bindings), frozen);
    }

    /** The bindings of a template's parameters: parameter bindings in template order, then the mode. */
    private List<Binding> bindingsOf(Declared route) {
      List<Binding> own = new ArrayList<>();
      Binding mode = null;
      List<@Nullable String> names = route.parsed.parameters();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        for (Binding b : bindings) {
          if (name != null && b.parameter().equals(name)) {
            if (Template.isPattern(route.parsed.segments().get(i))) {
              throw new IllegalArgumentException("Binding " + b + " cannot bind route " + route.method + " "
                  + route.template + ": its {" + name + "} has literal text in the same segment, and a binding"
                  + " compares a whole segment; bind only parameters that are a whole segment");
            }
            if (b.kind() == Binding.Kind.PARAMETER) {
              own.add(b);
            } else {
              mode = b;
            }
          }
        }
      }
      if (mode != null) {
        own.add(mode);
      }
      return own;
    }
  }
}
