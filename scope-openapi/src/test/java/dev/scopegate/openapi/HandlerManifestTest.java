package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code META-INF/scopegate/operations.json} back, strictly, with positions. */
class HandlerManifestTest {
  private static final String TWO = """
      {
        "version": 1,
        "operations": [
          {
            "class": "com.example.PetApi",
            "method": "list",
            "parameters": ["java.lang.String", "int[]"],
            "operationId": "listPets",
            "http": [{"method": "GET", "path": "/pets"}, {"method": "*", "path": "/animals"}],
            "scopes": [["pets:read"], ["pets:admin", "audit:read"]]
          },
          {
            "class": "com.example.PetApi$Admin",
            "method": "purge",
            "parameters": [],
            "operationId": null,
            "http": [],
            "scopes": [[]]
          }
        ]
      }
      """;

  private static List<String> problems(String text) {
    HandlerManifest manifest = HandlerManifest.parse("operations.json", text);
    assertThat(manifest.handlers()).isEmpty();
    assertThat(manifest.hasErrors()).isTrue();
    return manifest.problems().stream().map(SpecProblem::toString).toList();
  }

  @Test
  void everyMemberIsReadWithTheEntrysPositions() {
    HandlerManifest manifest = HandlerManifest.parse("operations.json", TWO);
    assertThat(manifest.problems()).isEmpty();
    assertThat(manifest.source()).isEqualTo("operations.json");
    assertThat(manifest.operationsLocation()).isEqualTo(SourceLocation.of("operations.json", 3, 3));
    List<HandlerManifest.Handler> handlers = manifest.requireValid();
    assertThat(handlers).hasSize(2);
    HandlerManifest.Handler list = handlers.get(0);
    assertThat(list.className()).isEqualTo("com.example.PetApi");
    assertThat(list.method()).isEqualTo("list");
    assertThat(list.parameters()).containsExactly("java.lang.String", "int[]");
    assertThat(list.operationId()).contains("listPets");
    assertThat(list.http()).containsExactly(new HandlerManifest.Endpoint("GET", "/pets"), new HandlerManifest.Endpoint("*", "/animals"));
    assertThat(list.http().get(0)).hasToString("GET /pets");
    assertThat(list.scopes()).containsExactly(List.of("pets:read"), List.of("pets:admin", "audit:read"));
    assertThat(list.location()).isEqualTo(SourceLocation.of("operations.json", 4, 5));
    assertThat(list.scopesLocation()).isEqualTo(SourceLocation.of("operations.json", 10, 7));
    assertThat(list).hasToString("com.example.PetApi.list");
    HandlerManifest.Handler purge = handlers.get(1);
    assertThat(purge.operationId()).isEmpty();
    assertThat(purge.http()).isEmpty();
    assertThat(purge.scopes()).containsExactly(List.of());
    assertThat(purge).hasToString("com.example.PetApi$Admin.purge");
    assertThat(manifest).hasToString("HandlerManifest[operations.json: 2 handlers]");
  }

  @Test
  void handlersAreValues() {
    HandlerManifest.Handler a = HandlerManifest.parse("m.json", TWO).handlers().get(0);
    HandlerManifest.Handler b = HandlerManifest.parse("m.json", TWO).handlers().get(0);
    HandlerManifest.Handler elsewhere = HandlerManifest.parse("n.json", TWO).handlers().get(0);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(elsewhere).isNotEqualTo("com.example.PetApi.list");
    assertThat(a).isNotEqualTo(HandlerManifest.parse("m.json", TWO).handlers().get(1));
  }

  @Test
  void anEmptyManifestHasNoHandlers() {
    HandlerManifest manifest = HandlerManifest.parse("operations.json", "{\n  \"version\": 1,\n  \"operations\": []\n}\n");
    assertThat(manifest.requireValid()).isEmpty();
    assertThat(manifest.operationsLocation()).isEqualTo(SourceLocation.of("operations.json", 3, 3));
  }

