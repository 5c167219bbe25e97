package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.guard.RouteTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Petstore walk-through is the region of {@link #petstoreWalkThrough} between the
 * markers, line for line, and what its comments say is asserted after it.
 */
class ReadmeTest {
  private static final Path SOURCE = Path.of("src/test/java/dev/scopegate/openapi/ReadmeTest.java");

  @Test
  void theReadmeShowsTheWalkThroughThisTestRuns() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int start = readme.indexOf("```java") + 1;
    List<String> shown = readme.subList(start, readme.subList(start, readme.size()).indexOf("```") + start);
    List<String> source = Files.readAllLines(SOURCE);
    int from = source.indexOf("    // README begin") + 1;
    int to = source.indexOf("    // README end");
    List<String> run = source.subList(from, to).stream().map(l -> l.substring(4)).collect(Collectors.toList());
    assertThat(shown).isEqualTo(run);
    assertThat(String.join("\n", readme)).contains("`../shared/realworld-specs/petstore.yaml`");
  }

  @Test
  void petstoreWalkThrough() throws IOException {
    Path petstore = RealWorldSpecs.file("petstore.yaml");
    // README begin
    OpenApiSpec spec = OpenApiSpec.load(petstore);       // the document's own catalog
    ScopeCatalog catalog = spec.catalog();               // write:pets, read:pets (family:verb, chosen automatically)
    Operation getPet = spec.operations().byOperationId("getPetById").orElseThrow();
    Operation.Access access = getPet.access();           // SCOPED
    AccessRule rule = getPet.rule().orElseThrow();       // the petstore_auth alternative; the API key is not a scope check
    Decision readOnly = rule.check("read:pets");         // denied: "Token lacks required scope: write:pets"
    Decision both = rule.check("write:pets read:pets");  // allowed
    Operation inventory = spec.operations().byOperationId("getInventory").orElseThrow();
    Operation.Access keyOnly = inventory.access();       // NON_SCOPE: only api_key can call it
    Operation login = spec.operations().byOperationId("loginUser").orElseThrow();
    Operation.Access none = login.access();              // UNDECLARED: no security at either level
    List<SpecProblem> problems = spec.problems();        // 11 warnings (those 11 operations), no error
    RouteTable routes = spec.routeTable();               // for Guard.builder(routes): both are denied routes
    LeastPrivilege least = LeastPrivilege.of(catalog, List.of(rule));
    List<Scope> scopes = least.scopes();                 // [write:pets, read:pets]
    // README end
    assertThat(catalog.scopes()).extracting(Scope::toString).containsExactly("write:pets", "read:pets");
    assertThat(catalog.grammar()).isEqualTo(ScopeGrammar.FAMILY_VERB);
    assertThat(access).isEqualTo(Operation.Access.SCOPED);
    assertThat(rule.alternatives()).hasSize(1);
    assertThat(readOnly.message()).hasValue("Token lacks required scope: write:pets");
    assertThat(both.allowed()).isTrue();
    assertThat(keyOnly).isEqualTo(Operation.Access.NON_SCOPE);
    assertThat(none).isEqualTo(Operation.Access.UNDECLARED);
    assertThat(problems).hasSize(11).allMatch(p -> p.severity() == SpecProblem.Severity.WARNING);
    assertThat(routes.routes()).extracting(Object::toString)
        .contains("GET /store/inventory denied", "GET /user/login denied");
    assertThat(scopes).extracting(Scope::toString).containsExactly("write:pets", "read:pets");
  }
}
