package dev.scopegate.cli;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.OperationTable;
import dev.scopegate.openapi.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads an OpenAPI document as strict input: any error is a failure listing every error. */
final class Specs {
  private Specs() {}

  /**
   * The document's operations.
   *
   * @throws CliException if the file cannot be read or the document has errors (one line each,
   *     {@code file:line:column: message}); warnings are ignored, {@code scope lint} reports them
   */
  static OperationTable load(Path file, ScopeCatalog catalog) {
    OpenApiSpec spec;
    try {
      spec = OpenApiSpec.load(file, catalog);
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
    return spec.operations();
  }
}
