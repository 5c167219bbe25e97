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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-throughs (the Petstore, then drift) are the regions of {@link
 * #petstoreWalkThrough} and {@link #driftWalkThrough} between the markers, line for line, and what
 * their comments say is asserted after them.
 */
class ReadmeTest {
  private static final Path SOURCE = Path.of("src/test/java/dev/scopegate/openapi/ReadmeTest.java");

  @Test
  void theReadmeShowsTheWalkThroughsThisTestRuns() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    List<String> source = Files.readAllLines(SOURCE);
    assertThat(javaBlocks(readme)).isEqualTo(regions(source)).hasSize(2);
    assertThat(String.join("\n", readme)).contains("`../shared/realworld-specs/petstore.yaml`");
  }

  /** Every ```java block of the README, in order. */
  private static List<List<String>> javaBlocks(List<String> readme) {
    List<List<String>> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (readme.get(i).equals("```java")) {
        int end = readme.subList(i + 1, readme.size()).indexOf("```") + i + 1;
        blocks.add(List.copyOf(readme.subList(i + 1, end)));
        i = end;
      }
    }
    return blocks;
  }

  /** Every region of this file between "// README begin" and "// README end", unindented. */
  private static List<List<String>> regions(List<String> source) {
    List<List<String>> regions = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).equals("    // README begin")) {
        int end = source.subList(i + 1, source.size()).indexOf("    // README end") + i + 1;
        regions.add(source.subList(i + 1, end).stream().map(l -> l.substring(4)).collect(Collectors.toList()));
        i = end;
      }
    }
    return regions;
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

  @Test
  void driftWalkThrough(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("openapi.yaml"), """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: https://auth.example.com/token
                  scopes:
                    pets:read: Read pets
                    pets:write: Write pets
        paths:
          /pets:
            post:
              operationId: createPet
              security: [{oauth: [pets:write]}]
          /pets/{petId}:
            delete:
              security: [{oauth: [pets:write]}]
        """);
    Files.writeString(dir.resolve("operations.json"), """
        {
          "version": 1,
          "operations": [
            {
              "class": "com.example.PetApi",
              "method": "create",
              "parameters": [],
              "operationId": "createPet",
              "http": [{"method": "POST", "path": "/pets"}],
              "scopes": [["pets:read"]]
            }
          ]
        }
        """);
    // README begin
    HandlerManifest manifest = HandlerManifest.load(dir.resolve("operations.json"));
    OpenApiSpec spec = OpenApiSpec.load(dir.resolve("openapi.yaml"));
    List<Drift.Finding> findings = Drift.between(manifest, spec);
    Drift.Finding first = findings.get(0);   // SCOPES_DIFFER, at the operation's line in openapi.yaml
    String message = first.message();        // POST /pets (createPet) requires [pets:write], but its handler ... requires [pets:read]
    Drift.Finding second = findings.get(1);  // NO_HANDLER: DELETE /pets/{petId} has no handler
    // README end
    assertThat(findings).hasSize(2);
    assertThat(first.kind()).isEqualTo(Drift.Kind.SCOPES_DIFFER);
    assertThat(first.specLocation().line()).isEqualTo(15);
    assertThat(message).isEqualTo("POST /pets (createPet) requires [pets:write], but its handler com.example.PetApi.create requires [pets:read]");
    assertThat(second.kind()).isEqualTo(Drift.Kind.NO_HANDLER);
    assertThat(second.operation()).map(o -> o.method() + " " + o.path()).hasValue("DELETE /pets/{petId}");
  }
}
