package dev.scopegate.openapi;

import dev.scopegate.AccessRule;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Drift between code and its OpenAPI document: what the handlers a compilation annotated with
 * {@code @RequiresScopes} require ({@link HandlerManifest}) against what the document's operations
 * declare ({@link OpenApiSpec}). Every finding carries its position in both files.
 *
 * {@snippet :
 * HandlerManifest manifest = HandlerManifest.load(Path.of("target/classes/META-INF/scopegate/operations.json"));
 * OpenApiSpec spec = OpenApiSpec.load(Path.of("openapi.yaml"));
 * for (Drift.Finding f : Drift.between(manifest.requireValid(), spec)) {
 *   System.out.println(f.specLocation() + ": " + f.message());
 *   // openapi.yaml:12:5: GET /pets (listPets) requires [pets:read], but its handler com.example.PetApi.list requires [pets:write]
 * }
 * }
 *
 * <h2>Matching</h2>
 *
 * A handler serves an operation when both have an operationId and they are equal; otherwise (one
 * of them has none) when one of the handler's HTTP mappings has the operation's method ({@code *}
 * stands for any) and the same path template. Templates are the same when their literal text is,
 * whatever their parameters are called ({@code /pets/{id}} is {@code /pets/{petId}}; Spring's
 * {@code {id:[0-9]+}} is a parameter too); paths are compared as written, without the document's
 * {@code servers} prefix or a servlet context path. A handler with neither an operationId nor a
 * mapping is not a request handler (a service method under method security) and is left out.
 *
 * <h2>Findings</h2>
 *
 * <ul>
 *   <li>{@link Kind#SCOPES_DIFFER}: a handler and the operation it serves require different
 *       things. Rules are compared by what they grant, under the document's catalog: {@code
 *       workflow:*} is the same as every workflow verb listed, and alternatives may come in any
 *       order. An operation that needs no scope (public, schemes without scopes, or no security
 *       declared) differs from any annotated handler; a handler scope the document's catalog does
 *       not declare differs from everything. An operation whose declaration is invalid ({@link
 *       Operation#isBroken()}) is not compared: the document's own load reports it.
 *   <li>{@link Kind#NO_OPERATION}: a handler that serves no operation of the document.
 *   <li>{@link Kind#NO_HANDLER}: a {@linkplain Operation.Access#SCOPED scoped} operation that no
 *       handler serves.
 * </ul>
 *
 * Positions: in the document, the operation's method key ({@link Operation#location()}), or line 1
 * for a handler with no operation; in the manifest, the handler's {@code scopes} member, its entry
 * for a handler with no operation, or the {@code operations} member for an operation with no
 * handler. Findings are ordered by their position in the document, then in the manifest.
 */
public final class Drift {
  /** What a finding is about. */
  public enum Kind {
    /** A handler and the operation it serves require different scopes. */
    SCOPES_DIFFER,
    /** An annotated handler serves no operation of the document. */
    NO_OPERATION,
    /** A scoped operation of the document has no handler. */
    NO_HANDLER
  }

  private Drift() {}

  /**
   * Compares a manifest's handlers with a document's operations.
   *
   * @param handlers the handlers, such as {@link HandlerManifest#requireValid()} returns
   * @param manifestOperations where a missing handler would go: {@link
   *     HandlerManifest#operationsLocation()}
   * @param spec the document; its own problems are not repeated here
   * @return the findings, ordered by position in the document, then in the manifest
   */
  public static List<Finding> between(List<HandlerManifest.Handler> handlers, SourceLocation manifestOperations, OpenApiSpec spec) {
    Objects.requireNonNull(handlers, "handlers");
    Objects.requireNonNull(manifestOperations, "manifestOperations");
    Objects.requireNonNull(spec, "spec");
    List<Operation> operations = spec.operations().operations();
    List<Finding> findings = new ArrayList<>();
    Set<Operation> served = new LinkedHashSet<>();
    for (HandlerManifest.Handler handler : handlers) {
      if (handler.operationId().isEmpty() && handler.http().isEmpty()) {
        continue;
      }
      List<Operation> matched = operations.stream().filter(o -> serves(handler, o)).toList();
      if (matched.isEmpty()) {
        findings.add(new Finding(Kind.NO_OPERATION, "Handler " + handler + " (" + describe(handler)
            + ") serves no operation of the document", SourceLocation.of(spec.source(), 1, 1), handler.location(),
            Optional.empty(), Optional.of(handler)));
      }
      for (Operation o : matched) {
        served.add(o);
        difference(handler, o).ifPresent(why -> findings.add(new Finding(Kind.SCOPES_DIFFER, why, o.location(),
            handler.scopesLocation(), Optional.of(o), Optional.of(handler))));
      }
    }
    for (Operation o : operations) {
      if (o.access() == Operation.Access.SCOPED && !served.contains(o)) {
        findings.add(new Finding(Kind.NO_HANDLER, o + " requires " + rule(o.rule().orElseThrow())
            + ", but no handler of the manifest serves it", o.location(), manifestOperations,
            Optional.of(o), Optional.empty()));
      }
    }
    findings.sort(Comparator.comparingInt((Finding f) -> f.specLocation().line())
        .thenComparingInt(f -> f.specLocation().column())
        .thenComparingInt(f -> f.manifestLocation().line())
        .thenComparingInt(f -> f.manifestLocation().column()));
    return List.copyOf(findings);
  }

  /**
   * Compares a manifest with a document.
   *
   * @param manifest a manifest without errors
   * @param spec the document
   * @return the findings
   * @throws InvalidSpecException if the manifest has errors
   */
  public static List<Finding> between(HandlerManifest manifest, OpenApiSpec spec) {
    return between(manifest.requireValid(), manifest.operationsLocation(), spec);
  }

  /** Whether the handler serves the operation: by operationId when both have one, else by method and template. */
  static boolean serves(HandlerManifest.Handler handler, Operation operation) {
    if (handler.operationId().isPresent() && operation.operationId().isPresent()) {
      return handler.operationId().equals(operation.operationId());
    }
    String template = template(operation.path());
    for (HandlerManifest.Endpoint e : handler.http()) {
      boolean method = e.method().equals("*") || e.method().toUpperCase(Locale.ROOT).equals(operation.method());
      if (method && template(e.path()).equals(template)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A path template with every parameter written {@code {}}: {@code /pets/{petId:[0-9]+}} is
   * {@code /pets/{}}. Braces nest, as in Spring's {@code {id:[0-9]{3}}}.
   */
  static String template(String path) {
    StringBuilder out = new StringBuilder(path.length());
    int depth = 0;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '{') {
        if (depth++ == 0) {
          out.append("{}");
        }
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Why the handler and the operation differ, if they do. */
  private static Optional<String> difference(HandlerManifest.Handler handler, Operation o) {
    String theirs = ", but its handler " + handler + " requires " + alternatives(handler.scopes());
    switch (o.access()) {
      case BROKEN:
        return Optional.empty();
      case PUBLIC:
        return Optional.of(o + " is public" + theirs);
      case NON_SCOPE:
        return Optional.of(o + " needs only schemes without scopes" + theirs);
      case UNDECLARED:
        return Optional.of(o + " declares no security" + theirs);
      default:
        break;
    }
    AccessRule declared = o.rule().orElseThrow();
    ScopeCatalog catalog = declared.catalog();
    List<Requirement> alternatives = new ArrayList<>();
    for (List<String> alternative : handler.scopes()) {
      List<Scope> scopes = new ArrayList<>();
      for (String text : alternative) {
        try {
          scopes.add(catalog.parse(text));
        } catch (InvalidScopeException e) {
          return Optional.of(o + " requires " + rule(declared) + theirs + ", and " + e.getMessage() + " in the document's catalog");
        }
      }
      alternatives.add(catalog.requirement(scopes));
    }
    AccessRule coded = AccessRule.anyOf(alternatives);
    if (implies(coded, declared) && implies(declared, coded)) {
      return Optional.empty();
    }
    return Optional.of(o + " requires " + rule(declared) + theirs);
  }

  /** Whether every token that satisfies {@code a} satisfies {@code b}. */
  private static boolean implies(AccessRule a, AccessRule b) {
    for (Requirement alternative : a.alternatives()) {
      if (!b.catalog().grant(alternative.scopes()).covers(b)) {
        return false;
      }
    }
    return true;
  }

  private static String rule(AccessRule rule) {
    return alternatives(rule.alternatives().stream()
        .map(r -> r.scopes().stream().map(Scope::toString).toList()).toList());
  }

  /** {@code [pets:read, pets:write] or [pets:admin]}. */
  private static String alternatives(List<List<String>> alternatives) {
    return alternatives.stream().map(a -> "[" + String.join(", ", a) + "]").collect(Collectors.joining(" or "));
  }

  /** {@code GET /pets, operationId listPets}, or {@code operationId listPets}, or {@code GET /pets}. */
  private static String describe(HandlerManifest.Handler handler) {
    List<String> parts = new ArrayList<>();
    handler.http().forEach(e -> parts.add(e.toString()));
    handler.operationId().ifPresent(id -> parts.add("operationId " + id));
    return String.join(", ", parts);
  }

  /** One drift between the manifest and the document, with its position in each. */
  public static final class Finding {
    private final Kind kind;
    private final String message;
    private final SourceLocation specLocation;
    private final SourceLocation manifestLocation;
    private final Optional<Operation> operation;
    private final Optional<HandlerManifest.Handler> handler;

    Finding(Kind kind, String message, SourceLocation specLocation, SourceLocation manifestLocation,
        Optional<Operation> operation, Optional<HandlerManifest.Handler> handler) {
      this.kind = kind;
      this.message = message;
      this.specLocation = specLocation;
      this.manifestLocation = manifestLocation;
      this.operation = operation;
      this.handler = handler;
    }

    /**
     * What the finding is about.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * One line saying what differs, naming the operation and the handler.
     *
     * @return the message
     */
    public String message() {
      return message;
    }

    /**
     * Where the finding stands in the OpenAPI document.
     *
     * @return the operation's method key, or line 1 for {@link Kind#NO_OPERATION}
     */
    public SourceLocation specLocation() {
      return specLocation;
    }

    /**
     * Where the finding stands in the manifest.
     *
     * @return the handler's {@code scopes} member, its entry for {@link Kind#NO_OPERATION}, or the
     *     {@code operations} member for {@link Kind#NO_HANDLER}
     */
    public SourceLocation manifestLocation() {
      return manifestLocation;
    }

    /**
     * The operation, unless the finding is a handler with no operation.
     *
     * @return the operation, or empty
     */
    public Optional<Operation> operation() {
      return operation;
    }

    /**
     * The handler, unless the finding is an operation with no handler.
     *
     * @return the handler, or empty
     */
    public Optional<HandlerManifest.Handler> handler() {
      return handler;
    }

    /**
     * Findings are equal when all their properties are.
     *
     * @param other the object to compare with
     * @return whether {@code other} is an equal finding
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Finding)) {
        return false;
      }
      Finding that = (Finding) other;
      return kind == that.kind && message.equals(that.message) && specLocation.equals(that.specLocation)
          && manifestLocation.equals(that.manifestLocation) && operation.equals(that.operation)
          && handler.equals(that.handler);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, message, specLocation, manifestLocation, operation, handler);
    }

    /**
     * {@code openapi.yaml:12:5 (operations.json:20:7): message}.
     *
     * @return the positions and the message
     */
    @Override
    public String toString() {
      return specLocation + " (" + manifestLocation + "): " + message;
    }
  }
}
