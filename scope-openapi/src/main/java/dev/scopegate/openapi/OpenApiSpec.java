package dev.scopegate.openapi;

import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.SourceException;
import dev.scopegate.openapi.internal.SourceFormat;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An OpenAPI 3.0/3.1 document read for its scopes: the {@linkplain #operations() table of
 * operations} with their {@code x-required-scopes} compiled strictly against a catalog, and
 * {@linkplain #problems() every problem} found, each with the file, line and column the parser
 * reported. Loading never stops at the first problem and never throws for bad content.
 *
 * {@snippet :
 * OpenApiSpec spec = OpenApiSpec.load(Path.of("openapi.yaml"), SignstackScopes.CATALOG);
 * spec.problems().forEach(System.err::println);   // openapi.yaml:14:11: Invalid scope ...
 * OperationTable table = spec.requireValid();      // for enforcement: throws if any error
 * }
 *
 * <h2>What is read</h2>
 *
 * <ul>
 *   <li>{@code openapi}: must be a {@code 3.0.x} or {@code 3.1.x} version.
 *   <li>{@code paths}: each path item's operations ({@code get}, {@code put}, {@code post}, {@code
 *       delete}, {@code options}, {@code head}, {@code patch}, {@code trace}). Other path item
 *       fields ({@code summary}, {@code description}, {@code servers}, {@code parameters}, {@code
 *       x-} extensions) are allowed; {@code $ref} path items, unknown fields (such as {@code GET})
 *       and {@code x-required-scopes} on the path item are errors, because they would hide
 *       operations or their scopes.
 *   <li>Per operation: {@code operationId} (a string, unique), {@code security} ({@code []} makes
 *       the operation public; any other array does not; {@code [{}]} is not public either) and
 *       {@code x-required-scopes} (an array of scope strings, each parsed strictly).
 * </ul>
 *
 * <p>Everything else ({@code components}, schemas, the root {@code security}) is checked for
 * syntax only. Documents over 16 MiB are refused.
 *
 * <h2>Malformed scopes never weaken a requirement</h2>
 *
 * An operation whose declaration is invalid is {@linkplain Operation#isBroken() broken}: it gets no
 * requirement at all (never the valid subset of its scopes), and the load reports an error, so
 * {@link #requireValid()} refuses the whole document. See {@link Operation} for the four states.
 */
public final class OpenApiSpec {
  private final String source;
  private final ScopeCatalog catalog;
  private final OperationTable operations;
  private final List<SpecProblem> problems;

  private OpenApiSpec(String source, ScopeCatalog catalog, OperationTable operations, List<SpecProblem> problems) {
    this.source = source;
    this.catalog = catalog;
    this.operations = operations;
    this.problems = List.copyOf(problems);
  }

  /**
   * Loads a document from a file. JSON or YAML is chosen by the extension ({@code .json}, {@code
   * .yaml}, {@code .yml}), else by the first character.
   *
   * @param file the document
   * @param catalog the catalog scopes are parsed against
   * @return the operations and problems; locations name the file as {@code file.toString()}
   * @throws IOException if the file cannot be read (missing, not permitted, a directory, a device
   *     or another file that is not a regular file, refused before it is opened); a file
   *     that is too large, not UTF-8 or not valid JSON/YAML is a {@link SpecProblem.Kind#SYNTAX}
   *     problem instead
   */
  public static OpenApiSpec load(Path file, ScopeCatalog catalog) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(catalog, "catalog");
    String source = file.toString();
    String text;
    try {
      text = SourceReader.readFile(file, source);
    } catch (SourceException e) {
      return unreadable(source, catalog, e);
    }
    return parse(source, text, catalog);
  }

  /**
   * Reads a document from text. JSON or YAML is chosen by the source name's extension, else by
   * the first character.
   *
   * @param source the name to put in locations, such as {@code "openapi.yaml"}
   * @param text the document
   * @param catalog the catalog scopes are parsed against
   * @return the operations and problems
   */
  public static OpenApiSpec parse(String source, String text, ScopeCatalog catalog) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(catalog, "catalog");
    Document document;
    try {
      document = SourceReader.parse(source, text, SourceFormat.detect(source, text), SpecWalker.KEPT_DEPTH);
    } catch (SourceException e) {
      return unreadable(source, catalog, e);
    }
    SpecWalker walker = new SpecWalker(catalog);
    walker.walk(document);
    return new OpenApiSpec(source, catalog, OperationTable.of(walker.operations()), walker.problems());
  }

  private static OpenApiSpec unreadable(String source, ScopeCatalog catalog, SourceException e) {
    List<SpecProblem> problems = new ArrayList<>();
    problems.add(SpecProblem.of(SpecProblem.Kind.SYNTAX, e.location(), e.reason()));
    return new OpenApiSpec(source, catalog, OperationTable.of(List.of()), problems);
  }

  /**
   * The name locations use, usually the file path as given.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The catalog the scopes were parsed against.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
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
   * The operations as a request guard's route table: public operations ({@code security: []}) as
   * public routes, every other operation with its full declared requirement. Only a document
   * without errors has one, so no operation can end up unprotected or with a weaker requirement
   * than it declares; a request that matches no operation is denied by the guard.
   *
   * {@snippet :
   * RouteTable routes = OpenApiSpec.load(Path.of("openapi.yaml"), SignstackScopes.CATALOG).routeTable();
   * Guard guard = Guard.of(routes);
   * }
   *
   * @return the route table
   * @throws InvalidSpecException listing the errors, if the document has any
   * @throws IllegalArgumentException if the guard refuses a path template (the message names it)
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
    for (Operation operation : requireValid().operations()) {
      if (operation.isPublic()) {
        builder.publicRoute(operation.method(), operation.path());
      } else {
        Requirement requirement = operation.requirement().orElseThrow(
            () -> new IllegalStateException("A valid document's operation has no requirement: " + operation));
        builder.route(operation.method(), operation.path(), requirement);
      }
    }
    more.accept(builder);
    return builder.build();
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
