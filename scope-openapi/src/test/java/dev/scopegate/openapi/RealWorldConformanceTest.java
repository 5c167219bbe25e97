package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeGrammar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The four published documents of {@code ../shared/realworld-specs/}, read by the loader and, to
 * check it, by an independent minimal reading: a plain YAML parser (SnakeYAML Engine, into maps and
 * lists, nothing of the loader's) and the OpenAPI rule written out again in a few lines below
 * ({@link #expected}). Both must give the same operations, the same class for each (public, scoped,
 * non-scope, undeclared) and, for each scoped one, the same alternatives. The counts are also
 * checked against the figures SOURCES.md states (Xero 235 operations; Okta 732, seven {@code
 * security: []} and two API-token-only; Petstore ten with no security and one {@code api_key} only).
 * The answers of {@link #handCheckedAnswers} were read off the documents by hand.
 */
class RealWorldConformanceTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** What the independent reading says about one operation. */
  record Expected(Operation.Access access, Set<Set<String>> alternatives) {}

  /** The independent reading: {@code METHOD path} to what it requires. */
  @SuppressWarnings("unchecked")
  static Map<String, Expected> expected(Path file) throws IOException {
    LoadSettings settings = LoadSettings.builder().setCodePointLimit(16 * 1024 * 1024).build();
    Map<String, Object> doc = (Map<String, Object>) new Load(settings).loadFromString(Files.readString(file));
    Map<String, Object> components = (Map<String, Object>) doc.getOrDefault("components", Map.of());
    Map<String, Object> schemes = (Map<String, Object>) components.getOrDefault("securitySchemes", Map.of());
    List<Object> root = (List<Object>) doc.get("security");
    Map<String, Expected> result = new TreeMap<>();
    ((Map<String, Object>) doc.get("paths")).forEach((path, item) -> {
      ((Map<String, Object>) item).forEach((method, op) -> {
        if (!METHODS.contains(method)) {
          return;
        }
        Map<String, Object> operation = (Map<String, Object>) op;
        List<Object> security = operation.containsKey("security") ? (List<Object>) operation.get("security") : root;
        result.put(method.toUpperCase() + " " + path, classify(security, schemes));
      });
    });
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Expected classify(List<Object> security, Map<String, Object> schemes) {
    if (security == null) {
      return new Expected(Operation.Access.UNDECLARED, Set.of());
    }
    Set<Set<String>> alternatives = new LinkedHashSet<>();
    for (Object o : security) {
      Map<String, List<String>> requirement = (Map<String, List<String>>) o;
      if (requirement.isEmpty()) {
        return new Expected(Operation.Access.PUBLIC, Set.of());
      }
      boolean allScoped = requirement.keySet().stream().allMatch(name -> {
        Object type = ((Map<String, Object>) schemes.get(name)).get("type");
        return "oauth2".equals(type) || "openIdConnect".equals(type);
      });
      if (allScoped) {
        Set<String> scopes = new TreeSet<>();
        requirement.values().forEach(scopes::addAll);
        alternatives.add(scopes);
      }
    }
    if (security.isEmpty()) {
      return new Expected(Operation.Access.PUBLIC, Set.of());
    }
    return new Expected(alternatives.isEmpty() ? Operation.Access.NON_SCOPE : Operation.Access.SCOPED, alternatives);
  }

  /** What the loader says, in the same shape. */
  static Map<String, Expected> actual(OpenApiSpec spec) {
    Map<String, Expected> result = new TreeMap<>();
    for (Operation op : spec.operations().operations()) {
      Set<Set<String>> alternatives = new LinkedHashSet<>();
      op.rule().map(AccessRule::alternatives).orElse(List.of()).forEach(r -> alternatives.add(names(r)));
      result.put(op.method() + " " + op.path(), new Expected(op.access(), alternatives));
    }
    return result;
  }

  private static Set<String> names(Requirement requirement) {
    return requirement.scopes().stream().map(Scope::toString).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<Operation.Access, Integer> counts(Map<String, Expected> operations) {
    Map<Operation.Access, Integer> counts = new EnumMap<>(Operation.Access.class);
    for (Operation.Access a : Operation.Access.values()) {
      counts.put(a, 0);
    }
    operations.values().forEach(e -> counts.merge(e.access(), 1, Integer::sum));
    return counts;
  }

  @ParameterizedTest
  @ValueSource(strings = {"petstore.yaml", "tictactoe.yaml", "xero_accounting.yaml", "okta-management.yaml"})
  void loadsWithNoErrorAndAgreesWithAnIndependentReading(String name) throws IOException {
    Path file = RealWorldSpecs.file(name);
    OpenApiSpec spec = OpenApiSpec.load(file);
    assertThat(spec.errors()).as("errors of %s", name).isEmpty();
    assertThat(spec.routeTable()).isNotNull();
    Map<String, Expected> expected = expected(file);
    Map<String, Expected> actual = actual(spec);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void countsMatchTheFiguresSourcesStates() throws IOException {
    assertThat(counts(actual(OpenApiSpec.load(RealWorldSpecs.file("petstore.yaml")))))
        .containsEntry(Operation.Access.UNDECLARED, 10)
        .containsEntry(Operation.Access.NON_SCOPE, 1)
        .containsEntry(Operation.Access.SCOPED, 8)
        .containsEntry(Operation.Access.PUBLIC, 0)
        .containsEntry(Operation.Access.BROKEN, 0);
    Map<Operation.Access, Integer> xero = counts(actual(OpenApiSpec.load(RealWorldSpecs.file("xero_accounting.yaml"))));
    assertThat(xero.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(235);
    assertThat(xero).containsEntry(Operation.Access.SCOPED, 235);
    Map<Operation.Access, Integer> okta = counts(actual(OpenApiSpec.load(RealWorldSpecs.file("okta-management.yaml"))));
    assertThat(okta.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(732);
    assertThat(okta)
        .containsEntry(Operation.Access.PUBLIC, 7)
        .containsEntry(Operation.Access.NON_SCOPE, 2)
        .containsEntry(Operation.Access.SCOPED, 732 - 7 - 2)
        .containsEntry(Operation.Access.UNDECLARED, 0);
    // TicTacToe: three operations (webhooks and callbacks are not routes), each "API key or bearer, OR OAuth2".
    assertThat(counts(actual(OpenApiSpec.load(RealWorldSpecs.file("tictactoe.yaml")))))
        .containsEntry(Operation.Access.SCOPED, 3);
  }

  @Test
  void catalogsComeFromTheDocuments() throws IOException {
    OpenApiSpec petstore = OpenApiSpec.load(RealWorldSpecs.file("petstore.yaml"));
    assertThat(petstore.catalog().grammar()).isEqualTo(ScopeGrammar.FAMILY_VERB);
    assertThat(petstore.catalog().scopes()).extracting(Object::toString).containsExactly("write:pets", "read:pets");
    OpenApiSpec xero = OpenApiSpec.load(RealWorldSpecs.file("xero_accounting.yaml"));
    assertThat(xero.catalog().grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(xero.catalog().scopes()).extracting(Object::toString)
        .contains("accounting.transactions", "accounting.transactions.read", "openid");
    OpenApiSpec okta = OpenApiSpec.load(RealWorldSpecs.file("okta-management.yaml"));
    assertThat(okta.catalog().grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(okta.catalog().scopes()).extracting(Object::toString).contains("okta.users.read", "okta.users.manage");
  }

  @Test
  void handCheckedAnswers() throws IOException {
    OperationTable petstore = OpenApiSpec.load(RealWorldSpecs.file("petstore.yaml")).requireValid();
    // getPetById: api_key OR petstore_auth [write:pets, read:pets]; the bearer token needs both.
    AccessRule getPet = petstore.byOperationId("getPetById").orElseThrow().rule().orElseThrow();
    assertThat(getPet.check("read:pets").message()).hasValue("Token lacks required scope: write:pets");
    assertThat(getPet.check("write:pets read:pets").allowed()).isTrue();
    assertThat(petstore.byOperationId("getInventory").orElseThrow().access()).isEqualTo(Operation.Access.NON_SCOPE);
    assertThat(petstore.byOperationId("loginUser").orElseThrow().access()).isEqualTo(Operation.Access.UNDECLARED);

    OperationTable okta = OpenApiSpec.load(RealWorldSpecs.file("okta-management.yaml")).requireValid();
    AccessRule listUsers = okta.byOperationId("listUsers").orElseThrow().rule().orElseThrow();
    assertThat(listUsers.check("okta.users.read").allowed()).isTrue();
    assertThat(listUsers.check("okta.users.manage").message()).hasValue("Token lacks required scope: okta.users.read");
    assertThat(okta.byOperationId("createUser").orElseThrow().rule().orElseThrow().check("okta.users.manage").allowed())
        .isTrue();
    assertThat(okta.byOperationId("getWellknownOrgMetadata").orElseThrow().isPublic()).isTrue();
    assertThat(okta.byOperationId("revokeCurrentApiToken").orElseThrow().access()).isEqualTo(Operation.Access.NON_SCOPE);

    OperationTable xero = OpenApiSpec.load(RealWorldSpecs.file("xero_accounting.yaml")).requireValid();
    // getInvoices lists accounting.transactions AND accounting.transactions.read in one object.
    AccessRule getInvoices = xero.byOperationId("getInvoices").orElseThrow().rule().orElseThrow();
    assertThat(getInvoices.check("accounting.transactions.read").message())
        .hasValue("Token lacks required scope: accounting.transactions");
    assertThat(getInvoices.check("accounting.transactions accounting.transactions.read").allowed()).isTrue();
    assertThat(xero.byOperationId("getBudgets").orElseThrow().rule().orElseThrow().check("accounting.budgets.read")
        .allowed()).isTrue();
  }

  @Test
  void leastPrivilegeForSeveralOperationSets() throws IOException {
    OpenApiSpec okta = OpenApiSpec.load(RealWorldSpecs.file("okta-management.yaml"));
    assertThat(least(okta, "listUsers", "getUser", "createUser")).containsExactly("okta.users.manage", "okta.users.read");
    assertThat(least(okta, "listApplications", "listGroups")).containsExactly("okta.apps.read", "okta.groups.read");
    OpenApiSpec petstore = OpenApiSpec.load(RealWorldSpecs.file("petstore.yaml"));
    assertThat(least(petstore, "getPetById", "findPetsByStatus")).containsExactly("write:pets", "read:pets");
    OpenApiSpec xero = OpenApiSpec.load(RealWorldSpecs.file("xero_accounting.yaml"));
    assertThat(least(xero, "getBudgets", "getJournals"))
        .containsExactlyInAnyOrder("accounting.budgets.read", "accounting.journals.read");
    assertThat(least(xero, "getInvoices", "createInvoices"))
        .containsExactly("accounting.transactions", "accounting.transactions.read");
    OpenApiSpec tictactoe = OpenApiSpec.load(RealWorldSpecs.file("tictactoe.yaml"));
    assertThat(least(tictactoe, "get-board", "put-square")).containsExactly("board:read", "board:write");
  }

  private static List<String> least(OpenApiSpec spec, String... operationIds) {
    List<AccessRule> rules = new ArrayList<>();
    for (String id : operationIds) {
      rules.add(spec.operations().byOperationId(id).orElseThrow().rule().orElseThrow());
    }
    LeastPrivilege least = LeastPrivilege.of(spec.catalog(), rules);
    assertThat(least.isExact()).isTrue();
    return least.scopes().stream().map(Scope::toString).collect(Collectors.toList());
  }
}
