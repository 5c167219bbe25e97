package dev.scopegate.catalog;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;

/**
 * The Signstack scope catalog: 14 families, 35 concrete scopes and 6 family wildcards, with the
 * descriptions ("Grants") and display names of the Signstack Scopes reference, verbatim.
 *
 * <p>Only {@code namespace}, {@code api-key}, {@code resource}, {@code workflow}, {@code
 * scenario} and {@code webhook} expose a {@code *} wildcard; {@code file:*}, {@code user:*},
 * {@code embed-token:*} and the like are not scopes and grant nothing.
 *
 * {@snippet :
 * Requirement create = SignstackScopes.CATALOG.requirement("workflow:create");
 * create.check("workflow:*").allowed();                // true
 * create.check("workflow:read").message().get();       // "Token lacks required scope: workflow:create"
 * SignstackScopes.CATALOG.parse("workflow:create") == SignstackScopes.WORKFLOW_CREATE;  // true
 * }
 */
public final class SignstackScopes {
  /** The Signstack catalog, families in the reference's order. */
  public static final ScopeCatalog CATALOG = ScopeCatalog.of(      ScopeFamily.builder("organization", "Organization")
          .verb("read", "Read the calling user's organization")
          .verb("update", "Update organization settings")
          .build(),
      ScopeFamily.builder("user", "User")
          .verb("read", "Read user records")
          .verb("create", "Create users")
          .verb("update", "Update user records")
          .build(),
      ScopeFamily.builder("billing", "Billing")
          .verb("read", "View invoices, plan, usage")
          .verb("manage", "Manage billing subscription")
          .build(),
      ScopeFamily.builder("namespace", "Namespace")
          .verb("read", "List and inspect namespaces")
          .verb("create", "Provision new namespaces")
          .verb("update", "Update namespace settings, branding")
          .wildcard("All namespace verbs")
          .build(),
      ScopeFamily.builder("api-key", "API Key")
          .verb("read", "List API keys (no secret material)")
          .verb("create", "Mint new API keys")
          .verb("delete", "Revoke API keys")
          .wildcard("All API-key verbs")
          .build(),
      ScopeFamily.builder("embed-token", "Embed Token")
          .verb("create", "Mint embed tokens for the four <ss-*> web components")
          .build(),
      ScopeFamily.builder("resource", "Resource")
          .note("covers all primitives: blueprints, templates, schemas, assets, functions")
          .verb("read", "Read primitives")
          .verb("create", "Create primitives (drafts)")
          .verb("update", "Update drafts; publish new versions")
          .verb("delete", "Delete drafts")
          .wildcard("All resource verbs")
          .build(),
      ScopeFamily.builder("workflow", "Workflow")
          .verb("read", "Read workflows + their state")
          .verb("create", "Create workflows from blueprints")
          .verb("update", "Update workflow data, add documents, void")
          .verb("execute", "Process steps, send for signatures, advance state")
          .wildcard("All workflow verbs")
          .build(),
      ScopeFamily.builder("signing", "Signing")
          .verb("sign", "Submit a participant signature (used by signing-session embed tokens)")
          .build(),
      ScopeFamily.builder("scenario", "Scenario")
          .verb("read", "Read scenarios")
          .verb("create", "Create scenarios")
          .verb("update", "Update scenarios; link/unlink scenarios to resources")
          .verb("delete", "Delete scenarios")
          .wildcard("All scenario verbs")
          .build(),
      ScopeFamily.builder("webhook", "Webhook")
          .verb("read", "Read webhook configs and delivery logs")
          .verb("create", "Configure new webhook endpoints")
          .verb("update", "Update webhook configs")
          .verb("delete", "Delete webhook configs")
          .wildcard("All webhook verbs")
          .build(),
      ScopeFamily.builder("file", "File")
          .verb("read", "Download files (assets, rendered docs)")
          .verb("upload", "Upload files for use in templates / workflows")
          .build(),
      ScopeFamily.builder("ai-chat", "AI Chat")
          .verb("use", "Invoke SignStack's AI helpers \u2014 used by Studio's in-app AI assistant, CLI generation/modify commands, and the embedded resource-editor's AI features")
          .build(),
      ScopeFamily.builder("library", "Library")
          .verb("publish", "Publish primitives to the Library")
          .build());
  // Organization
  /** {@code organization:read}: Read the calling user's organization. */
  public static final Scope ORGANIZATION_READ = CATALOG.parse("organization:read");

  /** {@code organization:update}: Update organization settings. */
  public static final Scope ORGANIZATION_UPDATE = CATALOG.parse("organization:update");

  // User
  /** {@code user:read}: Read user records. */
  public static final Scope USER_READ = CATALOG.parse("user:read");

  /** {@code user:create}: Create users. */
  public static final Scope USER_CREATE = CATALOG.parse("user:create");

  /** {@code user:update}: Update user records. */
  public static final Scope USER_UPDATE = CATALOG.parse("user:update");

  // Billing
  /** {@code billing:read}: View invoices, plan, usage. */
  public static final Scope BILLING_READ = CATALOG.parse("billing:read");

  /** {@code billing:manage}: Manage billing subscription. */
  public static final Scope BILLING_MANAGE = CATALOG.parse("billing:manage");

  // Namespace
  /** {@code namespace:read}: List and inspect namespaces. */
  public static final Scope NAMESPACE_READ = CATALOG.parse("namespace:read");

