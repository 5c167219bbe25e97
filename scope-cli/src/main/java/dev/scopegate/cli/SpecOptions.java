package dev.scopegate.cli;

import dev.scopegate.ScopeGrammar;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.OpenApiOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How the commands that read OpenAPI documents ({@code lint}, {@code operations}, {@code
 * least-privilege}) read them: {@code --catalog}, {@code --grammar} and {@code
 * --authenticated-elsewhere}. Without {@code --catalog}, a document's catalog is its own; a
 * document that declares no scope at all (one that states Signstack scopes in {@code
 * x-required-scopes} only) gets the built-in Signstack catalog.
 */
final class SpecOptions {
  /** Reads {@code family-verb} or {@code scope-token}, in any case. */
  static final class GrammarConverter implements ITypeConverter<ScopeGrammar> {
    @Override
    public ScopeGrammar convert(String value) {
      for (ScopeGrammar g : ScopeGrammar.values()) {
        if (id(g).equalsIgnoreCase(value)) {
          return g;
        }
      }
      throw new TypeConversionException("expected family-verb or scope-token, not " + Text.quote(value));
    }

    static String id(ScopeGrammar g) {
      return g == ScopeGrammar.FAMILY_VERB ? "family-verb" : "scope-token";
    }
  }

  @Mixin CatalogOption catalog;

  @Option(
      names = "--grammar",
      paramLabel = "GRAMMAR",
      converter = GrammarConverter.class,
      description = "family-verb or scope-token: the grammar of a document's own catalog, instead of the automatic"
          + " choice (family-verb when every scope the document declares fits it, else scope-token).")
  private @Nullable ScopeGrammar grammar;

  @Option(
      names = "--authenticated-elsewhere",
      description = "The service authenticates apiKey, http and mutualTLS schemes itself: an operation they protect"
          + " lets a request without a bearer token through to the service instead of being denied.")
  private boolean authenticatedElsewhere;

  /**
   * The options to read a document with.
   *
   * @throws CliException if the {@code --catalog} file is unusable
   */
  OpenApiOptions options() {
    OpenApiOptions options = OpenApiOptions.defaults().catalogWhenNoneDeclared(SignstackScopes.CATALOG);
    if (catalog.given().isPresent()) {
      options = options.catalog(catalog.given().get());
    }
    ScopeGrammar g = grammar;
    if (g != null) {
      options = options.grammar(g);
    }
    if (authenticatedElsewhere) {
      options = options.nonScopeSchemes(OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE);
    }
    return options;
  }

  /** The catalog scope lists (not OpenAPI documents) are linted against. */
  CatalogOption catalogOption() {
    return catalog;
  }
}
