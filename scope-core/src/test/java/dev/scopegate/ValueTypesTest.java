package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.scopegate.testing.TestCatalogs;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Null handling, value equality and the module's surface. */
class ValueTypesTest {
  private static final ScopeCatalog CATALOG = TestCatalogs.signstackLike();

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Scope.class, Scope.parse("workflow:read"))
        .setDefault(String.class, "workflow:read")
        .setDefault(ScopeCatalog.class, CATALOG)
        .setDefault(Requirement.class, CATALOG.requirement("workflow:read"))
        .setDefault(ScopeGrammar.class, ScopeGrammar.SCOPE_TOKEN)
        .setDefault(Decision.class, CATALOG.requirement("workflow:read").check(""))
        .setDefault(List.class, List.of())
        .setDefault(ScopeFamily.class, ScopeFamily.builder("x", "X").verb("y", "Y").build());
  }

  @Test
  void everyPublicMethodRejectsNull() {
    NullPointerTester t = tester();
    for (Class<?> type : List.of(
        Scope.class, ScopeCatalog.class, ScopeFamily.class, Decision.class, InsufficientScopeException.class, AccessRule.class)) {
      t.testAllPublicStaticMethods(type);
      t.testAllPublicConstructors(type);
    }
    t.testAllPublicInstanceMethods(Scope.parse("workflow:read"));
    t.testAllPublicInstanceMethods(CATALOG);
    t.testAllPublicInstanceMethods(CATALOG.requirement("workflow:read", "file:read"));
    t.testAllPublicInstanceMethods(CATALOG.parseClaim("workflow:read file:*"));
    t.testAllPublicInstanceMethods(CATALOG.requirement("workflow:read").check(""));
    t.testAllPublicInstanceMethods(CATALOG.parseClaim("file:*").ignored().get(0));
    t.testAllPublicInstanceMethods(CATALOG.redundancies(CATALOG.parseAll("file:read file:read")).get(0));
    t.testAllPublicInstanceMethods(CATALOG.families().get(0));
    t.testAllPublicInstanceMethods(ScopeFamily.builder("x", "X"));
    t.testAllPublicInstanceMethods(AccessRule.anyOf(CATALOG.requirement("workflow:read"), CATALOG.requirement("file:read")));
    t.testAllPublicInstanceMethods(AccessRule.of(CATALOG.requirement("workflow:read")));
    t.testAllPublicInstanceMethods(ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN));
    t.testAllPublicInstanceMethods(ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB));
    t.testAllPublicInstanceMethods(TestCatalogs.xeroLike());
    t.testAllPublicInstanceMethods(Scope.token("okta.users.read"));
  }

  @Test
  void scopesAreEqualByText() {
    new EqualsTester()
        .addEqualityGroup(Scope.parse("workflow:read"), Scope.of("workflow", "read"), CATALOG.parse("workflow:read"))
        .addEqualityGroup(Scope.parse("workflow:*"), Scope.wildcard("workflow"), Scope.of("workflow", "*"))
        .addEqualityGroup(Scope.parse("file:*"), Scope.wildcard("file"))
        .addEqualityGroup(Scope.parse("api-key:read"))
        .addEqualityGroup(Scope.token("api-key:read"), Scope.token("api-key:read"))
        .addEqualityGroup(Scope.token("okta.users.read"))
        .testEquals();
  }

  @Test
  void catalogValuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(CATALOG, TestCatalogs.signstackLike())
        .addEqualityGroup(ScopeCatalog.of(CATALOG.families().subList(0, 2)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CATALOG.families().get(0), TestCatalogs.signstackLike().families().get(0))
        .addEqualityGroup(ScopeFamily.builder("namespace", "Namespace").verb("read", "List and inspect namespaces").build())
        .addEqualityGroup(ScopeFamily.builder("namespace", "Namespaces").verb("read", "List and inspect namespaces").build())
        .addEqualityGroup(ScopeFamily.builder("namespace", "Namespace").verb("read", "List and inspect namespaces").wildcard("All").build())
        .addEqualityGroup(ScopeFamily.builder("namespace", "Namespace").note("n").verb("read", "List and inspect namespaces").build())
        .testEquals();
  }

  @Test
  void requirementsGrantsAndDecisionsAreValues() {
    ScopeCatalog twin = TestCatalogs.signstackLike();
    new EqualsTester()
        .addEqualityGroup(CATALOG.requirement("workflow:read", "file:read"), twin.requirement("workflow:read", "file:read", "workflow:read"))
        .addEqualityGroup(CATALOG.requirement("file:read", "workflow:read"))
        .addEqualityGroup(CATALOG.requirement("workflow:*"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            CATALOG.parseClaim("workflow:read  file:read"),
            CATALOG.parseClaim(List.of("workflow:read", "file:read", "workflow:read")),
            twin.grant(twin.parseAll("workflow:read file:read")))
        .addEqualityGroup(CATALOG.parseClaim("file:read workflow:read"))
        .addEqualityGroup(CATALOG.parseClaim("workflow:read file:read file:*"))
        .addEqualityGroup(CATALOG.parseClaim(""), CATALOG.grant(List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            AccessRule.anyOf(CATALOG.requirement("file:read"), CATALOG.requirement("workflow:*")),
            AccessRule.anyOf(List.of(twin.requirement("file:read"), twin.requirement("workflow:*"))))
        .addEqualityGroup(AccessRule.anyOf(CATALOG.requirement("workflow:*"), CATALOG.requirement("file:read")))
        .addEqualityGroup(AccessRule.of(CATALOG.requirement("file:read")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Decision.allow(), CATALOG.requirement("file:read").check("file:read"))
        .addEqualityGroup(CATALOG.requirement("file:read").check(""), Decision.deny(List.of(Scope.parse("file:read"))))
        .addEqualityGroup(CATALOG.requirement("file:read", "workflow:read").check(""))
        .addEqualityGroup(CATALOG.requirement("file:read", "workflow:read").check("workflow:read"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CATALOG.parseClaim("file:*").ignored().get(0), CATALOG.parseClaim(List.of("file:*")).ignored().get(0))
        .addEqualityGroup(CATALOG.parseClaim("workflow:read file:*").ignored().get(0))
        .addEqualityGroup(CATALOG.parseClaim("File:*").ignored().get(0))
        .testEquals();
    List<Redundancy> r = CATALOG.redundancies(CATALOG.parseAll("file:read file:read workflow:read workflow:* file:read"));
    new EqualsTester()
        .addEqualityGroup(r.get(0), CATALOG.redundancies(CATALOG.parseAll("file:read file:read")).get(0))
        .addEqualityGroup(r.get(1))
        .addEqualityGroup(r.get(2))
        .testEquals();
  }

  @Test
  void toStringsAreCanonicalOrInformative() {
    assertThat(Scope.parse("api-key:*").toString()).isEqualTo("api-key:*");
    assertThat(CATALOG.families().get(0).toString()).isEqualTo("namespace[read, create, update, *]");
    assertThat(CATALOG.parseClaim("workflow:read file:* x").toString())
        .isEqualTo("GrantedScopes[workflow:read; ignored: \"file:*\" \"x\"]");
    assertThat(CATALOG.parseClaim("file:*").ignored().get(0).toString())
        .isEqualTo("\"file:*\" at 0: the file family declares no wildcard");
  }

  @Test
  void theModuleExportsOnlyItsApiPackage() {
    ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(descriptor.name()).isEqualTo("dev.scopegate.core");
    Set<String> exported = descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    assertThat(exported).containsExactly("dev.scopegate");
    assertThat(descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.source()).isEqualTo("dev.scopegate.internal");
          assertThat(e.targets()).containsExactlyInAnyOrder("dev.scopegate.guard", "dev.scopegate.openapi", "dev.scopegate.cli");
        });
    assertThat(descriptor.requires().stream().filter(r -> !r.name().equals("java.base")))
        .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }
}
