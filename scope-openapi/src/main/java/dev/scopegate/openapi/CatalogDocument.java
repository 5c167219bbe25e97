package dev.scopegate.openapi;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.KeepPolicy;
import dev.scopegate.openapi.internal.Node;
import dev.scopegate.openapi.internal.SourceException;
import dev.scopegate.openapi.internal.SourceFormat;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scope catalog read from a file: a catalog file, or the scopes an OpenAPI document declares.
 * Every problem is reported with its line and column, as {@link SpecProblem}s; a file with any
 * error has no catalog.
 *
 * {@snippet :
 * CatalogDocument doc = CatalogDocument.load(Path.of("catalog.json"));
 * doc.problems().forEach(System.err::println);    // catalog.json:4:15: family name "Report" is invalid: ...
 * ScopeCatalog catalog = doc.requireValid();       // throws InvalidSpecException listing the errors
 * }
 *
 * <h2>Catalog files</h2>
 *
 * JSON or YAML (by the extension, else by the first character), an object with either {@code
 * families} ({@code family:verb} scopes) or {@code tokens} (opaque RFC 6749 scope tokens), and
 * optionally {@code implies}:
 *
 * <pre>
 * {"families": [
 *    {"name": "workflow", "displayName": "Workflow", "note": "optional",
 *     "verbs": {"read": "Read workflows", "update": "Update workflows"},
 *     "wildcard": "All workflow verbs"}],
 *  "implies": {"workflow:update": ["workflow:read"]}}
 *
 * {"tokens": {"accounting.transactions": "Read and write transactions",
 *             "accounting.transactions.read": "Read transactions"},
 *  "implies": {"accounting.transactions": ["accounting.transactions.read"]}}
 * </pre>
 *
 * Families are numbered in file order, verbs and tokens in key order. Unknown or repeated fields, a
 * repeated family, verb or token, a name that breaks the grammar, a wildcard on a family without
 * verbs, a blank description, an implication that names an undeclared scope, starts at a wildcard
 * or closes a cycle: each is an error at its position.
 *
 * <h2>OpenAPI documents</h2>
 *
 * A document with an {@code openapi} field gives the catalog {@link OpenApiSpec#catalog()} reads
 * from it (every scope its {@code oauth2} flows declare and its {@code openIdConnect} schemes are
 * used with); only problems with its schemes and their scopes count, not those of its operations.
 */
public final class CatalogDocument {
  private final String source;
  private final boolean openApi;
  private final Optional<ScopeCatalog> catalog;
  private final List<SpecProblem> problems;

  private CatalogDocument(String source, boolean openApi, Optional<ScopeCatalog> catalog, List<SpecProblem> problems) {
    this.source = source;
    this.openApi = openApi;
    this.catalog = catalog;
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a catalog from a file.
   *
   * @param file a catalog file or an OpenAPI document
   * @return the catalog or its problems; locations name the file as {@code file.toString()}
   * @throws IOException if the file cannot be read (missing, not permitted, not a regular file);
   *     a file that is too large, not UTF-8 or not valid JSON/YAML is a {@link
   *     SpecProblem.Kind#SYNTAX} problem instead
   */
  public static CatalogDocument load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      return parse(source, SourceReader.readFile(file, source));
    } catch (SourceException e) {
      return new CatalogDocument(source, false, Optional.empty(),
          List.of(SpecProblem.of(SpecProblem.Kind.SYNTAX, e.location(), e.reason())));
    }
  }

  /**
   * Reads a catalog from text.
   *
   * @param source the name to put in locations, such as {@code "catalog.json"}
   * @param text a catalog file or an OpenAPI document
   * @return the catalog or its problems
   */
  public static CatalogDocument parse(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Document document;
    try {
      // One parse serves both kinds: what the OpenAPI loader keeps, and a catalog file's depth.
      KeepPolicy keep = (depth, path) -> depth <= CatalogReader.KEPT_DEPTH || OpenApiKeep.INSTANCE.keep(depth, path);
      document = SourceReader.parse(source, text, SourceFormat.detect(source, text), keep);
    } catch (SourceException e) {
      return new CatalogDocument(source, false, Optional.empty(),
          List.of(SpecProblem.of(SpecProblem.Kind.SYNTAX, e.location(), e.reason())));
    }
    Node root = document.root();
    if (root.is(Node.Kind.OBJECT) && root.member("openapi").isPresent()) {
      OpenApiSpec spec = OpenApiSpec.of(source, document, OpenApiOptions.defaults());
      List<SpecProblem> problems = spec.catalogProblems();
      boolean errors = problems.stream().anyMatch(SpecProblem::isError);
      return new CatalogDocument(source, true, errors ? Optional.empty() : Optional.of(spec.catalog()), problems);
    }
    CatalogReader reader = new CatalogReader();
    Optional<ScopeCatalog> catalog = reader.read(document);
    return new CatalogDocument(source, false, catalog, reader.problems());
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
   * Whether the file is an OpenAPI document rather than a catalog file.
   *
   * @return {@code true} for a document with an {@code openapi} field
   */
  public boolean isOpenApi() {
    return openApi;
  }

  /**
   * Every problem found, ordered by line and column.
   *
   * @return the problems; empty for a clean file
   */
  public List<SpecProblem> problems() {
    return problems;
  }

  /**
   * Whether any problem is an error.
   *
   * @return {@code true} if the file gives no catalog
   */
  public boolean hasErrors() {
    return catalog.isEmpty();
  }

  /**
   * The catalog, when the file has no error.
   *
   * @return the catalog, or empty
   */
  public Optional<ScopeCatalog> catalog() {
    return catalog;
  }

  /**
   * The catalog, for use: only when the file has no error.
   *
   * @return the catalog
   * @throws InvalidSpecException listing the errors, if there are any
   */
  public ScopeCatalog requireValid() {
    if (catalog.isPresent()) {
      return catalog.get();
    }
    List<SpecProblem> errors = problems.stream().filter(SpecProblem::isError).toList();
    throw new InvalidSpecException(source, errors);
  }

  /**
   * A summary: {@code CatalogDocument[catalog.json: ScopeCatalog[2 families, 3 scopes]]} or {@code
   * CatalogDocument[catalog.json: 3 problems]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "CatalogDocument[" + source + ": " + catalog.map(Object::toString).orElse(problems.size() + " problems") + "]";
  }
}
