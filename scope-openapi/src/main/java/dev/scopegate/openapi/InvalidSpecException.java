package dev.scopegate.openapi;

import java.util.List;

/**
 * Thrown by {@link OpenApiSpec#requireValid()} when a document has errors. The message names the
 * source, the number of errors and the first one; {@link #errors()} has them all.
 *
 * <pre>
 * openapi.yaml has 2 errors; the first: openapi.yaml:14:11: Invalid scope "workflow:craete": ...
 * </pre>
 */
public final class InvalidSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<SpecProblem> errors;

  InvalidSpecException(String source, List<SpecProblem> errors) {
    super(source + " has " + errors.size() + (errors.size() == 1 ? " error: " : " errors; the first: ") + errors.get(0));
    this.errors = List.copyOf(errors);
  }

  /**
   * Every error of the document, in document order.
   *
   * @return the errors; never empty
   */
  public List<SpecProblem> errors() {
    return errors == null ? List.of() : errors;
  }
}
