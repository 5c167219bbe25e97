package dev.scopegate.cli;

/** The lint rules: id, severity, and the help text SARIF viewers show. */
enum Rule {
  MALFORMED_SCOPE(
      "malformed-scope",
      Severity.ERROR,
      "Scope breaks the scope grammar",
      "A scope is <family>:<verb>: lowercase ASCII letters, digits and inner hyphens, one ':', and '*' only as a whole"
          + " verb. A malformed scope is never a scope anywhere: in a key it grants nothing, in x-required-scopes it makes"
          + " the operation unenforceable.",
      "Fix the spelling: for example `Workflow:Read` is `workflow:read`, `workflow: read` has no space."),
  UNKNOWN_SCOPE(
      "unknown-scope",
      Severity.ERROR,
      "Scope is not in the catalog",
      "The scope is well-formed but the catalog declares no such family or verb, so it grants nothing and no operation"
          + " can require it.",
      "Use the scope the message suggests, or run `scope explain FAMILY:*` to see a family's scopes."),
  WILDCARD_NOT_SUPPORTED(
      "wildcard-not-supported",
      Severity.ERROR,
      "Family declares no wildcard",
      "Only families that declare a wildcard have `family:*`; for the others (such as `file:*`) it is not a scope and"
          + " grants nothing.",
      "List the family's scopes one by one, as the message shows."),
  MISSING_REQUIRED_SCOPES(
      "missing-required-scopes",
      Severity.ERROR,
      "Operation declares no required scopes",
      "Every OpenAPI operation must declare x-required-scopes, unless it is explicitly public with `security: []`. An"
          + " operation without either cannot be enforced.",
      "Add `x-required-scopes: [family:verb, ...]` to the operation, or `security: []` if it is meant to be public."),
  DUPLICATE_SCOPE(
      "duplicate-scope",
      Severity.WARNING,
      "Scope is listed twice",
      "The scope repeats an earlier entry of the same list; the repeat changes nothing.",
      "Remove the repeated entry."),
  REDUNDANT_SCOPE(
      "redundant-scope",
      Severity.WARNING,
      "Scope is covered by its family's wildcard",
      "The family's wildcard stands in the same list and already covers this scope, such as `workflow:read` beside"
          + " `workflow:*`.",
      "Remove the covered scope, or replace the wildcard with the verbs actually needed."),
  BROAD_GRANT(
      "broad-grant",
      Severity.WARNING,
      "Scope list is as broad as full access",
      "The scope list grants everything the full-access recipe grants, or more. The Signstack reference reserves full"
          + " access for internal admin tooling.",
      "Grant only what the key needs: `scope least-privilege --spec OPENAPI --operation ID...` computes it. (Checked with"
          + " the built-in Signstack catalog only.)");

  /** Finding severity. */
  enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String id;

    Severity(String id) {
      this.id = id;
    }

    /** {@code error} or {@code warning}, as in JSON output and SARIF levels. */
    String id() {
      return id;
    }
  }

  private final String id;
  private final Severity severity;
  private final String title;
  private final String description;
  private final String fix;

  Rule(String id, Severity severity, String title, String description, String fix) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.description = description;
    this.fix = fix;
  }

  String id() {
    return id;
  }

  Severity severity() {
    return severity;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  String fix() {
    return fix;
  }
}
