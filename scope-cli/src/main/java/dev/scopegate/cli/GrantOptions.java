package dev.scopegate.cli;

import dev.scopegate.GrantedScopes;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackRecipe;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.internal.Text;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** What a token grants: {@code --granted CLAIM} (read leniently, like a token) or {@code --recipe ID}. */
final class GrantOptions {
  @Option(
      names = "--granted",
      paramLabel = "CLAIM",
      description = "The token's scope claim, space-separated; read as production reads a token (bad entries grant nothing).")
  private @Nullable String granted;

  @Option(names = "--recipe", paramLabel = "ID", description = "Use a recipe's scopes (see 'scope recipe --list').")
  private @Nullable String recipe;

  /**
   * The granted set.
   *
   * @throws CliException for an unknown recipe, or a recipe with a catalog other than Signstack's
   */
  GrantedScopes resolve(CatalogOption catalogOption) {
    return resolve(catalogOption.catalog(), "with --catalog");
  }

  /**
   * The granted set, read against a catalog (such as an OpenAPI document's own).
   *
   * @param whenNotSignstack what makes the catalog another one, for the message refusing a recipe
   * @throws CliException for an unknown recipe, or a recipe with a catalog other than Signstack's
   */
  GrantedScopes resolve(ScopeCatalog catalog, String whenNotSignstack) {
    String r = recipe;
    if (r != null) {
      if (!catalog.equals(SignstackScopes.CATALOG)) {
        throw new CliException(
            "--recipe: recipes are sets of the built-in Signstack catalog's scopes; " + whenNotSignstack + ", use --granted");
      }
      return recipe(r, "--recipe: ").grant();
    }
    return catalog.parseClaim(granted == null ? "" : granted);
  }

  /** The recipe with that id, or a one-line error naming the input and listing the ids. */
  static SignstackRecipe recipe(String id, String prefix) {
    return SignstackRecipe.byId(id)
        .orElseThrow(() -> new CliException(prefix + "no recipe " + Text.quote(id) + "; the recipes are " + ids()));
  }

  static String ids() {
    List<String> ids = new ArrayList<>();
    for (SignstackRecipe r : SignstackRecipe.values()) {
      ids.add(r.id());
    }
    return String.join(", ", ids);
  }

  /** Notes each claim entry that granted nothing on stderr, one line each. */
  static void reportIgnored(PrintWriter err, String command, GrantedScopes granted) {
    ScopeArguments.reportIgnored(err, command, "--granted", granted);
  }
}
