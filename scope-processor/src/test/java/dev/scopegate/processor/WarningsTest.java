package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Warnings: redundant scopes and alternatives, empty scope lists, and annotations a method-security
 * proxy cannot act on. The compilation still succeeds.
 */
class WarningsTest {

  private static Compilation compileLines(String... lines) {
    return compile(source("com.example.Api", lines));
  }

  @Test
  void aScopeBesideItsFamilysWildcardAndARepeatAreWarningsAtTheRedundantElement() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes({\"workflow:read\", \"workflow:*\", \"file:read\", \"file:read\"})",
        "  public void m() {}",
        "}");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(diagnostics(compilation)).containsExactly(
        "WARNING 4:20 workflow:read is redundant: workflow:* grants every workflow verb",
        "WARNING 4:64 file:read is redundant: it repeats an earlier entry");
  }

  @Test
  void anAlternativeThatAnotherMakesRedundantIsAWarningAtThatAlternative() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes(value = {\"workflow:read\", \"file:read\"}, or = {",
        "      @RequiresScopes.Alternative(\"workflow:read\"),",
        "      @RequiresScopes.Alternative(\"workflow:*\"),",
        "      @RequiresScopes.Alternative(\"workflow:read\")})",
        "  public void m() {}",
        "}");
    assertThat(diagnostics(compilation)).containsExactly(
        "WARNING 4:27 Redundant alternative value [workflow:read, file:read]: a token that satisfies it also satisfies or[0] [workflow:read]",
        "WARNING 6:7 Redundant alternative or[1] [workflow:*]: a token that satisfies it also satisfies or[0] [workflow:read]",
        "WARNING 7:7 Redundant alternative or[2] [workflow:read]: a token that satisfies it also satisfies or[0] [workflow:read]");
  }

  @Test
  void alternativesThatNeitherCoversAreNotRedundant() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes(value = {\"workflow:read\", \"file:read\"}, or = @RequiresScopes.Alternative({\"workflow:read\", \"file:upload\"}))",
        "  public void m() {}",
        "}");
    assertThat(diagnostics(compilation)).isEmpty();
  }

  @Test
  void anEmptyScopeListIsAWarning() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes({})",
        "  public void m() {}",
        "}");
    assertThat(diagnostics(compilation)).containsExactly(
        "WARNING 4:19 Empty scope list: value requires no scope, so any authenticated token satisfies the rule");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "private void m() {}          | m() would be unprotected: a proxy cannot intercept a private method",
      "static void m() {}           | m() would be unprotected: a proxy cannot intercept a static method",
      "public static void m() {}    | m() would be unprotected: a proxy cannot intercept a static method",
      "public final void m() {}     | m() would be unprotected: a proxy cannot intercept a final method",
      "protected void m() {}        | m() would be unprotected: a proxy cannot intercept a method that is not public",
      "void m(String s, int[] a) {} | m(String, int[]) would be unprotected: a proxy cannot intercept a method that is not public",
  })
  void aMethodAProxyCannotInterceptIsAWarningAtTheAnnotation(String method, String warning) {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  @RequiresScopes(\"workflow:read\")",
        "  " + method,
        "}");
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(diagnostics(compilation)).containsExactly("WARNING 4:3 " + warning);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "public final class Api {              | a final class",
      "public record Api(String id) {        | a record",
      "public enum Api { A;                  | an enum",
  })
  void aMethodOfATypeAProxyCannotExtendIsAWarning(String declaration, String what) {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        declaration,
        "  @RequiresScopes(\"workflow:read\")",
        "  public void m() {}",
        "}");
    assertThat(diagnostics(compilation))
        .containsExactly("WARNING 4:3 m() would be unprotected: a proxy cannot intercept the methods of " + what);
  }

  @Test
  void aMethodOfAPrivateNestedClassIsAWarning() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public class Api {",
        "  private static class Hidden {",
        "    @RequiresScopes(\"workflow:read\")",
        "    public void m() {}",
        "  }",
        "}");
    assertThat(diagnostics(compilation))
        .containsExactly("WARNING 5:5 m() would be unprotected: a proxy cannot intercept the methods of a private type");
  }

  @Test
  void anAnnotationOnATypeAProxyCannotExtendIsAWarningAtTheType() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(\"workflow:read\")",
        "public final class Api {",
        "  public void m() {}",
        "}");
    assertThat(diagnostics(compilation))
        .containsExactly("WARNING 3:1 The methods of Api would be unprotected: a proxy cannot intercept the methods of a final class");
  }

  @Test
  void aPublicMethodATypeLevelAnnotationSeemsToCoverButCannotIsAWarningAtTheMethod() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(\"workflow:read\")",
        "public class Api {",
        "  public void covered() {}",
        "  public final void finalOne() {}",
        "  public static void staticOne() {}",
        "  @RequiresScopes(\"workflow:create\")",
        "  public void ownAnnotation() {}",
        "  private final void internal() {}",
        "}");
    assertThat(diagnostics(compilation)).containsExactly(
        "WARNING 6:21 finalOne() would be unprotected: a proxy cannot intercept a final method",
        "WARNING 7:22 staticOne() would be unprotected: a proxy cannot intercept a static method");
  }

  @Test
  void interfaceMethodsArePublicAndProxiable() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public interface Api {",
        "  @RequiresScopes(\"workflow:read\")",
        "  void get();",
        "  @RequiresScopes(\"workflow:create\")",
        "  default void create() {}",
        "  @RequiresScopes(\"workflow:execute\")",
        "  static void helper() {}",
        "}");
    assertThat(diagnostics(compilation))
        .containsExactly("WARNING 8:3 helper() would be unprotected: a proxy cannot intercept a static method");
  }

  @Test
  void aTypeLevelAnnotationOnAnInterfaceCoversItsPublicMethods() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@RequiresScopes(\"workflow:read\")",
        "public interface Api {",
        "  void get();",
        "  default void list() { helper(); }",
        "  private void helper() {}",
        "  static void util() {}",
        "}");
    assertThat(diagnostics(compilation))
        .containsExactly("WARNING 8:15 util() would be unprotected: a proxy cannot intercept a static method");
  }

  @Test
  void anAnnotationTypesMemberIsNeverCalledThroughAProxy() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "public @interface Api {",
        "  @RequiresScopes(\"workflow:read\")",
        "  String value();",
        "}");
    assertThat(diagnostics(compilation))
        .containsExactly("WARNING 4:3 value() would be unprotected: a proxy cannot intercept the members of an annotation type");
  }

  @Test
  void suppressWarningsScopegateSilencesWarningsButNeverErrors() {
    Compilation compilation = compileLines(
        "package com.example;",
        "import dev.scopegate.annotations.RequiresScopes;",
        "@SuppressWarnings(\"scopegate\")",
        "public class Api {",
        "  @RequiresScopes({\"workflow:read\", \"workflow:*\"})",
        "  void packagePrivate() {}",
        "  @RequiresScopes(\"workflow:craete\")",
        "  public void typo() {}",
        "}",
        "class Other {",
        "  @SuppressWarnings({\"unchecked\", \"scopegate\"})",
        "  @RequiresScopes(\"workflow:read\")",
        "  private void m() {}",
        "  @SuppressWarnings(\"unchecked\")",
        "  @RequiresScopes(\"workflow:read\")",
        "  private void n() {}",
        "}");
    assertThat(diagnostics(compilation)).containsExactly(
        "ERROR 7:19 Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)",
        "WARNING 15:3 n() would be unprotected: a proxy cannot intercept a private method");
  }
}