  @Test
  void everyProblemIsAnErrorAtItsPosition() {
    assertThat(problems("{\"version\": 1, \"operations\": [], \"extra\": true, \"version\": 1}")).containsExactly(
        "operations.json:1:34: unknown member \"extra\" in the manifest; the members are operations, version",
        "operations.json:1:49: duplicate member \"version\" (first at line 1, column 2)");
    assertThat(problems("{\"version\": \"1\"}")).containsExactly(
        "operations.json:1:1: the manifest needs \"operations\" (an array)",
        "operations.json:1:13: \"version\" must be a number, not a string (\"1\")");
    assertThat(problems("[]")).containsExactly("operations.json:1:1: a manifest must be an object, not an array");
    assertThat(problems("{\"version\": 1, \"operations\": [1, {}]}")).containsExactly(
        "operations.json:1:31: an entry of \"operations\" must be an object, not a number (1)",
        "operations.json:1:34: an operation needs \"class\" (a string)",
        "operations.json:1:34: an operation needs \"method\" (a string)",
        "operations.json:1:34: an operation needs \"parameters\" (an array)",
        "operations.json:1:34: an operation needs \"operationId\" (a string, or null)",
        "operations.json:1:34: an operation needs \"http\" (an array)",
        "operations.json:1:34: an operation needs \"scopes\" (an array)");
    assertThat(problems("""
        {"version": 1, "operations": [{"class": "C", "method": "m", "parameters": [1], "operationId": 2,
          "http": [3, {"path": "/x"}, {"method": "GET", "path": "/y", "query": "a"}], "scopes": [], "line": 3}]}
        """)).containsExactly(
        "operations.json:1:76: an entry of \"parameters\" must be a string, not a number (1)",
        "operations.json:1:95: \"operationId\" must be a string or null, not a number (2)",
        "operations.json:2:12: an entry of \"http\" must be an object, not a number (3)",
        "operations.json:2:15: an http entry needs \"method\" (a string)",
        "operations.json:2:63: unknown member \"query\" in an http entry; the members are method, path",
        "operations.json:2:89: \"scopes\" must list at least one alternative",
        "operations.json:2:93: unknown member \"line\" in an operation; the members are class, http, method, operationId,"
            + " parameters, scopes");
    assertThat(problems("{\"version\": 1, \"operations\": [{\"class\": \"C\", \"method\": \"m\", \"parameters\": [],"
        + " \"operationId\": null, \"http\": [], \"scopes\": [\"a\", [2]]}]}")).containsExactly(
        "operations.json:1:123: an alternative of \"scopes\" must be an array of scopes, not a string (\"a\")",
        "operations.json:1:129: an entry of \"scopes\" must be a string, not a number (2)");
  }

  @Test
  void aManifestThatIsNotJsonIsOneSyntaxProblem() {
    HandlerManifest manifest = HandlerManifest.parse("operations.json", "{\"version\": 1,");
    assertThat(manifest.problems()).singleElement().extracting(SpecProblem::kind).isEqualTo(SpecProblem.Kind.SYNTAX);
    assertThat(manifest).hasToString("HandlerManifest[operations.json: 1 problems]");
    assertThatThrownBy(manifest::requireValid).isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("operations.json has 1 error: operations.json:");
  }

  @Test
  void aFileIsReadByItsPath(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("operations.json"), TWO);
    HandlerManifest manifest = HandlerManifest.load(file);
    assertThat(manifest.handlers()).hasSize(2);
    assertThat(manifest.handlers().get(0).location().source()).isEqualTo(file.toString());
    assertThatThrownBy(() -> HandlerManifest.load(dir.resolve("missing.json"))).isInstanceOf(NoSuchFileException.class);
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThat(HandlerManifest.load(empty).problems()).singleElement().hasToString(empty + ":1:1: the document is empty");
  }

  @Test
  void endpointsNeedTheirParts() {
    assertThatThrownBy(() -> new HandlerManifest.Endpoint("GET", null)).isInstanceOf(NullPointerException.class);
    assertThat(Optional.of(new HandlerManifest.Endpoint("GET", "/x"))).contains(new HandlerManifest.Endpoint("GET", "/x"));
  }
}
