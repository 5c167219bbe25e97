package com.example.signstack;

import dev.scopegate.annotations.RequiresScopes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Workflows of a namespace, kept in memory. The routes' scopes come from openapi.yaml; advancing a
 * workflow also needs its method's rule: the two verbs, or the family's wildcard.
 */
@RestController
public class WorkflowController {
  /** One workflow. */
  public record Workflow(String id, String namespace, int step) {}

  private final Map<String, Workflow> workflows = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  @GetMapping("/v1/health")
  public Map<String, String> health() {
    return Map.of("status", "up");
  }

  @GetMapping("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows")
  public List<Workflow> list(@PathVariable("namespaceKey") String namespace) {
    return workflows.values().stream().filter(w -> w.namespace().equals(namespace)).toList();
  }

  @PostMapping("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows")
  @ResponseStatus(HttpStatus.CREATED)
  public Workflow create(@PathVariable("namespaceKey") String namespace) {
    Workflow workflow = new Workflow("wf-" + ids.incrementAndGet(), namespace, 0);
    workflows.put(workflow.id(), workflow);
    return workflow;
  }

  @GetMapping("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}")
  public Workflow get(@PathVariable("workflowId") String id) {
    return find(id);
  }

  @PostMapping("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/advance")
  @RequiresScopes(value = {"workflow:update", "workflow:execute"}, or = @RequiresScopes.Alternative("workflow:*"))
  public Workflow advance(@PathVariable("workflowId") String id) {
    return workflows.compute(id, (key, w) -> {
      if (w == null) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No workflow " + key);
      }
      return new Workflow(w.id(), w.namespace(), w.step() + 1);
    });
  }

  private Workflow find(String id) {
    Workflow workflow = workflows.get(id);
    if (workflow == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No workflow " + id);
    }
    return workflow;
  }
}
