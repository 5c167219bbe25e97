package dev.scopegate.testing;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeGrammar;

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

  /**
   * An opaque (RFC 6749 scope-token) catalog shaped like Xero's: OpenID scopes, dotted
   * read-write scopes that imply their {@code .read} twins, and a read-only scope.
   */
  public static ScopeCatalog xeroLike() {
    return ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
        .scope("openid", "Grant read-only access to your open id")
        .scope("profile", "your profile information")
        .scope("email", "Grant read-only access to your email")
        .scope("accounting.transactions", "Grant read-write access to bank transactions, credit notes, invoices")
        .scope("accounting.transactions.read", "Grant read-only access to invoices")
        .scope("accounting.contacts", "Grant read-write access to contacts and contact groups")
        .scope("accounting.contacts.read", "Grant read-only access to contacts and contact groups")
        .scope("accounting.settings", "Grant read-write access to organisation and account settings")
        .scope("accounting.settings.read", "Grant read-only access to organisation and account settings")
        .scope("accounting.reports.read", "Grant read-only access to accounting reports")
        .scope("paymentservices", "Grant read-write access to payment services")
        .implies("accounting.transactions", "accounting.transactions.read")
        .implies("accounting.contacts", "accounting.contacts.read")
        .implies("accounting.settings", "accounting.settings.read")
        .build();
  }
}
