package dev.scopegate.spring;

import java.util.List;

/**
 * A scope declared in code that the catalog rejects: in a {@code @RequiresScopes}, or as a literal
 * of a {@code @PreAuthorize} expression. Thrown when the application starts (or, for a method first
 * met later, when it is first called), so a typo never silently denies every request. The message
 * names each place with the engine's reason and suggestion, one per line:
 *
 * <pre>
 * &#64;RequiresScopes on com.example.WorkflowController.create(String): Invalid scope "workflow:craete": the workflow family has no verb "craete" (did you mean "workflow:create"?)
 * </pre>
 */
public final class ScopeDeclarationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  ScopeDeclarationException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Each problem, as a line of the message.
   *
   * @return the problems, in the order found
   */
  public List<String> problems() {
    return problems;
  }
}
