package com.example.jakarta;

import dev.scopegate.annotations.RequiresScopes;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

@Path("/v0/scenarios")
public class LegacyResource {
  @GET
  @Path("{scenarioId}")
  @RequiresScopes("scenario:read")
  public String get(String scenarioId) {
    return scenarioId;
  }
}
