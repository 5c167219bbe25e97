package com.example;

import dev.scopegate.annotations.RequiresScopes;

public class WorkflowController {
  @RequiresScopes("workflow:create")
  public String create(String namespace, String draft) {
    return draft;
  }
}
