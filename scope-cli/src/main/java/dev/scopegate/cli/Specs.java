package dev.scopegate.cli;

import dev.scopegate.openapi.OpenApiOptions;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.Operation;
import dev.scopegate.openapi.SecurityRequirement;
import dev.scopegate.openapi.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads an OpenAPI document as strict input: any error is a failure listing every error. */
final class Specs {
  private Specs() {}

  /**
   * The document.
   *
   * @throws CliException if the file cannot be read or the document has errors (one line each,
   *     {@code file:line:column: message}); warnings and notes are ignored, {@code scope lint}
   *     reports them
   */
  static OpenApiSpec load(Path file, OpenApiOptions options) {
    OpenApiSpec spec;
    try {
      spec = OpenApiSpec.load(file, options);
    } catch (IOException e) {
      throw new CliException("--spec " + IoMessages.describe(file, e));
    }
    List<String> errors = new ArrayList<>();
    for (SpecProblem p : spec.errors()) {
      errors.add(p.toString());
    }
    if (!errors.isEmpty()) {
      throw new CliException(errors);
    }
    return spec;
  }

  /**
   * Who can call an operation that no token's scopes can: {@code api_key (apiKey)}, {@code
   * basic (http) and key (apiKey)}, alternatives joined by {@code or}.
   */
  static String nonScopeSchemes(OpenApiSpec spec, Operation op) {
    List<String> alternatives = new ArrayList<>();
    for (SecurityRequirement r : op.security()) {
      List<String> names = new ArrayList<>();
      r.schemes().keySet().forEach(name -> names.add(name + " (" + type(spec, name) + ")"));
      String alternative = String.join(" and ", names);
      if (!alternatives.contains(alternative)) {
        alternatives.add(alternative);
      }
    }
    return String.join(" or ", alternatives);
  }

  private static String type(OpenApiSpec spec, String scheme) {
    return spec.schemes().stream()
        .filter(s -> s.name().equals(scheme))
        .map(s -> s.type().id())
        .findFirst()
        .orElse("undeclared");
  }
}
