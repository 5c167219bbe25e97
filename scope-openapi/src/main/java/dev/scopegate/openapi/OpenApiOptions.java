package dev.scopegate.openapi;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an OpenAPI document is read: which catalog its scopes are compiled against, and what the
 * guard does with security schemes that carry no scopes. Immutable; each {@code with} method
 * returns a copy.
 *
 * {@snippet :
 * OpenApiOptions options = OpenApiOptions.defaults()                 // the document's own catalog
 *     .grammar(ScopeGrammar.SCOPE_TOKEN)                              // instead of the automatic choice
 *     .nonScopeSchemes(OpenApiOptions.NonScopeSchemes.AUTHENTICATED_ELSEWHERE);
 * OpenApiSpec spec = OpenApiSpec.load(Path.of("openapi.yaml"), options);
 * }
 *
 * <h2>The catalog</h2>
 *
 * By default the catalog is the document's own ({@link OpenApiSpec#catalog()}): every scope
 * declared in a flow of an {@code oauth2} scheme, with its description, and every scope an {@code
 * openIdConnect} scheme is used with. Its grammar is {@link ScopeGrammar#FAMILY_VERB} when every
 * one of those scopes is a {@code family:verb} scope, else {@link ScopeGrammar#SCOPE_TOKEN};
 * {@link #grammar(ScopeGrammar)} forces one (a declared scope that does not fit it is then an
 * error). {@link #catalog(ScopeCatalog)} replaces the document's catalog altogether, and {@link
 * #catalogWhenNoneDeclared(ScopeCatalog)} gives one for documents that declare no scope at all
 * (such as those that state scopes in {@code x-required-scopes} only).
 */
public final class OpenApiOptions {
  /**
   * What an alternative made of security schemes without scopes ({@code apiKey}, {@code http}
   * basic or bearer, {@code mutualTLS}) means for the guard, which checks a bearer token's scopes
   * and nothing else.
   */
  public enum NonScopeSchemes {
    /**
     * Fail closed (the default): a scope claim cannot satisfy such a scheme, so a requirement
     * object that names one is not an alternative the guard accepts. An operation left with no
     * alternative is a {@linkplain dev.scopegate.guard.RouteTable.Builder#deniedRoute denied
     * route}.
     */
    DENY,
    /**
     * The service authenticates those schemes itself, before or beside the guard, and refuses a
     * request without a valid credential. A requirement object made only of them lets a request
     * without a bearer token pass to that authentication ({@link
     * dev.scopegate.guard.Route#passesWithoutToken()}); one that mixes them with scopes needs the
     * scopes from the bearer token, and the service checks the rest.
     */
    AUTHENTICATED_ELSEWHERE
  }

  private static final OpenApiOptions DEFAULTS = new OpenApiOptions(null, null, null, NonScopeSchemes.DENY);

  private final @Nullable ScopeCatalog catalog;
  private final @Nullable ScopeCatalog fallback;
  private final @Nullable ScopeGrammar grammar;
  private final NonScopeSchemes nonScopeSchemes;

  private OpenApiOptions(
      @Nullable ScopeCatalog catalog, @Nullable ScopeCatalog fallback, @Nullable ScopeGrammar grammar,
      NonScopeSchemes nonScopeSchemes) {
    this.catalog = catalog;
    this.fallback = fallback;
    this.grammar = grammar;
    this.nonScopeSchemes = nonScopeSchemes;
  }

  /**
   * The defaults: the document's own catalog with its grammar chosen automatically, and schemes
   * without scopes denied ({@link NonScopeSchemes#DENY}).
   *
   * @return the defaults
   */
  public static OpenApiOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Compiles the document's scopes against this catalog instead of the document's own; a scope
   * the catalog does not declare is then an error wherever the document uses it.
   *
   * @param catalog the catalog
   * @return a copy with the catalog
   */
  public OpenApiOptions catalog(ScopeCatalog catalog) {
    return new OpenApiOptions(Objects.requireNonNull(catalog, "catalog"), fallback, grammar, nonScopeSchemes);
  }

  /**
   * The catalog for a document that declares no scope at all (no {@code oauth2} flow with scopes,
   * no {@code openIdConnect} scheme used with scopes); a document that declares some still gets
   * its own.
   *
   * @param catalog the catalog, such as {@code SignstackScopes.CATALOG} for documents that state
   *     Signstack scopes in {@code x-required-scopes} only
   * @return a copy with the fallback catalog
   */
  public OpenApiOptions catalogWhenNoneDeclared(ScopeCatalog catalog) {
    return new OpenApiOptions(this.catalog, Objects.requireNonNull(catalog, "catalog"), grammar, nonScopeSchemes);
  }

  /**
   * Forces the grammar of the document's own catalog instead of choosing it; ignored when a
   * {@linkplain #catalog(ScopeCatalog) catalog is given}.
   *
   * @param grammar the grammar
   * @return a copy with the grammar
   */
  public OpenApiOptions grammar(ScopeGrammar grammar) {
    return new OpenApiOptions(catalog, fallback, Objects.requireNonNull(grammar, "grammar"), nonScopeSchemes);
  }

  /**
   * What requirement objects of schemes without scopes mean for the guard.
   *
   * @param nonScopeSchemes {@link NonScopeSchemes#DENY} (the default) or {@link
   *     NonScopeSchemes#AUTHENTICATED_ELSEWHERE}
   * @return a copy with the setting
   */
  public OpenApiOptions nonScopeSchemes(NonScopeSchemes nonScopeSchemes) {
    return new OpenApiOptions(catalog, fallback, grammar, Objects.requireNonNull(nonScopeSchemes, "nonScopeSchemes"));
  }

  /**
   * The catalog that replaces the document's own, if one is given.
   *
   * @return the catalog, or empty
   */
  public Optional<ScopeCatalog> catalog() {
    return Optional.ofNullable(catalog);
  }

  /**
   * The catalog for a document that declares no scope, if one is given.
   *
   * @return the catalog, or empty
   */
  public Optional<ScopeCatalog> catalogWhenNoneDeclared() {
    return Optional.ofNullable(fallback);
  }

  /**
   * The forced grammar, if one is given.
   *
   * @return the grammar, or empty for the automatic choice
   */
  public Optional<ScopeGrammar> grammar() {
    return Optional.ofNullable(grammar);
  }

  /**
   * What requirement objects of schemes without scopes mean for the guard.
   *
   * @return the setting
   */
  public NonScopeSchemes nonScopeSchemes() {
    return nonScopeSchemes;
  }

  /**
   * Options are equal when every setting is.
   *
   * @param other the object to compare with
   * @return whether {@code other} has equal settings
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof OpenApiOptions)) {
      return false;
    }
    OpenApiOptions that = (OpenApiOptions) other;
    return Objects.equals(catalog, that.catalog)
        && Objects.equals(fallback, that.fallback)
        && grammar == that.grammar
        && nonScopeSchemes == that.nonScopeSchemes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalog, fallback, grammar, nonScopeSchemes);
  }

  /**
   * {@code OpenApiOptions[catalog: the document's, grammar: automatic, non-scope schemes: DENY]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "OpenApiOptions[catalog: " + (catalog == null ? "the document's" : catalog.toString())
        + (fallback == null ? "" : ", when none declared: " + fallback)
        + ", grammar: " + (grammar == null ? "automatic" : grammar.toString())
        + ", non-scope schemes: " + nonScopeSchemes + "]";
  }
}
