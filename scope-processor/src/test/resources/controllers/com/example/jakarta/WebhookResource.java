package com.example.jakarta;

import dev.scopegate.annotations.RequiresScopes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

@Path("v1/webhooks/")
public class WebhookResource {
  @GET
  @RequiresScopes(value = "webhook:read", operationId = "listWebhooks")
  public String list() {
    return "";
  }

  @POST
  @Path("/")
  @RequiresScopes(value = "webhook:create", or = @RequiresScopes.Alternative("namespace:update"), operationId = "createWebhook")
  public String create(String body) {
    return body;
  }

  @GET
  @HEAD
  @Path("{id: [0-9]+}/")
  @RequiresScopes("webhook:read")
  public String get(long id) {
    return "";
  }

  @PUT
  @Path("/{id}")
  @RequiresScopes({"webhook:update", "webhook:read"})
  public void update(long id, String body) {}

  @DELETE
  @Path("{id}")
  @RequiresScopes("webhook:delete")
  public void delete(long id) {}

  @Path("{id}/deliveries")
  @RequiresScopes("webhook:read")
  public Object deliveries(long id) {
    return this;
  }
}
