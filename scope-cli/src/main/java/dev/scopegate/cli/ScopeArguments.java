package dev.scopegate.cli;

import dev.scopegate.IgnoredEntry;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.GrantedScopes;
import dev.scopegate.internal.Text;
import java.io.PrintWriter;
import java.util.List;

/** How the commands read a scope list given on the command line, and report what a claim ignored. */
final class ScopeArguments {
  private ScopeArguments() {}

  /**
   * The scopes an option names, read strictly (a bad scope is an error naming the option); at
   * least one.
   */
  static List<Scope> strict(ScopeCatalog catalog, String option, String text) {
    List<Scope> scopes;
    try {
      scopes = catalog.parseAll(text);
    } catch (InvalidScopeException e) {
      throw new CliException(option + ": " + e.getMessage());
    }
    if (scopes.isEmpty()) {
      throw new CliException(option + ": no scopes given; name at least one, such as " + option + " \"workflow:read\"");
    }
    return scopes;
  }

  /** One line on stderr per entry of a claim option that grants nothing. */
  static void reportIgnored(PrintWriter err, String command, String option, GrantedScopes granted) {
    for (IgnoredEntry e : granted.ignored()) {
      ScopeCli.println(
          err, command + ": " + option + ": ignored " + Text.quote(e.text()) + " (entry " + (e.position() + 1) + "): " + e.reason());
    }
  }
}
