package dev.scopegate.cli;

import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.openapi.Operation;
import dev.scopegate.openapi.OperationTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scope operations}: what a key can and cannot do in an API. */
@Command(
    name = "operations",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a token against every operation of an OpenAPI document.",
      "One line an operation: 'allowed', 'allowed (public)' or the denial message.",
      "Exit 0 when every operation is allowed, 1 when any is denied."
    })
final class OperationsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalog;

  @Option(names = "--spec", required = true, paramLabel = "OPENAPI", description = "The OpenAPI 3.0/3.1 document (JSON or YAML).")
  private Path specFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private GrantOptions grant;

  @Override
  public Integer call() {
    OperationTable table = Specs.load(specFile, catalog.catalog());
    GrantedScopes granted = grant.resolve(catalog);
    GrantOptions.reportIgnored(spec.commandLine().getErr(), spec.qualifiedName(), granted);
    PrintWriter out = spec.commandLine().getOut();
    boolean anyDenied = false;
    for (Operation op : table.operations()) {
      String result;
      if (op.isPublic()) {
        result = "allowed (public)";
      } else {
        // Specs.load refused every document with an error, so a non-public operation has its requirement.
        Decision d = granted.check(op.requirement().orElseThrow());
        anyDenied |= !d.allowed();
        result = d.message().orElse("allowed");
      }
      ScopeCli.println(out, op + ": " + result);
    }
    return anyDenied ? ScopeCli.EXIT_DENIED : ScopeCli.EXIT_OK;
  }
}
