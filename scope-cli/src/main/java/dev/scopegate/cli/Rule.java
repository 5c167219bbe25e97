package dev.scopegate.cli;

/** The lint rules: id, severity, and the help text SARIF viewers show. */
enum Rule {
  MALFORMED_SCOPE(
      "malformed-scope",
      Severity.ERROR,
      "Scope breaks the scope grammar",
      "A scope follows its catalog's grammar: <family>:<verb> (lowercase ASCII letters, digits and inner hyphens, one"
          + " ':', and '*' only as a whole verb), or an RFC 6749 scope token (printable ASCII without spaces, '\"' or"
          + " '\\'). A malformed scope is never a scope anywhere: in a key it grants nothing, in an operation's"
          + " requirements it makes the operation unenforceable.",
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
  UNDECLARED_SCOPE(
      "undeclared-scope",
      Severity.ERROR,
      "Scope is not declared by its scheme",
      "An OpenAPI `security` requirement names a scope that its oauth2 scheme's flows do not declare. No authorization"
          + " server issues it, so the operation cannot be called.",
      "Declare the scope in the scheme's flows (components.securitySchemes), or fix its spelling."),
  SCOPE_DRIFT(
      "scope-drift",
      Severity.ERROR,
      "security and x-required-scopes disagree",
      "An operation's `security` requirements and its `x-required-scopes` require different scopes, so one of them is"
          + " wrong, and enforcing either could let through a token the other refuses.",
      "Make x-required-scopes list exactly the scopes of the one requirement object in security, or remove it."),
  INVALID_TEMPLATE(
      "invalid-template",
      Severity.ERROR,
      "Path template the guard cannot enforce",
      "The request guard refuses this path template (the message says why), or it matches the same paths as another"
          + " operation of the same method that requires something else, which the guard cannot tell apart.",
      "Follow the template rules in the message, or give the two operations one template or the same security."),
  MISSING_REQUIRED_SCOPES(
      "missing-required-scopes",
      Severity.WARNING,
      "No token's scopes can call the operation",
      "The operation declares no security at all (OpenAPI leaves it open), an empty x-required-scopes, or only schemes"
          + " without scopes (apiKey, http, mutualTLS), which a scope claim cannot satisfy. The guard denies it.",
      "Declare its `security` (or `x-required-scopes`), `security: []` if it is public; or, if the service"
          + " authenticates those schemes itself, lint with --authenticated-elsewhere."),
  IMPLIED_SCOPE(
      "implied-scope",
      Severity.WARNING,
      "Requirement lists scopes that imply one another",
      "One requirement object lists a scope together with one it implies (by the catalog's implications, or by name:"
          + " `X` and `X.read`), so a token needs both. That usually means either one should do.",
      "List them as alternatives: `security: [{oauth: [X]}, {oauth: [X.read]}]`, or drop the one not needed."),
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
          + " the built-in Signstack catalog only.)"),
  UNCHECKED_ROLES(
      "unchecked-roles",
      Severity.WARNING,
      "Roles of a scheme without scopes are not checked",
      "OpenAPI 3.1 lets a requirement list roles for apiKey, http and mutualTLS schemes. The guard checks scopes only.",
      "Check the roles in the service, or express them as oauth2 scopes."),
  NO_SCOPE_CHECK(
      "no-scope-check",
      Severity.NOTE,
      "Operation needs no particular scope",
      "Any valid token may call the operation (its scheme lists no scope), or the service authenticates it itself"
          + " (--authenticated-elsewhere) and the guard lets a request without a token through.",
      "Nothing, if that is meant; otherwise list the scopes it needs."),
  UNUSED_SCOPE(
      "unused-scope",
      Severity.NOTE,
      "Declared scope is never required",
      "An oauth2 scheme declares the scope, but no operation requires it.",
      "Nothing, if it is meant for something outside this document (such as openid); otherwise remove it."),
  SAME_ROUTE(
      "same-route",
      Severity.NOTE,
      "Two operations share their paths",
      "Two operations of one method have templates that match the same paths (such as /things/{id} and"
          + " /things/{name}) and require the same; the guard enforces them as one route.",
      "Nothing, as long as they keep the same security.");

  /** Finding severity. */
  enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String id;

    Severity(String id) {
      this.id = id;
    }

    /** {@code error}, {@code warning} or {@code note}, as in JSON output and SARIF levels. */
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
