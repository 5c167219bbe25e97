package dev.scopegate.cli;

import dev.scopegate.Delegation;
import dev.scopegate.GrantedScopes;
import dev.scopegate.IgnoredEntry;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code scope delegate}: may a key or token with these scopes mint one with those? */
@Command(
    name = "delegate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks whether a holder may delegate scopes: mint a key or embed token that carries them.",
      "Prints 'allowed' (exit 0) or the refusal naming the first scope not held (exit 1)."
    })
final class DelegateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private CatalogOption catalog;

  @Option(
      names = "--holder",
      required = true,
      paramLabel = "CLAIM",
      description = "The minting key's or token's scope claim, space-separated; read as production reads a token.")
  private String holder;

  @Option(
      names = "--requested",
      required = true,
      paramLabel = "SCOPES",
      description = "The scopes of the key or token to mint, space-separated; read strictly (a bad scope is an error).")
  private String requested;

  @Mixin private OutputFormat.Choice format;

  @Override
  public Integer call() {
    ScopeCatalog c = catalog.catalog();
    List<Scope> scopes = ScopeArguments.strict(c, "--requested", requested);
    GrantedScopes held = c.parseClaim(holder);
    Delegation delegation = Delegation.check(held, scopes);

    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ScopeCli.println(out, Json.compact(toJson(delegation, held)));
    } else {
      PrintWriter err = spec.commandLine().getErr();
      ScopeArguments.reportIgnored(err, spec.qualifiedName(), "--holder", held);
      ScopeCli.println(out, delegation.message().orElse("allowed"));
      for (Scope s : delegation.notHeld()) {
        if (s.isWildcard() && held.covers(s)) {
          ScopeCli.println(err, "scope delegate: " + s + " is delegated only by a holder of " + s
              + " itself; holding every " + s.family() + " verb one by one is not enough");
        }
      }
    }
    return delegation.allowed() ? ScopeCli.EXIT_OK : ScopeCli.EXIT_DENIED;
  }

  private static ObjectNode toJson(Delegation delegation, GrantedScopes held) {
    ObjectNode result = Json.object();
    result.put("allowed", delegation.allowed());
    ArrayNode notHeld = result.putArray("notHeld");
    for (Scope s : delegation.notHeld()) {
      notHeld.add(s.toString());
    }
    ArrayNode ignored = result.putArray("ignored");
    for (IgnoredEntry e : held.ignored()) {
      ignored.add(e.text());
    }
    if (delegation.message().isPresent()) {
      result.put("message", delegation.message().get());
    } else {
      result.putNull("message");
    }
    return result;
  }
}
