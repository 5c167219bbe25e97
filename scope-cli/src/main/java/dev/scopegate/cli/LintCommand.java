package dev.scopegate.cli;

import dev.scopegate.internal.Text;
import dev.scopegate.openapi.internal.Quote;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code scope lint}: scope lists and OpenAPI documents, for code review and CI. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Lints scope lists ({\"scopes\": [...]}) and OpenAPI 3.x documents (security requirements, securitySchemes scopes,"
          + " x-required-scopes, path templates).",
      "A folder is searched recursively for *.json, *.yaml and *.yml.",
      "Exit 0 when clean (warnings and notes allowed), 1 on an error-level finding, 2 when a file cannot be read."
    })
final class LintCommand implements Callable<Integer> {
  /** {@code --format} of {@code lint}. */
  enum LintFormat {
    TEXT,
    JSON,
    SARIF;

    /** Lower case, as typed. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads {@code text}, {@code json} or {@code sarif}, in any case. */
  static final class FormatConverter implements ITypeConverter<LintFormat> {
    @Override
    public LintFormat convert(String value) {
      for (LintFormat f : LintFormat.values()) {
        if (f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new TypeConversionException("expected text, json or sarif, not " + Text.quote(value));
    }
  }

  @Spec private CommandSpec spec;

  @Mixin private SpecOptions options;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to lint.")
  private List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default), json or sarif.")
  private LintFormat format;

  @Override
  public Integer call() {
    CatalogOption catalog = options.catalogOption();
    Linter.Result result = new Linter(catalog.catalog(), catalog.isBuiltIn(), options.options()).lint(paths);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON:
        ScopeCli.println(out, Json.compact(toJson(result.findings())));
        break;
      case SARIF:
        ScopeCli.println(out, Json.pretty(Sarif.log(result, Version.current())));
        break;
      default:
        for (Finding f : result.findings()) {
          ScopeCli.println(
              out, f.file() + ":" + f.line() + ":" + f.column() + ": " + f.rule().severity().id() + ": " + f.message() + " [" + f.rule().id() + "]");
        }
        break;
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String error : result.errors()) {
      ScopeCli.println(err, spec.qualifiedName() + ": " + Quote.oneLine(error));
    }
    if (!result.errors().isEmpty()) {
      return ScopeCli.EXIT_ERROR;
    }
    for (Finding f : result.findings()) {
      if (f.rule().severity() == Rule.Severity.ERROR) {
        return ScopeCli.EXIT_DENIED;
      }
    }
    return ScopeCli.EXIT_OK;
  }

  private static ObjectNode toJson(List<Finding> findings) {
    ObjectNode doc = Json.object();
    ArrayNode list = doc.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = list.addObject();
      o.put("file", f.file());
      o.put("line", f.line());
      o.put("column", f.column());
      o.put("rule", f.rule().id());
      o.put("severity", f.rule().severity().id());
      o.put("message", f.message());
      if (f.scope().isPresent()) {
        o.put("scope", f.scope().get());
      } else {
        o.putNull("scope");
      }
      if (f.related().isPresent()) {
        ObjectNode related = o.putObject("related");
        related.put("line", f.related().get().line());
        related.put("column", f.related().get().column());
      }
    }
    return doc;
  }
}
