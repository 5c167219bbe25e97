package dev.scopegate.cli;

import dev.scopegate.AccessRule;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.LeastPrivilege;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
      "Prints the smallest scope list that lets a token call every named operation, as {\"scopes\": [...]} in catalog"
          + " order, choosing one alternative where an operation's security offers several.",
      "No wildcards unless --allow-wildcards."
    })
final class LeastPrivilegeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private SpecOptions options;

  @Option(names = "--spec", required = true, paramLabel = "OPENAPI", description = "The OpenAPI 3.x document (JSON or YAML).")
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
    OpenApiSpec document = Specs.load(specFile, options.options());
    List<AccessRule> rules = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (String id : new LinkedHashSet<>(operationIds)) {
      Optional<Operation> found = document.operations().byOperationId(id);
      if (found.isEmpty()) {
        errors.add("--operation: no operation " + Text.quote(id) + " in " + specFile);
        continue;
      }
      Operation op = found.get();
      switch (op.access()) {
        case PUBLIC:
          break;
        case SCOPED:
          rules.add(op.rule().orElseThrow());
          break;
        case NON_SCOPE:
          errors.add("--operation: no token can call " + op + ": only " + Specs.nonScopeSchemes(document, op) + " can");
          break;
        default:
          errors.add("--operation: no token can call " + op + ": the document declares no security for it");
          break;
      }
    }
    if (!errors.isEmpty()) {
      throw new CliException(errors);
    }
    LeastPrivilege least = LeastPrivilege.of(document.catalog(), rules);
    if (!least.isExact()) {
      ScopeCli.println(spec.commandLine().getErr(), spec.qualifiedName() + ": note: the search stopped after "
          + LeastPrivilege.MAX_STEPS + " steps; these scopes cover every operation but may not be the fewest");
    }
    ScopeCli.println(spec.commandLine().getOut(), Json.scopeList(allowWildcards ? least.scopesWithWildcards() : least.scopes()));
    return ScopeCli.EXIT_OK;
  }
}
