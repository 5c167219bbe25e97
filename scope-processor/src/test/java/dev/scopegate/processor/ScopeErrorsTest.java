package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.testing.compile.Compilation;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.catalog.SignstackScopes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scope the catalog does not declare fails javac: exactly one error per bad scope, with the
 * engine's own message, on the very array element that holds it.
 */
class ScopeErrorsTest {

  /** {@code ERROR line:column message}, the column (1-based) being where {@code literal} starts on that line. */
  private static String error(String[] lines, int line, String literal, String message) {
    int column = lines[line - 1].indexOf(literal) + 1;
    assertThat(column).as("%s on line %d", literal, line).isPositive();
    return "ERROR " + line + ":" + column + " " + message;
  }

  private static String engineMessage(String scope) {
    return catchThrowableOfType(InvalidScopeException.class, () -> SignstackScopes.CATALOG.parse(scope)).getMessage();
  }

  private static String[] api(String... members) {
    String[] head = {
        "package com.example;",
        "",
        "import dev.scopegate.annotations.RequiresScopes;",
        "",
        "public class Api {"};
    String[] lines = new String[head.length + members.length + 1];
    System.arraycopy(head, 0, lines, 0, head.length);
    System.arraycopy(members, 0, lines, head.length, members.length);
    lines[lines.length - 1] = "}";
    return lines;
  }

  @Test
  void goodSourcesCompileWithoutAnyDiagnostic() {
    String[] lines = api(
        "  @RequiresScopes(\"workflow:create\")",
        "  public void create() {}",
        "",
        "  @RequiresScopes({\"workflow:update\", \"file:read\"})",
        "  public void attach() {}",
        "",
        "  @RequiresScopes(value = \"workflow:read\", or = @RequiresScopes.Alternative(\"scenario:*\"), operationId = \"getWorkflow\")",
        "  public void get() {}",
        "",
        "  @RequiresScopes(value = {\"api-key:create\", \"namespace:read\"},",
        "      or = {@RequiresScopes.Alternative(\"api-key:*\"), @RequiresScopes.Alternative({\"namespace:*\", \"webhook:read\"})})",
        "  public void provision() {}");
    Compilation compilation = compile(source("com.example.Api", lines));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(diagnostics(compilation)).isEmpty();
  }

  @Test
  void theIssuesTypoIsOneErrorWithTheEnginesMessageAndSuggestion() {
    String[] lines = api(
        "  @RequiresScopes(\"workflow:craete\")",
        "  public void create() {}");
    Compilation compilation = compile(source("com.example.Api", lines));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(diagnostics(compilation)).containsExactly(
        "ERROR 6:19 Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "workflow:craete", "Workflow:read", "file:*", "*:*", "workflow:re*", "worklfow:read", "workflow:", "workflow read",
      "workflow:r\\u0435ad", "", "namespace:delete"})
  void everyKindOfBadScopeIsOneErrorAtItsElementInTheEnginesWords(String scope) {
    String literal = "\"" + scope + "\"";
    String[] lines = api(
        "  @RequiresScopes({\"workflow:read\", " + literal + ", \"file:read\"})",
        "  public void m() {}");
    Compilation compilation = compile(source("com.example.Api", lines));
    String text = scope.replace("\\u0435", "\u0435");
    assertThat(diagnostics(compilation)).containsExactly(error(lines, 6, literal, engineMessage(text)));
  }

  @Test
  void eachBadScopeIsItsOwnErrorWhereverItStands() {
    String[] lines = api(
        "  @RequiresScopes(value = {\"file:raed\", \"workflow:read\", \"file:*\"},",
        "      or = {@RequiresScopes.Alternative(\"workflow:reed\"), @RequiresScopes.Alternative({\"scenario:read\", \"webhok:read\"})})",
        "  public void m() {}",
        "",
        "  @RequiresScopes({\"workflow:craete\"})",
        "  public void n() {}");
    Compilation compilation = compile(source("com.example.Api", lines));
    assertThat(diagnostics(compilation)).containsExactly(
        error(lines, 6, "\"file:raed\"", "Invalid scope \"file:raed\": the file family has no verb \"raed\" (did you mean \"file:read\"?)"),
        error(lines, 6, "\"file:*\"", engineMessage("file:*")),
        error(lines, 7, "\"workflow:reed\"", engineMessage("workflow:reed")),
        error(lines, 7, "\"webhok:read\"", engineMessage("webhok:read")),
        error(lines, 10, "\"workflow:craete\"", engineMessage("workflow:craete")));
  }

