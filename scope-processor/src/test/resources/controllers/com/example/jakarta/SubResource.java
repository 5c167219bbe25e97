package com.example.jakarta;

import dev.scopegate.annotations.RequiresScopes;
import jakarta.ws.rs.GET;

/** Not a root resource (no class-level @Path): its path depends on the locator that returns it. */
public class SubResource {
  @GET
  @RequiresScopes("webhook:read")
  public String get() {
    return "";
  }
}
