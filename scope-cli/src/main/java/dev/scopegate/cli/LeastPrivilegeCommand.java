package dev.scopegate.cli;

import dev.scopegate.GrantedScopes;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.Operation;
import dev.scopegate.openapi.OperationTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scope least-privilege}: the smallest scope list for a set of operations. */
@Command(
    name = "least-privilege",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the smallest scope list that covers every named operation, as {\"scopes\": [...]} in catalog order.",
      "No wildcards unless --allow-wildcards."
    })
final class LeastPrivilegeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalog;

  @Option(names = "--spec", required = true, paramLabel = "OPENAPI", description = "The OpenAPI 3.0/3.1 document (JSON or YAML).")
  private Path specFile;

  @Option(
      names = "--operation",
      required = true,
      arity = "1..*",
      paramLabel = "ID",
      description = "operationIds to cover; repeat the option or list several after it.")
  private List<String> operationIds;

  @Option(
      names = "--allow-wildcards",
      description = "Use a family's wildcard when every verb of the family is needed and the catalog declares one.")
  private boolean allowWildcards;

  @Override
  public Integer call() {
    ScopeCatalog c = catalog.catalog();
    OperationTable table = Specs.load(specFile, c);
    List<Operation> chosen = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : new LinkedHashSet<>(operationIds)) {
      Optional<Operation> op = table.byOperationId(id);
      if (op.isPresent()) {
        chosen.add(op.get());
      } else {
        unknown.add("--operation: no operation " + Text.quote(id) + " in " + specFile);
      }
    }
    if (!unknown.isEmpty()) {
      throw new CliException(unknown);
    }
    Set<Scope> needed = new HashSet<>();
    for (Operation op : chosen) {
      if (op.isPublic()) {
        continue;
      }
      for (Scope s : op.requirement().orElseThrow().scopes()) {
        needed.addAll(c.expand(s));
      }
    }
    List<Scope> result = new ArrayList<>();
    for (ScopeFamily family : c.families()) {
      List<Scope> verbs = new ArrayList<>();
      for (Scope s : family.scopes()) {
        if (needed.contains(s)) {
          verbs.add(s);
        }
      }
      if (allowWildcards && family.wildcard().isPresent() && verbs.size() == family.scopes().size()) {
        result.add(family.wildcard().get());
      } else {
        result.addAll(verbs);
      }
    }
    verifyCovers(c, result, chosen);
    ScopeCli.println(spec.commandLine().getOut(), Json.scopeList(result));
    return ScopeCli.EXIT_OK;
  }

  /** The engine, not this command's arithmetic, has the last word on coverage. */
  private static void verifyCovers(ScopeCatalog c, List<Scope> result, List<Operation> chosen) {
    GrantedScopes granted = c.grant(result);
    for (Operation op : chosen) {
      if (op.requirement().isPresent() && !granted.covers(op.requirement().get())) {
        throw new IllegalStateException("the computed scopes do not cover " + op);
      }
    }
  }
}
