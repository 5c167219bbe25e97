package dev.scopegate.cli;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.internal.ClaimSplitter;
import java.util.ArrayList;
import java.util.List;

/** Reads scope arguments strictly: each argument may hold several scopes separated by spaces. */
final class StrictScopes {
  private StrictScopes() {}

  /**
   * The scopes, in order, repeats kept.
   *
   * @throws CliException naming every bad scope, one line each
   */
  static List<Scope> parse(ScopeCatalog catalog, List<String> args) {
    List<Scope> scopes = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String arg : args) {
      for (String text : ClaimSplitter.entries(arg)) {
        try {
          scopes.add(catalog.parse(text));
        } catch (InvalidScopeException e) {
          errors.add(e.getMessage());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new CliException(errors);
    }
    if (scopes.isEmpty()) {
      throw new CliException("no scopes given; name at least one, such as workflow:read");
    }
    return scopes;
  }
}