  @Test
  void aScopeBuiltFromConstantsIsCheckedAsTheCompilerComputesIt() {
    String[] lines = {
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  static final String WORKFLOW = \"workflow:\";",
        "  @RequiresScopes(WORKFLOW + \"craete\")",
        "  public void m() {}",
        "}"};
    // javac places a diagnostic on a binary expression at its operator.
    assertThat(diagnostics(compile(source("com.example.Api", lines))))
        .containsExactly(error(lines, 5, "+ \"craete\"", engineMessage("workflow:craete")));
  }

  /**
   * An unknown constant is an error javac reports after processing (a processor might have generated
   * it), so the processor sees the annotation with a placeholder value. It must add nothing: no
   * "Invalid scope "<error>"", no warning about what is left.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"workflow:read\", Missing.SCOPE}",
      "Missing.SCOPES",
      "value = \"workflow:read\", or = @RequiresScopes.Alternative(Missing.SCOPE)",
      "value = \"workflow:read\", or = {@RequiresScopes.Alternative(\"workflow:*\"), @RequiresScopes.Alternative({Missing.SCOPE})}",
      "value = \"workflow:read\", operationId = Missing.ID"})
  void aValueTheCompilerCannotComputeIsLeftToTheCompilersOwnError(String members) {
    String[] lines = api(
        "  @RequiresScopes(" + members + ")",
        "  public void m() {}");
    assertThat(diagnostics(compile(source("com.example.Api", lines))))
        .singleElement().asString().startsWith("ERROR 6:").contains("cannot find symbol").contains("variable Missing");
  }

  /** These stop javac before any processor runs; the processor has nothing to add. */
  @ParameterizedTest
  @ValueSource(strings = {
      "operationId = \"getWorkflow\"|annotation @dev.scopegate.annotations.RequiresScopes is missing a default value",
      "value = \"workflow:read\", or = {@RequiresScopes.Alternative(\"workflow:*\"), Missing.ALTERNATIVE}|annotation value must be an annotation"})
  void aMalformedAnnotationIsLeftToTheCompiler(String membersAndError) {
    String[] parts = membersAndError.split("\\|");
    String[] lines = api(
        "  @RequiresScopes(" + parts[0] + ")",
        "  public void m() {}");
    assertThat(diagnostics(compile(source("com.example.Api", lines))))
        .anyMatch(d -> d.contains(parts[1]))
        .noneMatch(d -> d.contains("Invalid scope") || d.contains("redundant") || d.contains("unprotected"));
  }

  @Test
  void anOperationIdOnATypeIsAnErrorAtTheOperationId() {
    String[] lines = {
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(value = \"workflow:read\", operationId = \"listWorkflows\")",
        "public class Api {",
        "  public void m() {}",
        "}"};
    assertThat(diagnostics(compile(source("com.example.Api", lines)))).containsExactly(error(lines, 3, "\"listWorkflows\"",
        "operationId names one operation, so it belongs on a method, not on a type"));
  }

  @Test
  void anEmptyOperationIdOnATypeIsNoOperationId() {
    String[] lines = {
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(value = \"workflow:read\", operationId = \"\")",
        "public class Api {",
        "  public void m() {}",
        "}"};
    assertThat(diagnostics(compile(source("com.example.Api", lines)))).isEmpty();
  }

  @Test
  void aTypeLevelAnnotationIsCheckedToo() {
    String[] lines = {
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(\"workflow:craete\")",
        "public interface Api {",
        "  void m();",
        "}"};
    assertThat(diagnostics(compile(source("com.example.Api", lines))))
        .containsExactly(error(lines, 3, "\"workflow:craete\"", engineMessage("workflow:craete")));
  }
}
