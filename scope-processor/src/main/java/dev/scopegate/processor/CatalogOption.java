package dev.scopegate.processor;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalog every scope is checked against, from the {@code scopegate.catalog} processor option:
 * absent or {@code signstack} for {@link SignstackScopes#CATALOG}.
 */
final class CatalogOption {
  /** The option's name, as given to javac: {@code -Ascopegate.catalog=...}. */
  static final String NAME = "scopegate.catalog";
  /** The name of the built-in Signstack catalog, and the default. */
  static final String SIGNSTACK = "signstack";

  private CatalogOption() {}

  /**
   * The catalog the option names, or empty after reporting why the option is unusable.
   *
   * @param value the option's value, null when not given
   */
  static Optional<ScopeCatalog> resolve(@Nullable String value, Reporter reporter) {
    if (value == null || value.equals(SIGNSTACK)) {
      return Optional.of(SignstackScopes.CATALOG);
    }
    reporter.error("Invalid -A" + NAME + "=" + value + ": the only built-in catalog is \"" + SIGNSTACK + "\"");
    return Optional.empty();
  }
}
