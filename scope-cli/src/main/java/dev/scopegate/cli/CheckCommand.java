package dev.scopegate.cli;

import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.IgnoredEntry;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code scope check}: would a token with these scopes be allowed? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a token's scopes against required scopes, as production does.",
      "Prints 'allowed' (exit 0) or the denial message (exit 1)."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalog;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private GrantOptions grant;

  @Option(
      names = "--required",
      required = true,
      paramLabel = "SCOPES",
      description = "The required scopes, space-separated; read strictly (a bad scope is an error).")
  private String required;

  @Mixin private OutputFormat.Choice format;

  @Override
  public Integer call() {
    ScopeCatalog c = catalog.catalog();
    Requirement requirement = c.requirement(ScopeArguments.strict(c, "--required", required));
    GrantedScopes granted = grant.resolve(catalog);
    Decision decision = granted.check(requirement);

    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ScopeCli.println(out, Json.compact(toJson(decision, granted)));
    } else {
      GrantOptions.reportIgnored(spec.commandLine().getErr(), spec.qualifiedName(), granted);
      ScopeCli.println(out, decision.message().orElse("allowed"));
    }
    return decision.allowed() ? ScopeCli.EXIT_OK : ScopeCli.EXIT_DENIED;
  }

  private static ObjectNode toJson(Decision decision, GrantedScopes granted) {
    ObjectNode result = Json.object();
    result.put("allowed", decision.allowed());
    ArrayNode missing = result.putArray("missing");
    for (Scope s : decision.missing()) {
      missing.add(s.toString());
    }
    ArrayNode ignored = result.putArray("ignored");
    for (IgnoredEntry e : granted.ignored()) {
      ignored.add(e.text());
    }
    if (decision.message().isPresent()) {
      result.put("message", decision.message().get());
    } else {
      result.putNull("message");
    }
    return result;
  }
}
