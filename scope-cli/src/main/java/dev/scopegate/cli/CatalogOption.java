package dev.scopegate.cli;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.openapi.CatalogDocument;
import dev.scopegate.openapi.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --catalog FILE}: another catalog instead of the built-in Signstack one (or, for the
 * commands that read an OpenAPI document, instead of the document's own). The file is a catalog
 * file or an OpenAPI document, read by {@link CatalogDocument}.
 */
final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Read the catalog from this file (a catalog file, JSON or YAML, or an OpenAPI document's declared"
          + " scopes) instead of the built-in Signstack catalog, or instead of an OpenAPI document's own.")
  private @Nullable Path file;

  private @Nullable ScopeCatalog loaded;

  /** The catalog in force: the file's (read strictly, on first use), else the Signstack catalog. */
  ScopeCatalog catalog() {
    return given().orElse(SignstackScopes.CATALOG);
  }

  /**
   * The catalog the file gives, if one was named.
   *
   * @throws CliException if the file cannot be read, or listing every error of its content
   */
  Optional<ScopeCatalog> given() {
    Path f = file;
    if (f == null) {
      return Optional.empty();
    }
    if (loaded == null) {
      CatalogDocument document;
      try {
        document = CatalogDocument.load(f);
      } catch (IOException e) {
        throw new CliException("--catalog " + IoMessages.describe(f, e));
      }
      List<String> errors = new ArrayList<>();
      for (SpecProblem p : document.problems()) {
        if (p.isError()) {
          errors.add(p.toString());
        }
      }
      if (!errors.isEmpty()) {
        throw new CliException(errors);
      }
      loaded = document.requireValid();
    }
    return Optional.of(loaded);
  }

  /** Whether the built-in Signstack catalog is in force (recipes only exist for it). */
  boolean isBuiltIn() {
    return file == null;
  }
}