  /** {@code namespace:create}: Provision new namespaces. */
  public static final Scope NAMESPACE_CREATE = CATALOG.parse("namespace:create");

  /** {@code namespace:update}: Update namespace settings, branding. */
  public static final Scope NAMESPACE_UPDATE = CATALOG.parse("namespace:update");

  /** {@code namespace:*}: All namespace verbs. */
  public static final Scope NAMESPACE_ALL = CATALOG.parse("namespace:*");

  // API Key
  /** {@code api-key:read}: List API keys (no secret material). */
  public static final Scope API_KEY_READ = CATALOG.parse("api-key:read");

  /** {@code api-key:create}: Mint new API keys. */
  public static final Scope API_KEY_CREATE = CATALOG.parse("api-key:create");

  /** {@code api-key:delete}: Revoke API keys. */
  public static final Scope API_KEY_DELETE = CATALOG.parse("api-key:delete");

  /** {@code api-key:*}: All API-key verbs. */
  public static final Scope API_KEY_ALL = CATALOG.parse("api-key:*");

  // Embed Token
  /** {@code embed-token:create}: Mint embed tokens for the four &lt;ss-*&gt; web components. */
  public static final Scope EMBED_TOKEN_CREATE = CATALOG.parse("embed-token:create");

  // Resource
  /** {@code resource:read}: Read primitives. */
  public static final Scope RESOURCE_READ = CATALOG.parse("resource:read");

  /** {@code resource:create}: Create primitives (drafts). */
  public static final Scope RESOURCE_CREATE = CATALOG.parse("resource:create");

  /** {@code resource:update}: Update drafts; publish new versions. */
  public static final Scope RESOURCE_UPDATE = CATALOG.parse("resource:update");

  /** {@code resource:delete}: Delete drafts. */
  public static final Scope RESOURCE_DELETE = CATALOG.parse("resource:delete");

  /** {@code resource:*}: All resource verbs. */
  public static final Scope RESOURCE_ALL = CATALOG.parse("resource:*");

  // Workflow
  /** {@code workflow:read}: Read workflows + their state. */
  public static final Scope WORKFLOW_READ = CATALOG.parse("workflow:read");

  /** {@code workflow:create}: Create workflows from blueprints. */
  public static final Scope WORKFLOW_CREATE = CATALOG.parse("workflow:create");

  /** {@code workflow:update}: Update workflow data, add documents, void. */
  public static final Scope WORKFLOW_UPDATE = CATALOG.parse("workflow:update");

  /** {@code workflow:execute}: Process steps, send for signatures, advance state. */
  public static final Scope WORKFLOW_EXECUTE = CATALOG.parse("workflow:execute");

  /** {@code workflow:*}: All workflow verbs. */
  public static final Scope WORKFLOW_ALL = CATALOG.parse("workflow:*");

  // Signing
  /** {@code signing:sign}: Submit a participant signature (used by signing-session embed tokens). */
  public static final Scope SIGNING_SIGN = CATALOG.parse("signing:sign");

  // Scenario
  /** {@code scenario:read}: Read scenarios. */
  public static final Scope SCENARIO_READ = CATALOG.parse("scenario:read");

  /** {@code scenario:create}: Create scenarios. */
  public static final Scope SCENARIO_CREATE = CATALOG.parse("scenario:create");

  /** {@code scenario:update}: Update scenarios; link/unlink scenarios to resources. */
  public static final Scope SCENARIO_UPDATE = CATALOG.parse("scenario:update");

  /** {@code scenario:delete}: Delete scenarios. */
  public static final Scope SCENARIO_DELETE = CATALOG.parse("scenario:delete");

  /** {@code scenario:*}: All scenario verbs. */
  public static final Scope SCENARIO_ALL = CATALOG.parse("scenario:*");

  // Webhook
  /** {@code webhook:read}: Read webhook configs and delivery logs. */
  public static final Scope WEBHOOK_READ = CATALOG.parse("webhook:read");

  /** {@code webhook:create}: Configure new webhook endpoints. */
  public static final Scope WEBHOOK_CREATE = CATALOG.parse("webhook:create");

  /** {@code webhook:update}: Update webhook configs. */
  public static final Scope WEBHOOK_UPDATE = CATALOG.parse("webhook:update");

  /** {@code webhook:delete}: Delete webhook configs. */
  public static final Scope WEBHOOK_DELETE = CATALOG.parse("webhook:delete");

  /** {@code webhook:*}: All webhook verbs. */
  public static final Scope WEBHOOK_ALL = CATALOG.parse("webhook:*");

  // File
  /** {@code file:read}: Download files (assets, rendered docs). */
  public static final Scope FILE_READ = CATALOG.parse("file:read");

  /** {@code file:upload}: Upload files for use in templates / workflows. */
  public static final Scope FILE_UPLOAD = CATALOG.parse("file:upload");

  // AI Chat
  /** {@code ai-chat:use}: Invoke SignStack's AI helpers — used by Studio's in-app AI assistant, CLI generation/modify commands, and the embedded resource-editor's AI features. */
  public static final Scope AI_CHAT_USE = CATALOG.parse("ai-chat:use");

  // Library
  /** {@code library:publish}: Publish primitives to the Library. */
  public static final Scope LIBRARY_PUBLISH = CATALOG.parse("library:publish");

  private SignstackScopes() {}
}
