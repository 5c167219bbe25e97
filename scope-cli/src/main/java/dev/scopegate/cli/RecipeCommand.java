package dev.scopegate.cli;

import dev.scopegate.catalog.SignstackRecipe;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scope recipe}: the Signstack reference's recommended scope sets. */
@Command(
    name = "recipe",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a recommended scope set as {\"scopes\": [...]}, or lists them with --list.",
      "Recipes belong to the built-in Signstack catalog."
    })
final class RecipeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "The recipe's id, such as ci-cd-push.")
  private @Nullable String id;

  @Option(names = "--list", description = "List the recipes' ids and titles.")
  private boolean list;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      if (id != null) {
        throw new CliException("give a recipe ID or --list, not both");
      }
      int width = 0;
      for (SignstackRecipe r : SignstackRecipe.values()) {
        width = Math.max(width, r.id().length());
      }
      for (SignstackRecipe r : SignstackRecipe.values()) {
        ScopeCli.println(out, r.id() + " ".repeat(width - r.id().length() + 2) + r.title());
      }
      return ScopeCli.EXIT_OK;
    }
    if (id == null) {
      throw new CliException("missing recipe ID; the recipes are " + GrantOptions.ids() + " (or use --list)");
    }
    SignstackRecipe recipe = GrantOptions.recipe(id, "");
    ScopeCli.println(out, Json.scopeList(recipe.texts()));
    return ScopeCli.EXIT_OK;
  }
}
