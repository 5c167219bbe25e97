package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.catalog.SignstackScopes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static final String SPEC =
      "openapi: 3.1.0\npaths:\n  /a:\n    get:\n      operationId: getA\n      x-required-scopes: [file:read]\n";

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ScopeCatalog.class, SignstackScopes.CATALOG)
            .setDefault(Path.class, Path.of("a.yaml"))
            .setDefault(OpenApiOptions.class, OpenApiOptions.defaults())
            .setDefault(ScopeGrammar.class, ScopeGrammar.SCOPE_TOKEN);
    tester.testAllPublicStaticMethods(OpenApiSpec.class);
    tester.testAllPublicStaticMethods(SourceLocation.class);
    tester.testAllPublicStaticMethods(CatalogDocument.class);
    tester.testAllPublicStaticMethods(LeastPrivilege.class);
    tester.testAllPublicStaticMethods(OpenApiOptions.class);
    tester.testAllPublicInstanceMethods(OpenApiOptions.defaults());
    OpenApiSpec spec = OpenApiSpec.parse("a.yaml", SPEC, SignstackScopes.CATALOG);
    tester.testAllPublicInstanceMethods(spec);
    tester.testAllPublicInstanceMethods(spec.operations());
    tester.testAllPublicInstanceMethods(CatalogDocument.parse("c.json", "{\"tokens\": {\"a\": \"A\"}}"));
  }

  @Test
  void sourceLocationsAreValues() {
    new EqualsTester()
        .addEqualityGroup(SourceLocation.of("a.yaml", 1, 2), SourceLocation.of("a.yaml", 1, 2))
        .addEqualityGroup(SourceLocation.of("b.yaml", 1, 2))
        .addEqualityGroup(SourceLocation.of("a.yaml", 2, 1))
        .testEquals();
    assertThat(SourceLocation.of("a.yaml", 3, 4)).hasToString("a.yaml:3:4");
    assertThatThrownBy(() -> SourceLocation.of("a.yaml", 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Line and column count from 1, not 0:1");
  }

  @Test
  void operationsTablesAndProblemsAreValuesWithReadableSummaries() {
    OpenApiSpec one = OpenApiSpec.parse("a.yaml", SPEC, SignstackScopes.CATALOG);
    OpenApiSpec two = OpenApiSpec.parse("a.yaml", SPEC, SignstackScopes.CATALOG);
    OpenApiSpec other = OpenApiSpec.parse("a.yaml", SPEC.replace("file:read", "file:upload"), SignstackScopes.CATALOG);
    new EqualsTester()
        .addEqualityGroup(one.operations(), two.operations())
        .addEqualityGroup(other.operations())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(one.operations().operations().get(0), two.operations().operations().get(0))
        .addEqualityGroup(other.operations().operations().get(0))
        .testEquals();
    assertThat(one.operations()).hasToString("OperationTable[1 operation]");
    assertThat(one).hasToString("OpenApiSpec[a.yaml: 1 operations, 0 problems]");

    OpenApiSpec bad = OpenApiSpec.parse("a.yaml", SPEC.replace("file:read", "file:*"), SignstackScopes.CATALOG);
    OpenApiSpec badAgain = OpenApiSpec.parse("a.yaml", SPEC.replace("file:read", "file:*"), SignstackScopes.CATALOG);
    new EqualsTester()
        .addEqualityGroup(bad.problems().get(0), badAgain.problems().get(0))
        .addEqualityGroup(OpenApiSpec.parse("a.yaml", "{", SignstackScopes.CATALOG).problems().get(0))
        .testEquals();
  }
}
