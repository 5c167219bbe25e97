package dev.scopegate.spring;

import dev.scopegate.annotations.RequiresScopes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's handlers, one per operation. Each records that it was reached and checks, with
 * plain set logic written here (not the engine), that the caller's token covers what the handler
 * itself needs; anything reached without it is a violation the tests fail on.
 */
@RestController
class TestApi {
  private static final String WORKFLOWS = "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows";
  private static final Map<String, List<String>> VERBS = Map.of(
      "workflow", List.of("read", "create", "update", "execute"),
      "resource", List.of("read", "create", "update", "delete"),
      "file", List.of("read", "upload"));

  private final List<String> hits = new CopyOnWriteArrayList<>();
  private final List<String> violations = new CopyOnWriteArrayList<>();

  /** The operations reached, in order (a method, so that it reaches the target through the proxy). */
  public List<String> hits() {
    return hits;
  }

  /** The operations reached without the scopes they need. */
  public List<String> violations() {
    return violations;
  }

  @PostMapping(WORKFLOWS)
  String createWorkflow() {
    return reached("POST " + WORKFLOWS, "workflow:create");
  }

  @GetMapping(WORKFLOWS)
  String listWorkflows() {
    return reached("GET " + WORKFLOWS, "workflow:read");
  }

  @GetMapping(WORKFLOWS + "/{workflowId}")
  String getWorkflow() {
    return reached("GET " + WORKFLOWS + "/{workflowId}", "workflow:read");
  }

  @PostMapping(WORKFLOWS + "/{workflowId}/advance")
  String advance() {
    return reached("POST " + WORKFLOWS + "/{workflowId}/advance", "workflow:update", "workflow:execute");
  }

  @GetMapping("/v1/things/{id}")
  String thing() {
    return reached("GET /v1/things/{id}", "resource:read");
  }

  @GetMapping("/v1/things/export")
  String export() {
    return reached("GET /v1/things/export", "resource:*");
  }

  @GetMapping("/v1/docs/{page}")
  String doc() {
    return reached("GET /v1/docs/{page}");
  }

  @GetMapping("/v1/docs/internal")
  String internalDoc() {
    return reached("GET /v1/docs/internal", "resource:update");
  }

  @PostMapping("/v1/auth/token")
  String token() {
    return reached("POST /v1/auth/token");
  }

  @GetMapping("/v1/me")
  String me() {
    return reached("GET /v1/me", "");
  }

  @PostMapping("/v1/methods/annotated")
  @RequiresScopes("workflow:create")
  public String annotated() {
    return reached("POST /v1/methods/annotated", "workflow:create");
  }

  @GetMapping("/v1/methods/alternatives")
  @RequiresScopes(value = {"workflow:update", "workflow:execute"}, or = @RequiresScopes.Alternative("resource:*"))
  public String alternatives() {
    Set<String> held = held();
    boolean covered = covers(held, List.of("workflow:update", "workflow:execute")) || covers(held, List.of("resource:*"));
    return reached("GET /v1/methods/alternatives", covered);
  }

  @GetMapping("/v1/methods/spel")
  @PreAuthorize("@scopes.all('workflow:update', 'file:read')")
  public String spel() {
    return reached("GET /v1/methods/spel", "workflow:update", "file:read");
  }

  @GetMapping("/v1/methods/public")
  @RequiresScopes("workflow:read")
  public String publicButAnnotated() {
    return reached("GET /v1/methods/public", "workflow:read");
  }

  /** A handler that needs no token (no scope given), or a token with every given scope ("" for any token). */
  private String reached(String operation, String... scopes) {
    boolean entitled = scopes.length == 0
        || (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken
            && covers(held(), Arrays.stream(scopes).filter(s -> !s.isEmpty()).toList()));
    return reached(operation, entitled);
  }

  private String reached(String operation, boolean entitled) {
    hits.add(operation);
    if (!entitled) {
      violations.add(operation + " reached by " + SecurityContextHolder.getContext().getAuthentication());
    }
    return "reached " + operation;
  }

  /** The scopes of the caller's {@code scope} claim split on spaces, or of its {@code scp} array; none without a JWT. */
  private static Set<String> held() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken jwt)) {
      return Set.of();
    }
    Object scope = jwt.getTokenAttributes().get("scope");
    Object scp = jwt.getTokenAttributes().get("scp");
    Set<String> held = new HashSet<>();
    if (scope instanceof String s) {
      held.addAll(Arrays.asList(s.split(" +")));
    } else if (scp instanceof List<?> list) {
      list.forEach(entry -> held.add(String.valueOf(entry)));
    }
    return held;
  }

  /** Whether {@code held} covers every scope: itself, or its family's wildcard; a wildcard needs itself or every verb. */
  private static boolean covers(Set<String> held, List<String> required) {
    for (String scope : required) {
      String family = scope.substring(0, scope.indexOf(':'));
      boolean covered = held.contains(scope) || held.contains(family + ":*")
          || (scope.endsWith(":*") && VERBS.get(family).stream().allMatch(v -> held.contains(family + ":" + v)));
      if (!covered) {
        return false;
      }
    }
    return true;
  }
}
