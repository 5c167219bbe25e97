package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Scope;
import dev.scopegate.ScopeFamily;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the Signstack Scopes reference (a verbatim copy in test resources) and proves the catalog,
 * the recipes and the denial message match it exactly.
 */
class SpecConformanceTest {
  private static List<String> lines;

  /** One row of the reference's catalog table. */
  record Row(String familyHeading, String scope, String grants) {}

  /** One recipe section of the reference. */
  record RecipeSection(String title, String guidance, List<String> scopes) {}

  @BeforeAll
  static void readReference() throws IOException {
    try (InputStream in = SpecConformanceTest.class.getResourceAsStream("/spec/scopes-reference.txt")) {
      assertThat(in).as("spec/scopes-reference.txt on the test classpath").isNotNull();
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }

  private static final Pattern ROW =
      Pattern.compile("^(.*?)\\s*\\b([a-z][a-z0-9-]*:(?:[a-z][a-z0-9-]*|\\*)) (.+)$");

  static List<Row> catalogRows() {
    int start = lines.indexOf("Family Scope Grants");
    int end = lines.indexOf("Common Scope Sets");
    assertThat(start).isPositive();
    assertThat(end).isGreaterThan(start);
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, end)) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = ROW.matcher(line);
      assertThat(m.matches()).as("catalog row %s", line).isTrue();
      rows.add(new Row(m.group(1), m.group(2), m.group(3)));
    }
    return rows;
  }

  static List<RecipeSection> recipeSections() {
    int start = lines.indexOf("Common Scope Sets");
    int end = lines.indexOf("When a Request Returns 403");
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start + 1, end)) {
      if (!line.isBlank()) {
        body.add(line);
      }
    }
    // The intro sentence, then per recipe: title, guidance, a JSON block from "{" to "}".
    List<RecipeSection> out = new ArrayList<>();
    int i = 1;
    while (i < body.size()) {
      String title = body.get(i++);
      String guidance = body.get(i++);
      assertThat(body.get(i++)).isEqualTo("{");
      List<String> scopes = new ArrayList<>();
      while (!body.get(i).equals("}")) {
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(body.get(i++));
        while (m.find()) {
          if (!m.group(1).equals("scopes")) {
            scopes.add(m.group(1));
          }
        }
      }
      i++;
      out.add(new RecipeSection(title, guidance, scopes));
    }
    return out;
  }

  @Test
  void everyScopeAndDescriptionMatchesTheReferenceInOrder() {
    List<String> expected = new ArrayList<>();
    for (Row row : catalogRows()) {
      expected.add(row.scope() + " " + row.grants());
    }
    List<String> actual = new ArrayList<>();
    for (ScopeFamily family : SignstackScopes.CATALOG.families()) {
      for (Scope s : family.scopes()) {
        actual.add(s + " " + family.description(s).orElseThrow());
      }
      family.wildcard().ifPresent(w -> actual.add(w + " " + family.description(w).orElseThrow()));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(SignstackScopes.CATALOG.scopes()).hasSize(35);
    assertThat(SignstackScopes.CATALOG.families()).hasSize(14);
  }

  @Test
  void familyDisplayNamesNotesAndWildcardsMatchTheReference() {
    Map<String, String> headings = new LinkedHashMap<>();
    Map<String, Boolean> wildcards = new LinkedHashMap<>();
    for (Row row : catalogRows()) {
      String family = row.scope().substring(0, row.scope().indexOf(':'));
      if (!row.familyHeading().isEmpty()) {
        assertThat(headings.put(family, row.familyHeading())).as("one heading per family").isNull();
      }
      wildcards.merge(family, row.scope().endsWith(":*"), Boolean::logicalOr);
    }
    Map<String, String> actual = new LinkedHashMap<>();
    Map<String, Boolean> actualWildcards = new LinkedHashMap<>();
    for (ScopeFamily family : SignstackScopes.CATALOG.families()) {
      actual.put(family.name(), family.displayName() + family.note().map(n -> " (" + n + ")").orElse(""));
      actualWildcards.put(family.name(), family.wildcard().isPresent());
    }
    assertThat(actual).containsExactlyEntriesOf(headings);
    assertThat(actualWildcards).containsExactlyEntriesOf(wildcards);
    assertThat(wildcards).containsOnlyKeys(actual.keySet());
    assertThat(wildcards.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey))
        .containsExactly("namespace", "api-key", "resource", "workflow", "scenario", "webhook");
  }

  @Test
  void everyRecipeMatchesTheReferenceTitleGuidanceAndOrder() {
    List<RecipeSection> sections = recipeSections();
    assertThat(sections).hasSize(SignstackRecipe.values().length);
    for (int i = 0; i < sections.size(); i++) {
      SignstackRecipe recipe = SignstackRecipe.values()[i];
      RecipeSection section = sections.get(i);
      assertThat(recipe.title()).isEqualTo(section.title());
      assertThat(recipe.guidance()).isEqualTo(section.guidance());
      assertThat(recipe.texts()).containsExactlyElementsOf(section.scopes());
    }
  }

  @Test
  void theDenialMessageIsTheReferences() {
    String quoted = lines.stream()
        .filter(l -> l.contains("\"message\""))
        .findFirst()
        .orElseThrow()
        .replaceAll("^\\s*\"message\": \"(.*)\"\\s*$", "$1");
    assertThat(quoted).isEqualTo("Token lacks required scope: workflow:create");
    assertThat(SignstackScopes.CATALOG.requirement("workflow:create").check("workflow:read").message()).contains(quoted);
  }

  @Test
  void theReferenceCopyIsTheSharedSpecification() throws IOException {
    java.nio.file.Path shared = java.nio.file.Path.of("../../shared/spec/001_7360de02ba8bfb7f.txt");
    if (java.nio.file.Files.exists(shared)) {
      assertThat(String.join("\n", lines)).isEqualTo(java.nio.file.Files.readString(shared, StandardCharsets.UTF_8));
    }
  }
}
