package dev.scopegate.cli;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --catalog FILE}: another catalog instead of the built-in Signstack one. */
final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Read the catalog from this JSON file instead of using the built-in Signstack catalog.")
  private @Nullable Path file;

  private @Nullable ScopeCatalog loaded;

  /** The catalog in force; a file is read (strictly) on first use. */
  ScopeCatalog catalog() {
    if (file == null) {
      return SignstackScopes.CATALOG;
    }
    if (loaded == null) {
      loaded = CatalogFile.load(file);
    }
    return loaded;
  }

  /** Whether the built-in Signstack catalog is in force (recipes only exist for it). */
  boolean isBuiltIn() {
    return file == null;
  }
}
