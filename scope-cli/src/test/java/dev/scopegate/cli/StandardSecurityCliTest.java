package dev.scopegate.cli;

import static dev.scopegate.cli.Cli.FIXTURES;
import static dev.scopegate.cli.Cli.lines;
import static dev.scopegate.cli.Cli.scope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code lint}, {@code operations} and {@code least-privilege} on documents that declare scopes the
 * standard way, with no catalog file: a small document of our own with one finding per rule, and
 * the published documents of {@code shared/realworld-specs/} (expected answers read off them by
 * hand: Petstore's pet operations need {@code write:pets} and {@code read:pets} together, its
 * inventory only an API key; Okta's user operations are "API token OR oauth2 with one scope").
 */
class StandardSecurityCliTest {
  private static final String RULES = FIXTURES + "openapi/rules.yaml";

  /** {@code shared/realworld-specs/}, from any ancestor of the module directory; fails if missing. */
  static String realWorld(String name) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("shared/realworld-specs").resolve(name);
      if (Files.isRegularFile(file)) {
        return file.toString();
      }
    }
    throw new AssertionError("shared/realworld-specs/" + name + " is missing from every ancestor of "
        + Path.of("").toAbsolutePath() + "; CI clones the repository next to shared/");
  }

  @Test
  void lintReportsEachRuleAtItsSeverityAndPosition() {
    Cli.Result r = scope("lint", RULES);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines().map(l -> l.replaceAll(": .*\\[", " [")))
        .containsExactly(
            RULES + ":13:13 [unused-scope]",
            RULES + ":19:59 [implied-scope]",
            RULES + ":21:52 [undeclared-scope]",
            RULES + ":22:62 [scope-drift]",
            RULES + ":23:5 [missing-required-scopes]");
    assertThat(r.out())
        .contains(":13:13: note: the scheme auth declares \"audit.read\", but no operation requires it")
        .contains(":19:59: warning: the security of POST /files requires files.read together with files")
        .contains("security: [{auth: [files]}, {auth: [files.read]}]")
        .contains(":21:52: error: the security of GET /files/{id} requires \"nope\", which the scheme auth does not declare")
        .contains(":22:62: error: PUT /files/{id}: security (line 22, column 33) requires [files], but x-required-scopes"
            + " requires [files.read]")
        .contains(":23:5: warning: DELETE /files/{id} can only be called with key (apiKey)");
  }

  @Test
  void jsonAndSarifCarryTheSameFindings() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode json = mapper.readTree(scope("lint", "--format", "json", RULES).out());
    List<String> fromJson = new ArrayList<>();
    json.get("findings").forEach(f -> fromJson.add(f.get("rule").asText() + " " + f.get("severity").asText() + " "
        + f.get("line").asInt() + ":" + f.get("column").asInt()));
    assertThat(fromJson).containsExactly(
        "unused-scope note 13:13", "implied-scope warning 19:59", "undeclared-scope error 21:52",
        "scope-drift error 22:62", "missing-required-scopes warning 23:5");
    assertThat(json.get("findings").get(3).get("related").get("line").asInt()).isEqualTo(22);

    JsonNode sarif = mapper.readTree(scope("lint", "--format", "sarif", RULES).out());
    List<String> fromSarif = new ArrayList<>();
    sarif.get("runs").get(0).get("results").forEach(f -> {
      JsonNode region = f.get("locations").get(0).get("physicalLocation").get("region");
      fromSarif.add(f.get("ruleId").asText() + " " + f.get("level").asText() + " "
          + region.get("startLine").asInt() + ":" + region.get("startColumn").asInt());
    });
    assertThat(fromSarif).isEqualTo(fromJson);
    JsonNode drift = sarif.get("runs").get(0).get("results").get(3);
    assertThat(drift.get("relatedLocations").get(0).get("physicalLocation").get("region").get("startColumn").asInt())
        .isEqualTo(33);
  }

  @Test
  void realWorldDocumentsLintWithoutErrors() {
    for (String name : List.of("petstore.yaml", "tictactoe.yaml", "xero_accounting.yaml", "okta-management.yaml")) {
      Cli.Result r = scope("lint", realWorld(name));
      assertThat(r.exit()).as(name + ": " + r.out() + r.err()).isZero();
      assertThat(r.out()).doesNotContain(": error: ");
    }
    // Petstore: ten operations with no security at all and one api_key only, each a warning.
    Cli.Result petstore = scope("lint", realWorld("petstore.yaml"));
    assertThat(petstore.out().lines()).hasSize(11).allMatch(l -> l.contains(": warning: "));
    // Xero: 108 operations list X and X.read in one requirement object.
    assertThat(scope("lint", realWorld("xero_accounting.yaml")).out().lines().filter(l -> l.endsWith("[implied-scope]")))
        .hasSize(108);
  }

  @Test
  void operationsOnPetstore() {
    Cli.Result r = scope("operations", "--spec", realWorld("petstore.yaml"), "--granted", "read:pets");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith(lines(
        "PUT /pet (updatePet): Token lacks required scope: write:pets",
        "POST /pet (addPet): Token lacks required scope: write:pets"));
    assertThat(r.out())
        .contains("GET /pet/{petId} (getPetById): Token lacks required scope: write:pets\n")
        .contains("GET /store/inventory (getInventory): denied: only api_key (apiKey) can call it, which no token's"
            + " scopes satisfy\n")
        .contains("GET /user/login (loginUser): denied: the document declares no security for it\n");

    Cli.Result both = scope("operations", "--spec", realWorld("petstore.yaml"), "--granted", "write:pets read:pets");
    assertThat(both.out().lines().filter(l -> l.endsWith(": allowed"))).hasSize(8);

    Cli.Result elsewhere = scope("operations", "--spec", realWorld("petstore.yaml"), "--granted", "read:pets",
        "--authenticated-elsewhere");
    assertThat(elsewhere.out()).contains("GET /store/inventory (getInventory): denied: a token cannot call it; api_key"
        + " (apiKey) can, which the service authenticates itself\n");
  }

  @Test
  void operationsOnOktaAndTicTacToe() {
    Cli.Result okta = scope("operations", "--spec", realWorld("okta-management.yaml"), "--granted", "okta.users.read");
    assertThat(okta.out())
        .contains("GET /api/v1/users (listUsers): allowed\n")
        .contains("POST /api/v1/users (createUser): Token lacks required scope: okta.users.manage\n")
        .contains("GET /.well-known/okta-organization (getWellknownOrgMetadata): allowed (public)\n")
        .contains("DELETE /api/v1/api-tokens/current (revokeCurrentApiToken): denied: only apiToken (apiKey) can call it");
    assertThat(scope("operations", "--spec", realWorld("tictactoe.yaml"), "--granted", "board:read").out())
        .isEqualTo(lines(
            "GET /board (get-board): allowed",
            "GET /board/{row}/{column} (get-square): allowed",
            "PUT /board/{row}/{column} (put-square): Token lacks required scope: board:write"));
  }

  @Test
  void leastPrivilegeOnRealDocuments() {
    assertThat(scope("least-privilege", "--spec", realWorld("okta-management.yaml"),
            "--operation", "listUsers", "getUser", "createUser"))
        .isEqualTo(new Cli.Result(0, "{\n  \"scopes\": [\n    \"okta.users.manage\",\n    \"okta.users.read\"\n  ]\n}\n", ""));
    assertThat(scope("least-privilege", "--spec", realWorld("xero_accounting.yaml"),
            "--operation", "getBudgets", "getJournals").out())
        .contains("\"accounting.budgets.read\"").contains("\"accounting.journals.read\"").doesNotContain("accounting.transactions");
    Cli.Result inventory = scope("least-privilege", "--spec", realWorld("petstore.yaml"), "--operation", "getInventory");
    assertThat(inventory).isEqualTo(new Cli.Result(2, "", "scope least-privilege: --operation: no token can call"
        + " GET /store/inventory (getInventory): only api_key (apiKey) can\n"));
    assertThat(scope("least-privilege", "--spec", realWorld("petstore.yaml"), "--operation", "loginUser").err())
        .isEqualTo("scope least-privilege: --operation: no token can call GET /user/login (loginUser): the document"
            + " declares no security for it\n");
  }

  @Test
  void theReadmesScopeTokenCatalogIsValid() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```json\n{\"tokens\"") + "```json\n".length();
    String json = readme.substring(start, readme.indexOf("```", start));
    dev.scopegate.ScopeCatalog catalog = dev.scopegate.openapi.CatalogDocument.parse("README.json", json).requireValid();
    assertThat(catalog.grammar()).isEqualTo(dev.scopegate.ScopeGrammar.SCOPE_TOKEN);
    assertThat(catalog.expand(catalog.parse("accounting.transactions"))).extracting(Object::toString)
        .containsExactlyInAnyOrder("accounting.transactions", "accounting.transactions.read");
  }

  @Test
  void theGrammarCanBeForced() {
    Cli.Result familyVerb = scope("lint", "--grammar", "family-verb", realWorld("xero_accounting.yaml"));
    assertThat(familyVerb.exit()).isEqualTo(1);
    assertThat(familyVerb.out()).contains(":21:15: error: Invalid scope \"accounting.settings\": character '.' at index 10"
        + " is not allowed");
    assertThat(scope("operations", "--grammar", "SCOPE-TOKEN", "--spec", realWorld("petstore.yaml"), "--granted",
            "write:pets read:pets").out())
        .startsWith("PUT /pet (updatePet): allowed\n");
    assertThat(scope("lint", "--grammar", "bogus", RULES))
        .isEqualTo(new Cli.Result(2, "", "scope lint: Invalid value for option '--grammar': expected family-verb or"
            + " scope-token, not \"bogus\" (see 'scope lint --help')\n"));
  }
}
