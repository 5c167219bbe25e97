package dev.scopegate.spring.example;

import dev.scopegate.annotations.RequiresScopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** scope-spring/README.md's method-security example, run by {@code MethodSecurityTest}. */
// snippet: workflows
@Service
public class Workflows {
  @RequiresScopes("workflow:create")
  public String create(String name) {
    return "created " + name;
  }

  @RequiresScopes(value = {"workflow:update", "workflow:execute"}, or = @RequiresScopes.Alternative("workflow:*"))
  public String advance(String id) {
    return "advanced " + id;
  }

  @PreAuthorize("@scopes.all('workflow:update', 'file:read')")
  public String attach(String id, String fileId) {
    return "attached " + fileId + " to " + id;
  }
}
// end: workflows
