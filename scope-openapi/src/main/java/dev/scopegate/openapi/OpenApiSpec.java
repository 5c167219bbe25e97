package dev.scopegate.openapi;

import dev.scopegate.AccessRule;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.SourceException;
import dev.scopegate.openapi.internal.SourceFormat;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An OpenAPI 3.0, 3.1 or 3.2 document read for who may call each operation: its {@linkplain
 * #schemes() security schemes}, the {@linkplain #catalog() catalog} of scopes they declare, the
 * {@linkplain #operations() table of operations}, each with the {@link dev.scopegate.AccessRule}
 * its {@code security} requirements compile to, and {@linkplain #problems() every problem} found,
 * each with the file, line and column the parser reported. Loading never stops at the first
 * problem and never throws for bad content.
 *
 * {@snippet :
 * OpenApiSpec spec = OpenApiSpec.load(Path.of("petstore.yaml"));     // the document's own catalog
 * spec.problems().forEach(System.err::println);   // petstore.yaml:101:7: warning-level problems too
 * OperationTable table = spec.requireValid();      // for enforcement: throws if any error
 * RouteTable routes = spec.routeTable();           // for the guard
 * }
 *
 * <h2>Security, as OpenAPI defines it</h2>
 *
 * <ul>
 *   <li>An operation's {@code security} overrides the root's; {@code security: []} at either level
 *       makes the operation public.
 *   <li>The list is an OR of requirement objects; within one object every scheme must be
 *       satisfied; the empty object {@code {}} means anonymous access is allowed (public).
 *   <li>For {@code oauth2} and {@code openIdConnect} schemes the list holds the required scopes;
 *       an empty list means any valid token. Each requirement object whose schemes all carry
 *       scopes becomes one alternative of the operation's rule: the union of its lists.
 *   <li>Schemes without scopes ({@code apiKey}, {@code http} basic or bearer, {@code mutualTLS})
 *       are not scope checks, and no scope claim satisfies them: see {@link
 *       OpenApiOptions.NonScopeSchemes} for what the guard does with them.
 *   <li>An operation with no {@code security} at either level, and no {@code x-required-scopes},
 *       is {@linkplain Operation.Access#UNDECLARED undeclared}: OpenAPI lets a document be
 *       incomplete, so the guard denies it rather than reading it as public.
 * </ul>
 *
 * <p>{@code x-required-scopes} (an array of scopes on an operation) stays supported: where {@code
 * security} names only schemes without scopes (Signstack's {@code http} bearer), or nothing, it
 * states the scopes the token needs; where {@code security} names scopes, the two must agree
 * (one requirement object with exactly those scopes), else the operation is an error naming both
 * positions.
 *
 * <h2>What is read</h2>
 *
 * <ul>
 *   <li>{@code openapi}: a {@code 3.0.x}, {@code 3.1.x} or {@code 3.2.x} version.
 *   <li>{@code components.securitySchemes}, each scheme possibly a local {@code $ref}; for {@code
 *       oauth2} every flow's {@code scopes} ({@code implicit}, {@code password}, {@code
 *       clientCredentials}, {@code authorizationCode} and 3.2's {@code deviceAuthorization}).
 *   <li>The root {@code security}, and {@code paths}: each path item (possibly a local {@code $ref},
 *       such as 3.1's {@code #/components/pathItems/...}) and its operations ({@code get}, {@code
 *       put}, {@code post}, {@code delete}, {@code options}, {@code head}, {@code patch}, {@code
 *       trace}; in 3.2 also {@code query} and {@code additionalOperations}), each with its {@code
 *       operationId}, {@code security} and {@code x-required-scopes}. Unknown path item fields
 *       (such as {@code GET}) are errors, because they would hide operations. Webhooks and
 *       callbacks are requests the API makes, not routes it serves, and are not read.
 *   <li>The root {@code x-scopegate-bindings}: tenant bindings of path parameters to token claims,
 *       and of the namespace's mode to the token's mode claim, declared on the {@linkplain
 *       #routeTable() route table} (see the module's README); a bad one is an error at its position.
 *   <li>Everything else (schemas, parameters, responses) is checked for syntax only, and dropped.
 * </ul>
 *
 * <p>{@code $ref}: only local references are followed (JSON Pointers, {@code ~0 ~1} and
 * percent-escapes decoded), through chains of references; a reference to another file or a URL,
 * one that points at nothing or into a part the loader drops, and a chain that comes back to
 * itself are errors naming the reference. YAML aliases ({@code *name}) are not expanded: one where
 * the loader reads (a path item, an operation, a {@code security} list, a scheme) is an error
 * ("must be an object, not a YAML alias"), so an alias bomb costs nothing; use {@code $ref}
 * instead. Documents over 16 MiB are refused.
 *
 * <h2>Malformed scopes never weaken a rule</h2>
 *
 * An operation whose declaration is invalid is {@linkplain Operation#isBroken() broken}: it gets no
 * rule at all (never the valid rest of it), and the load reports an error, so {@link
 * #requireValid()} and {@link #routeTable()} refuse the whole document.
 */
public final class OpenApiSpec {
  private final String source;
  private final OpenApiOptions options;
  private final ScopeCatalog catalog;
  private final List<SecurityScheme> schemes;
  private final OperationTable operations;
  private final List<SpecProblem> problems;
  private final List<SpecProblem> catalogProblems;
  private final BindingsExtension bindings;

  private OpenApiSpec(String source, OpenApiOptions options, ScopeCatalog catalog, List<SecurityScheme> schemes,
      OperationTable operations, List<SpecProblem> problems, List<SpecProblem> catalogProblems, BindingsExtension bindings) {
    this.bindings = bindings;
    this.source = source;
    this.options = options;
    this.catalog = catalog;
    this.schemes = List.copyOf(schemes);
    this.operations = operations;
    this.problems = List.copyOf(problems);
    this.catalogProblems = List.copyOf(catalogProblems);
  }

  /**
   * Loads a document with the {@linkplain OpenApiOptions#defaults() defaults}: its own catalog.
   *
   * @param file the document (JSON or YAML, by the extension, else by the first character)
   * @return the operations and problems; locations name the file as {@code file.toString()}
   * @throws IOException if the file cannot be read (see {@link #load(Path, OpenApiOptions)})
   */
  public static OpenApiSpec load(Path file) throws IOException {
    return load(file, OpenApiOptions.defaults());
  }

  /**
   * Loads a document, compiling its scopes against a given catalog instead of its own.
   *
   * @param file the document
   * @param catalog the catalog scopes are parsed against
   * @return the operations and problems
   * @throws IOException if the file cannot be read (see {@link #load(Path, OpenApiOptions)})
   */
  public static OpenApiSpec load(Path file, ScopeCatalog catalog) throws IOException {
    return load(file, OpenApiOptions.defaults().catalog(Objects.requireNonNull(catalog, "catalog")));
  }

  /**
   * Loads a document. JSON or YAML is chosen by the extension ({@code .json}, {@code .yaml},
   * {@code .yml}), else by the first character.
   *
   * @param file the document
   * @param options the catalog and how schemes without scopes are treated
   * @return the operations and problems; locations name the file as {@code file.toString()}
   * @throws IOException if the file cannot be read (missing, not permitted, a directory, a device
   *     or another file that is not a regular file, refused before it is opened); a file
   *     that is too large, not UTF-8 or not valid JSON/YAML is a {@link SpecProblem.Kind#SYNTAX}
   *     problem instead
   */
  public static OpenApiSpec load(Path file, OpenApiOptions options) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String source = file.toString();
    String text;
    try {
      text = SourceReader.readFile(file, source);
    } catch (SourceException e) {
      return unreadable(source, options, e);
    }
    return parse(source, text, options);
  }

  /**
   * Reads a document from text with the {@linkplain OpenApiOptions#defaults() defaults}.
   *
   * @param source the name to put in locations, such as {@code "openapi.yaml"}
   * @param text the document
   * @return the operations and problems
   */
  public static OpenApiSpec parse(String source, String text) {
    return parse(source, text, OpenApiOptions.defaults());
  }

  /**
   * Reads a document from text, compiling its scopes against a given catalog.
   *
   * @param source the name to put in locations, such as {@code "openapi.yaml"}
   * @param text the document
   * @param catalog the catalog scopes are parsed against
   * @return the operations and problems
   */
  public static OpenApiSpec parse(String source, String text, ScopeCatalog catalog) {
    return parse(source, text, OpenApiOptions.defaults().catalog(Objects.requireNonNull(catalog, "catalog")));
  }

  /**
   * Reads a document from text. JSON or YAML is chosen by the source name's extension, else by
   * the first character.
   *
   * @param source the name to put in locations, such as {@code "openapi.yaml"}
   * @param text the document
   * @param options the catalog and how schemes without scopes are treated
   * @return the operations and problems
   */
  public static OpenApiSpec parse(String source, String text, OpenApiOptions options) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    Document document;
    try {
      document = SourceReader.parse(source, text, SourceFormat.detect(source, text), OpenApiKeep.INSTANCE);
    } catch (SourceException e) {
      return unreadable(source, options, e);
    }
    return of(source, document, options);
  }

  /** Reads an already parsed document, which must keep at least what {@link OpenApiKeep} keeps. */
  static OpenApiSpec of(String source, Document document, OpenApiOptions options) {
    SpecWalker walker = new SpecWalker(options);
    walker.walk(document);
    List<SpecProblem> problems = new ArrayList<>(walker.problems());
    BindingsExtension bindings = BindingsExtension.read(document.root(), walker.operations(), walker.catalog(), problems);
    return new OpenApiSpec(source, options, walker.catalog(), walker.schemes(), OperationTable.of(walker.operations()),
        problems, walker.catalogProblems(), bindings);
  }

  private static OpenApiSpec unreadable(String source, OpenApiOptions options, SourceException e) {
    List<SpecProblem> problems = new ArrayList<>();
    problems.add(SpecProblem.of(SpecProblem.Kind.SYNTAX, e.location(), e.reason()));
    return new OpenApiSpec(source, options, options.catalog().orElse(EMPTY), List.of(), OperationTable.of(List.of()),
        problems, problems, BindingsExtension.NONE);
  }

  private static final ScopeCatalog EMPTY = ScopeCatalog.of();

  /**
   * The name locations use, usually the file path as given.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The catalog the scopes were compiled against: the one the options gave, or the document's own
   * (every scope its {@code oauth2} flows declare and its {@code openIdConnect} schemes are used
   * with, in document order; {@code family:verb} when all of them fit that grammar, else scope
   * tokens).
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * The options the document was read with.
   *
   * @return the options
   */
  public OpenApiOptions options() {
    return options;
  }

  /**
   * The security schemes the document declares, in document order; a scheme that cannot be read
   * is left out (and reported).
   *
   * @return the schemes
   */
  public List<SecurityScheme> schemes() {
    return schemes;
  }

  /**
   * The operations read, broken ones included; empty if the document could not be parsed.
   *
   * @return the table
   */
  public OperationTable operations() {
    return operations;
  }

  /**
   * Every problem found, errors and warnings, ordered by line and column.
   *
   * @return the problems; empty for a clean document
   */
  public List<SpecProblem> problems() {
    return problems;
  }

  /** The problems about reading the schemes and building the catalog, for {@link CatalogDocument}. */
  List<SpecProblem> catalogProblems() {
    return catalogProblems;
  }

  /**
   * The problems that make the document unfit for enforcement.
   *
   * @return the errors, ordered by line and column
   */
  public List<SpecProblem> errors() {
    List<SpecProblem> errors = new ArrayList<>();
    for (SpecProblem p : problems) {
      if (p.isError()) {
        errors.add(p);
      }
    }
    return List.copyOf(errors);
  }

  /**
   * Whether any problem is an error.
   *
   * @return {@code true} if the document is unfit for enforcement
   */
  public boolean hasErrors() {
    for (SpecProblem p : problems) {
      if (p.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The table, for enforcement: only when the document has no errors, so every operation is
   * either public or has its full declared requirement. Warnings are allowed.
   *
   * @return the table
   * @throws InvalidSpecException listing the errors, if there are any
   */
  public OperationTable requireValid() {
    List<SpecProblem> errors = errors();
    if (!errors.isEmpty()) {
      throw new InvalidSpecException(source, errors);
    }
    return operations;
  }

  /**
   * The operations as a request guard's route table. Only a document without errors has one, so
   * no operation can end up unprotected or with a weaker rule than it declares; a request that
   * matches no operation is denied by the guard. Each operation becomes:
   *
   * <ul>
   *   <li>{@link Operation.Access#PUBLIC}: a public route;
   *   <li>{@link Operation.Access#SCOPED}: a route with its rule (one that also {@linkplain
   *       dev.scopegate.guard.Route#passesWithoutToken() passes a request without a token} when
   *       {@link Operation#passesWithoutToken()});
   *   <li>{@link Operation.Access#NON_SCOPE}: a {@linkplain
   *       dev.scopegate.guard.RouteTable.Builder#deniedRoute denied route}, or with {@link
   *       OpenApiOptions.NonScopeSchemes#AUTHENTICATED_ELSEWHERE} a route that passes a request
   *       without a token to the service's own authentication;
   *   <li>{@link Operation.Access#UNDECLARED}: a denied route.
   * </ul>
   *
   * {@snippet :
   * RouteTable routes = OpenApiSpec.load(Path.of("openapi.yaml")).routeTable();
   * Guard guard = Guard.of(routes);
   * }
   *
   * @return the route table
   * @throws InvalidSpecException listing the errors, if the document has any
   */
  public RouteTable routeTable() {
    return routeTable(builder -> { });
  }

  /**
   * The operations as a route table, with more declarations added to its builder before it is
   * built: the bindings of path parameters to token claims ({@link RouteTable.Builder#bind}, {@link
   * RouteTable.Builder#bindMode}) that a Spring Boot property or the application declares.
   *
   * {@snippet :
   * RouteTable routes = spec.routeTable(b -> b.bind("orgId", "org_id").bind("namespaceKey", "namespace"));
   * }
   *
   * @param more adds to the builder after the document's operations
   * @return the route table
   * @throws InvalidSpecException listing the errors, if the document has any
   * @throws IllegalArgumentException if the guard refuses a path template or a declaration (the
   *     message names it)
   */
  public RouteTable routeTable(Consumer<RouteTable.Builder> more) {
    Objects.requireNonNull(more, "more");
    RouteTable.Builder builder = RouteTable.builder(catalog);
    Map<String, Operation> declared = new HashMap<>();
    for (Operation operation : requireValid().operations()) {
      try {
        declare(builder, operation);
        declared.putIfAbsent(operation.method() + " " + operation.path(), operation);
      } catch (IllegalArgumentException e) {
        // An operation that matches the same paths as an earlier one and requires the same is one
        // route to the guard (the load noted it); any other refusal was an error already.
        Operation first = TemplateCheck.duplicateOf(e, declared);
        if (first == null || !TemplateCheck.sameRule(first, operation)) {
          throw e;
        }
      }
    }
    bindings.declare(builder);
    more.accept(builder);
    return builder.build();
  }

  private static void declare(RouteTable.Builder builder, Operation operation) {
    String method = operation.method();
    String path = operation.path();
    switch (operation.access()) {
      case PUBLIC:
        builder.publicRoute(method, path);
        break;
      case SCOPED:
        AccessRule rule = operation.rule().orElseThrow(
            () -> new IllegalStateException("A scoped operation has no rule: " + operation));
        if (operation.passesWithoutToken()) {
          builder.routeOrAuthenticatedElsewhere(method, path, rule);
        } else {
          builder.route(method, path, rule);
        }
        break;
      case NON_SCOPE:
        if (operation.passesWithoutToken()) {
          builder.authenticatedElsewhere(method, path);
        } else {
          builder.deniedRoute(method, path);
        }
        break;
      case UNDECLARED:
        builder.deniedRoute(method, path);
        break;
      default:
        throw new IllegalStateException("A valid document has a broken operation: " + operation);
    }
  }

  /**
   * A summary: {@code OpenApiSpec[openapi.yaml: 12 operations, 0 problems]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "OpenApiSpec[" + source + ": " + operations.size() + " operations, " + problems.size() + " problems]";
  }
}
