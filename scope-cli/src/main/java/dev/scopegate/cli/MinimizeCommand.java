package dev.scopegate.cli;

import dev.scopegate.Redundancy;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scope minimize}: the same grant with fewer scopes. */
@Command(
    name = "minimize",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the minimal equivalent scope list, space-separated, first-seen order kept.",
      "Each dropped scope and why goes to stderr."
    })
final class MinimizeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalog;

  @Parameters(arity = "1..*", paramLabel = "SCOPE", description = "Scopes, read strictly.")
  private List<String> scopes;

  @Override
  public Integer call() {
    ScopeCatalog c = catalog.catalog();
    List<Scope> parsed = StrictScopes.parse(c, scopes);
    List<String> minimal = new ArrayList<>();
    for (Scope s : c.minimize(parsed)) {
      minimal.add(s.toString());
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Redundancy r : c.redundancies(parsed)) {
      ScopeCli.println(err, spec.qualifiedName() + ": " + r.reason());
    }
    ScopeCli.println(spec.commandLine().getOut(), String.join(" ", minimal));
    return ScopeCli.EXIT_OK;
  }
}
