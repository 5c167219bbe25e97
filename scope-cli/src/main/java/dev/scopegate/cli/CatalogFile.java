package dev.scopegate.cli;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.SourceLocation;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import dev.scopegate.openapi.internal.SourceException;
import dev.scopegate.openapi.internal.SourceFormat;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalog from a JSON file, strictly, reporting every problem with its line and column.
 *
 * <pre>
 * {"families": [
 *   {"name": "workflow", "displayName": "Workflow", "note": "optional",
 *    "verbs": {"read": "Read workflows", "create": "Create workflows"},
 *    "wildcard": "All workflow verbs"}
 * ]}
 * </pre>
 *
 * Families are numbered in file order, verbs in key order. Unknown fields, a repeated family or
 * verb (a duplicate scope), a family or verb name that breaks the scope grammar, a wildcard on a
 * family without verbs, and blank descriptions are errors.
 */
final class CatalogFile {
  private static final int KEPT_DEPTH = 3;
  private static final Set<String> ROOT_FIELDS = Set.of("families");
  private static final Set<String> FAMILY_FIELDS = Set.of("name", "displayName", "note", "verbs", "wildcard");

  /** Each problem with its location, reported in file order. */
  private final List<Map.Entry<SourceLocation, String>> errors = new ArrayList<>();

  private CatalogFile() {}

  /**
   * Loads the catalog.
   *
   * @throws CliException listing every problem, each as {@code file:line:column: reason}
   */
  static ScopeCatalog load(Path file) {
    String source = file.toString();
    Document document;
    try {
      String text = SourceReader.readFile(file, source);
      document = SourceReader.parse(source, text, SourceFormat.JSON, KEPT_DEPTH);
    } catch (IOException e) {
      throw new CliException("--catalog " + IoMessages.describe(file, e));
    } catch (SourceException e) {
      throw new CliException(e.getMessage());
    }
    return new CatalogFile().read(document);
  }

