package dev.scopegate.cli;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code scope explain}: what each scope grants. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Shows what each scope grants: one concrete scope a line, with its description.")
final class ExplainCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalog;

  @Parameters(arity = "1..*", paramLabel = "SCOPE", description = "Scopes, read strictly, such as workflow:*.")
  private List<String> scopes;

  @Mixin private OutputFormat.Choice format;

  @Override
  public Integer call() {
    ScopeCatalog c = catalog.catalog();
    List<Scope> parsed = StrictScopes.parse(c, scopes);
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ArrayNode result = Json.array();
      for (Scope s : parsed) {
        ObjectNode entry = result.addObject();
        entry.put("scope", s.toString());
        ArrayNode grants = entry.putArray("grants");
        for (Scope concrete : c.expand(s)) {
          grants.addObject().put("scope", concrete.toString()).put("description", c.description(concrete).orElse(""));
        }
      }
      ScopeCli.println(out, Json.compact(result));
      return ScopeCli.EXIT_OK;
    }
    int width = 0;
    for (Scope s : parsed) {
      for (Scope concrete : c.expand(s)) {
        width = Math.max(width, concrete.toString().length());
      }
    }
    for (Scope s : parsed) {
      for (Scope concrete : c.expand(s)) {
        String name = concrete.toString();
        ScopeCli.println(out, name + " ".repeat(width - name.length() + 2) + c.description(concrete).orElse(""));
      }
    }
    return ScopeCli.EXIT_OK;
  }
}
