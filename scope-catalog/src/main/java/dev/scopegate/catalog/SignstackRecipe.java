package dev.scopegate.catalog;

import static dev.scopegate.catalog.SignstackScopes.API_KEY_ALL;
import static dev.scopegate.catalog.SignstackScopes.API_KEY_CREATE;
import static dev.scopegate.catalog.SignstackScopes.API_KEY_READ;
import static dev.scopegate.catalog.SignstackScopes.EMBED_TOKEN_CREATE;
import static dev.scopegate.catalog.SignstackScopes.FILE_READ;
import static dev.scopegate.catalog.SignstackScopes.FILE_UPLOAD;
import static dev.scopegate.catalog.SignstackScopes.NAMESPACE_ALL;
import static dev.scopegate.catalog.SignstackScopes.RESOURCE_ALL;
import static dev.scopegate.catalog.SignstackScopes.RESOURCE_CREATE;
import static dev.scopegate.catalog.SignstackScopes.RESOURCE_READ;
import static dev.scopegate.catalog.SignstackScopes.RESOURCE_UPDATE;
import static dev.scopegate.catalog.SignstackScopes.SCENARIO_ALL;
import static dev.scopegate.catalog.SignstackScopes.WEBHOOK_ALL;
import static dev.scopegate.catalog.SignstackScopes.WEBHOOK_READ;
import static dev.scopegate.catalog.SignstackScopes.WORKFLOW_ALL;
import static dev.scopegate.catalog.SignstackScopes.WORKFLOW_CREATE;
import static dev.scopegate.catalog.SignstackScopes.WORKFLOW_EXECUTE;
import static dev.scopegate.catalog.SignstackScopes.WORKFLOW_READ;

import dev.scopegate.GrantedScopes;
import dev.scopegate.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Signstack reference's five recommended scope sets ("Common Scope Sets"), with their titles,
 * guidance and scopes in the documented order.
 *
 * {@snippet :
 * SignstackRecipe r = SignstackRecipe.byId("ci-cd-push").orElseThrow();
 * r.title();    // "CI/CD pipeline (push primitives only)"
 * r.texts();    // [resource:read, resource:create, resource:update]
 * r.grant().covers(SignstackScopes.CATALOG.requirement("resource:update"));   // true
 * }
 */
public enum SignstackRecipe {
  /** {@code backend-workflows}: the most common server-to-server case. */
  BACKEND_WORKFLOWS(
      "backend-workflows",
      "Backend that authors and runs workflows",
      "The most common server-to-server case \u2014 your backend creates blueprints/templates and launches"
          + " workflows.",
      RESOURCE_READ,
      RESOURCE_CREATE,
      RESOURCE_UPDATE,
      WORKFLOW_READ,
      WORKFLOW_CREATE,
      WORKFLOW_EXECUTE,
      FILE_READ,
      FILE_UPLOAD,
      WEBHOOK_READ),
  /** {@code backend-embed}: a backend that mounts SignStack web components for its customers. */
  BACKEND_EMBED(
      "backend-embed",
      "Backend that mints embed tokens for a customer-facing UI",
      "If your backend serves a customer-facing surface that mounts SignStack web components, you need to"
          + " read the resources you're embedding plus mint embed tokens.",
      RESOURCE_READ,
      WORKFLOW_READ,
      WORKFLOW_CREATE,
      EMBED_TOKEN_CREATE,
      FILE_READ),
  /** {@code ci-cd-push}: a pipeline that pushes primitives on merge. */
  CI_CD_PUSH(
      "ci-cd-push",
      "CI/CD pipeline (push primitives only)",
      "A pipeline key that pushes blueprint/template changes from your repo on merge.",
      RESOURCE_READ,
      RESOURCE_CREATE,
      RESOURCE_UPDATE),
  /** {@code multi-tenant-provisioning}: a back-office key that provisions tenants. */
  MULTI_TENANT_PROVISIONING(
      "multi-tenant-provisioning",
      "Multi-tenant provisioning",
      "A back-office key that provisions per-tenant namespaces and mints their starter API keys.",
      NAMESPACE_ALL,
      API_KEY_CREATE,
      API_KEY_READ),
  /** {@code full-access}: internal admin tooling only. */
  FULL_ACCESS(
      "full-access",
      "Full-access (use sparingly)",
      "For internal admin tooling only. Avoid for any externally-touchable system.",
      RESOURCE_ALL,
      WORKFLOW_ALL,
      SCENARIO_ALL,
      WEBHOOK_ALL,
      NAMESPACE_ALL,
      API_KEY_ALL,
      FILE_READ,
      FILE_UPLOAD,
      EMBED_TOKEN_CREATE);

  private final String id;
  private final String title;
  private final String guidance;
  private final List<Scope> scopes;
  private final List<String> texts;
  private final GrantedScopes granted;

  SignstackRecipe(String id, String title, String guidance, Scope... scopes) {
    this.id = id;
    this.title = title;
    this.guidance = guidance;
    this.scopes = List.of(scopes);
    List<String> t = new ArrayList<>();
    for (Scope s : scopes) {
      t.add(s.toString());
    }
    this.texts = List.copyOf(t);
    this.granted = SignstackScopes.CATALOG.grant(this.scopes);
  }

  /**
   * The recipe with that id.
   *
   * @param id a stable id, such as {@code "backend-workflows"}
   * @return the recipe, or empty if no recipe has that id
   */
  public static Optional<SignstackRecipe> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (SignstackRecipe r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The stable id, for configuration and command lines.
   *
   * @return the id, such as {@code "backend-workflows"}
   */
  public String id() {
    return id;
  }

  /**
   * The title, verbatim from the reference.
   *
   * @return the title, such as {@code "Backend that authors and runs workflows"}
   */
  public String title() {
    return title;
  }

  /**
   * The guidance paragraph under the title, verbatim from the reference.
   *
   * @return the guidance
   */
  public String guidance() {
    return guidance;
  }

  /**
   * The scopes, in the documented order; the list cannot be modified.
   *
   * @return the scopes
   */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * The scopes as text, in the documented order; the list cannot be modified.
   *
   * @return the scope texts, such as {@code [resource:read, resource:create, resource:update]}
   */
  public List<String> texts() {
    return texts;
  }

  /**
   * What a key with exactly this recipe's scopes grants.
   *
   * @return the granted set
   */
  public GrantedScopes grant() {
    return granted;
  }
}