  private ScopeCatalog read(Document document) {
    Node root = document.root();
    List<ScopeFamily> families = new ArrayList<>();
    if (!root.is(Node.Kind.OBJECT)) {
      error(root.location(), "a catalog must be an object with a \"families\" array, not " + root.describe());
    } else {
      unknownFields(root, ROOT_FIELDS, "the catalog");
      Optional<Member> list = root.member("families");
      if (list.isEmpty()) {
        error(root.location(), "no \"families\" array");
      } else if (!list.get().value().is(Node.Kind.ARRAY)) {
        error(list.get().value().location(), "\"families\" must be an array of families, not " + list.get().value().describe());
      } else if (list.get().value().items().isEmpty()) {
        error(list.get().value().location(), "\"families\" is empty; a catalog needs at least one family");
      } else {
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node family : list.get().value().items()) {
          readFamily(family, seen).ifPresent(families::add);
        }
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt((Map.Entry<SourceLocation, String> e) -> e.getKey().line())
          .thenComparingInt(e -> e.getKey().column()));
      List<String> lines = new ArrayList<>();
      for (Map.Entry<SourceLocation, String> e : errors) {
        lines.add(e.getKey() + ": " + e.getValue());
      }
      throw new CliException(lines);
    }
    return ScopeCatalog.of(families);
  }

  private Optional<ScopeFamily> readFamily(Node family, Map<String, SourceLocation> seen) {
    if (!family.is(Node.Kind.OBJECT)) {
      error(family.location(), "a family must be an object, not " + family.describe());
      return Optional.empty();
    }
    int before = errors.size();
    Optional<String> name = requiredText(family, "name", "a family");
    String label = name.map(n -> "family " + Text.quote(n)).orElse("a family");
    unknownFields(family, FAMILY_FIELDS, label);
    boolean nameValid = false;
    if (name.isPresent()) {
      Node nameNode = family.get("name").orElseThrow();
      String problem = nameProblem(name.get(), "x");
      nameValid = problem == null;
      if (problem != null) {
        error(nameNode.location(), "family name " + Text.quote(name.get()) + " is invalid: " + problem);
      } else {
        SourceLocation earlier = seen.putIfAbsent(name.get(), nameNode.location());
        if (earlier != null) {
          error(
              nameNode.location(),
              "duplicate family " + Text.quote(name.get()) + " (first at " + lineColumn(earlier)
                  + "); each of its scopes would be declared twice");
        }
      }
    }
    Optional<String> displayName = requiredText(family, "displayName", label);
    Optional<String> note = optionalText(family, "note", label);
    Optional<String> wildcard = optionalText(family, "wildcard", label);
    Map<String, String> verbs = new LinkedHashMap<>();
    Optional<Member> verbsMember = family.member("verbs");
    if (verbsMember.isEmpty()) {
      error(family.location(), label + " has no \"verbs\" object; a family needs at least one verb");
    } else {
      Node v = verbsMember.get().value();
      if (!v.is(Node.Kind.OBJECT)) {
        error(v.location(), "\"verbs\" of " + label + " must be an object of verb: description, not " + v.describe());
      } else if (v.members().isEmpty()) {
        error(v.location(), "\"verbs\" of " + label + " is empty; a family needs at least one verb");
      } else {
        // With a valid family name the whole scope is checked (its length included); otherwise the verb alone.
        readVerbs(name.orElse("family"), nameValid ? name.get() : "family", label, v, verbs);
      }
    }
    boolean noVerbsDeclared =
        verbsMember.isEmpty()
            || (verbsMember.get().value().is(Node.Kind.OBJECT) && verbsMember.get().value().members().isEmpty());
    if (wildcard.isPresent() && noVerbsDeclared) {
      error(
          family.member("wildcard").orElseThrow().location(),
          "\"wildcard\" of " + label + " declares a wildcard over no verbs; a wildcard needs a family with verbs");
    }
    if (errors.size() > before || name.isEmpty() || displayName.isEmpty()) {
      return Optional.empty();
    }
    try {
      ScopeFamily.Builder b = ScopeFamily.builder(name.get(), displayName.get());
      note.ifPresent(b::note);
      verbs.forEach(b::verb);
      wildcard.ifPresent(b::wildcard);
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      // The checks above mirror the engine's; this keeps any rule they miss a positioned error.
      error(family.location(), label + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void readVerbs(String familyName, String checkedFamily, String label, Node verbsNode, Map<String, String> verbs) {
    Map<String, SourceLocation> seen = new HashMap<>();
    for (Member verb : verbsNode.members()) {
      String scope = familyName + ":" + verb.name();
      SourceLocation earlier = seen.putIfAbsent(verb.name(), verb.location());
      if (earlier != null) {
        error(verb.location(), "duplicate scope " + scope + " in " + label + " (first at " + lineColumn(earlier) + ")");
        continue;
      }
      if (verb.name().equals("*")) {
        error(verb.location(), "verb \"*\" of " + label + ": declare the wildcard with \"wildcard\": \"description\"");
        continue;
      }
      String problem = nameProblem(checkedFamily, verb.name());
      if (problem != null) {
        error(verb.location(), "verb " + Text.quote(verb.name()) + " of " + label + " is invalid: " + problem);
        continue;
      }
      Node description = verb.value();
      if (!description.is(Node.Kind.STRING)) {
        error(description.location(), "the description of " + scope + " must be a string, not " + description.describe());
        continue;
      }
      if (description.text().isBlank()) {
        error(description.location(), "the description of " + scope + " is blank");
        continue;
      }
      verbs.put(verb.name(), description.text());
    }
  }

  /** Why {@code family:verb} breaks the grammar (checking the family, or the verb), or null. */
  private static String nameProblem(String family, String verb) {
    try {
      Scope.of(family, verb);
      return null;
    } catch (InvalidScopeException e) {
      return e.reason();
    }
  }

  private Optional<String> requiredText(Node object, String field, String label) {
    Optional<Member> m = object.member(field);
    if (m.isEmpty()) {
      error(object.location(), label + " has no " + Text.quote(field));
      return Optional.empty();
    }
    return text(m.get(), label);
  }

  private Optional<String> optionalText(Node object, String field, String label) {
    return object.member(field).flatMap(m -> text(m, label));
  }

  private Optional<String> text(Member m, String label) {
    Node v = m.value();
    if (!v.is(Node.Kind.STRING)) {
      error(v.location(), Text.quote(m.name()) + " of " + label + " must be a string, not " + v.describe());
      return Optional.empty();
    }
    if (v.text().isBlank()) {
      error(v.location(), Text.quote(m.name()) + " of " + label + " is blank");
      return Optional.empty();
    }
    return Optional.of(v.text());
  }

  private void unknownFields(Node object, Set<String> allowed, String label) {
    Map<String, SourceLocation> seen = new HashMap<>();
    for (Member m : object.members()) {
      SourceLocation earlier = seen.putIfAbsent(m.name(), m.location());
      if (earlier != null) {
        error(m.location(), "duplicate field " + Text.quote(m.name()) + " in " + label + " (first at " + lineColumn(earlier) + ")");
      } else if (!allowed.contains(m.name())) {
        error(
            m.location(),
            "unknown field " + Text.quote(m.name()) + " in " + label + "; the fields are " + String.join(", ", sorted(allowed)));
      }
    }
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }

  private static String lineColumn(SourceLocation at) {
    return "line " + at.line() + ", column " + at.column();
  }

  private void error(SourceLocation at, String message) {
    errors.add(Map.entry(at, message));
  }
}
