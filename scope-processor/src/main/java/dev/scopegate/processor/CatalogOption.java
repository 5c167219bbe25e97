package dev.scopegate.processor;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.openapi.CatalogDocument;
import dev.scopegate.openapi.SpecProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalog every scope is checked against, from the {@code scopegate.catalog} processor option:
 * absent or {@code signstack} for {@link SignstackScopes#CATALOG}; otherwise the path of a catalog
 * file or an OpenAPI document, read by {@link CatalogDocument} (the loader {@code scope --catalog
 * FILE} uses), a relative path against the compiler's working directory.
 */
final class CatalogOption {
  /** The option's name, as given to javac: {@code -Ascopegate.catalog=...}. */
  static final String NAME = "scopegate.catalog";
  /** The name of the built-in Signstack catalog, and the default. */
  static final String SIGNSTACK = "signstack";

  private CatalogOption() {}

  /**
   * The catalog the option names, or empty after reporting, in one error naming the option and the
   * file, why it is unusable.
   *
   * @param value the option's value, null when not given
   */
  static Optional<ScopeCatalog> resolve(@Nullable String value, Reporter reporter) {
    if (value == null || value.equals(SIGNSTACK)) {
      return Optional.of(SignstackScopes.CATALOG);
    }
    String prefix = "Invalid -A" + NAME + "=" + value + ": ";
    if (value.isBlank()) {
      reporter.error(prefix + "expected \"" + SIGNSTACK + "\" or the path of a catalog file or an OpenAPI document");
      return Optional.empty();
    }
    Path file;
    CatalogDocument document;
    try {
      file = Path.of(value);
      document = CatalogDocument.load(file);
    } catch (InvalidPathException e) {
      reporter.error(prefix + "not a file path: " + e.getReason());
      return Optional.empty();
    } catch (IOException e) {
      reporter.error(prefix + describe(Path.of(value), e));
      return Optional.empty();
    }
    List<SpecProblem> errors = document.problems().stream().filter(SpecProblem::isError).toList();
    if (!errors.isEmpty()) {
      StringBuilder message = new StringBuilder(prefix);
      message.append(errors.size() == 1 ? "" : errors.size() + " errors:");
      for (SpecProblem p : errors) {
        message.append(errors.size() == 1 ? "" : "\n  ").append(p);
      }
      reporter.error(message.toString());
      return Optional.empty();
    }
    ScopeCatalog catalog = document.requireValid();
    if (catalog.knownScopes().isEmpty()) {
      // Only an OpenAPI document gets here: the loader refuses a catalog file without scopes.
      reporter.error(prefix + value + ": the document's securitySchemes declare no scope");
      return Optional.empty();
    }
    return Optional.of(catalog);
  }

  /** {@code cat.json: no such file or directory}, {@code src: is a directory, not a file}, and the like. */
  private static String describe(Path file, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      reason = f.getReason();
    } else {
      reason = "cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
    return file + ": " + reason;
  }
}
