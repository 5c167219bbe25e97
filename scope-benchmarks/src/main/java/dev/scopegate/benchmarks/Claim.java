package dev.scopegate.benchmarks;

import dev.scopegate.catalog.SignstackRecipe;
import java.util.ArrayList;
import java.util.List;

/**
 * The token claims the suite checks, as they come out of a decoded JWT: a space-delimited {@code
 * scope} string, or the same entries as an {@code scp} array.
 */
public enum Claim {
  /**
   * The backend-workflows recipe, nine concrete scopes: {@code "resource:read resource:create
   * resource:update workflow:read workflow:create workflow:execute file:read file:upload
   * webhook:read"}.
   */
  BACKEND_WORKFLOWS(SignstackRecipe.BACKEND_WORKFLOWS),
  /** The full-access recipe, wildcard-heavy: six family wildcards and three concrete scopes. */
  FULL_ACCESS(SignstackRecipe.FULL_ACCESS);

  private final String text;
  private final List<String> entries;

  Claim(SignstackRecipe recipe) {
    this.text = String.join(" ", recipe.texts());
    this.entries = List.copyOf(recipe.texts());
  }

  /**
   * The claim as a space-delimited {@code scope} string.
   *
   * @return the claim text
   */
  public String text() {
    return text;
  }

  /**
   * The claim as an {@code scp} array, in a fresh mutable {@link ArrayList} as a JSON decoder
   * hands it over.
   *
   * @return the entries
   */
  public List<String> entries() {
    return new ArrayList<>(entries);
  }
}
