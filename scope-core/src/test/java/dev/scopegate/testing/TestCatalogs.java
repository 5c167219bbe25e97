package dev.scopegate.testing;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;

/** Small catalogs for core tests (the real Signstack catalog lives in scope-catalog). */
public final class TestCatalogs {
  private TestCatalogs() {}

  /** Five Signstack-like families: workflow and api-key and namespace with wildcards, file and embed-token without. */
  public static ScopeCatalog signstackLike() {
    return ScopeCatalog.of(
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
        ScopeFamily.builder("workflow", "Workflow")
            .verb("read", "Read workflows + their state")
            .verb("create", "Create workflows from blueprints")
            .verb("update", "Update workflow data, add documents, void")
            .verb("execute", "Process steps, send for signatures, advance state")
            .wildcard("All workflow verbs")
            .build(),
        ScopeFamily.builder("file", "File")
            .verb("read", "Download files (assets, rendered docs)")
            .verb("upload", "Upload files for use in templates / workflows")
            .build());
  }
}
