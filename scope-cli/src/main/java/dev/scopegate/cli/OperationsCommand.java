package dev.scopegate.cli;

import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.Operation;
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
      "Checks a token against every operation of an OpenAPI document, as the guard would.",
      "One line an operation: 'allowed', 'allowed (public)', the denial message, or why no token can call it.",
      "Exit 0 when every operation is allowed, 1 when any is denied."
    })
final class OperationsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private SpecOptions options;

  @Option(names = "--spec", required = true, paramLabel = "OPENAPI", description = "The OpenAPI 3.x document (JSON or YAML).")
  private Path specFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private GrantOptions grant;

  @Override
  public Integer call() {
    OpenApiSpec document = Specs.load(specFile, options.options());
    GrantedScopes granted = grant.resolve(document.catalog(), "with a document that declares its own scopes");
    GrantOptions.reportIgnored(spec.commandLine().getErr(), spec.qualifiedName(), granted);
    PrintWriter out = spec.commandLine().getOut();
    boolean anyDenied = false;
    for (Operation op : document.operations().operations()) {
      String result;
      switch (op.access()) {
        case PUBLIC:
          result = "allowed (public)";
          break;
        case SCOPED:
          Decision d = granted.check(op.rule().orElseThrow());
          anyDenied |= !d.allowed();
          result = d.message().orElse("allowed");
          break;
        case NON_SCOPE:
          anyDenied = true;
          result = op.passesWithoutToken()
              ? "denied: a token cannot call it; " + Specs.nonScopeSchemes(document, op)
                  + " can, which the service authenticates itself"
              : "denied: only " + Specs.nonScopeSchemes(document, op) + " can call it, which no token's scopes satisfy";
          break;
        default:
          // Specs.load refused every document with an error, so no operation is broken.
          anyDenied = true;
          result = "denied: the document declares no security for it";
          break;
      }
      ScopeCli.println(out, op + ": " + result);
    }
    return anyDenied ? ScopeCli.EXIT_DENIED : ScopeCli.EXIT_OK;
  }
}
