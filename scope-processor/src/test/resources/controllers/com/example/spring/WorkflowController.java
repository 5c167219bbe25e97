package com.example.spring;

import dev.scopegate.annotations.RequiresScopes;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

@RequestMapping("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows")
public class WorkflowController {
  @GetMapping
  @RequiresScopes(value = "workflow:read", or = @RequiresScopes.Alternative("namespace:*"), operationId = "listWorkflows")
  public List<String> list(String orgId, String namespaceKey) {
    return List.of();
  }

  @PostMapping(produces = "application/json")
  @RequiresScopes(value = "workflow:create", operationId = "createWorkflow")
  public String create(String orgId, String namespaceKey, String body) {
    return body;
  }

  @GetMapping("/{workflowId}")
  @RequiresScopes("workflow:read")
  public String get(String orgId, String namespaceKey, String workflowId) {
    return workflowId;
  }

  @GetMapping(path = "{workflowId}/documents/{documentId}")
  @RequiresScopes({"workflow:read", "file:read"})
  public byte[] get(String orgId, String namespaceKey, String workflowId, String documentId) {
    return new byte[0];
  }

  @PutMapping(path = {"/{workflowId}", "/{workflowId}/"})
  @RequiresScopes("workflow:update")
  public void update(String workflowId, String body) {}

  @PatchMapping("/{workflowId:[a-z0-9-]+}")
  @RequiresScopes("workflow:update")
  public void patch(String workflowId, String body) {}

  @RequestMapping(path = "/{workflowId}/steps", method = {RequestMethod.POST, RequestMethod.PUT})
  @RequiresScopes(value = "workflow:execute", or = @RequiresScopes.Alternative({"workflow:update", "signing:sign"}))
  public void advance(String workflowId, int step) {}

  @RequestMapping("/{workflowId}/legacy")
  @RequiresScopes("workflow:read")
  public String legacy(String workflowId) {
    return workflowId;
  }

  @DeleteMapping("/{workflowId}")
  public void notAnnotated(String workflowId) {}

  @RequiresScopes("workflow:read")
  public String noMapping() {
    return "";
  }

  /** A nested controller: its binary name has a '$'. */
  @RequestMapping(path = "/v1/runs", method = RequestMethod.GET)
  public static class Runs {
    @RequestMapping("/{runId}")
    @RequiresScopes("workflow:read")
    public String get(String runId) {
      return runId;
    }

    @GetMapping("/latest")
    @RequiresScopes("workflow:read")
    public String latest() {
      return "";
    }
  }
}
