package dev.scopegate.openapi;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalog file, strictly, reporting every problem with its line and column; see {@link
 * CatalogDocument} for the format. Families are numbered in file order, verbs in key order, scope
 * tokens in key order.
 */
final class CatalogReader {
  static final int KEPT_DEPTH = 3;

  private static final Set<String> ROOT_FIELDS = Set.of("families", "tokens", "implies");
  private static final Set<String> FAMILY_FIELDS = Set.of("name", "displayName", "note", "verbs", "wildcard");

  private final List<SpecProblem> problems = new ArrayList<>();

  /** The catalog, or empty if the file has errors (all of them reported). */
  Optional<ScopeCatalog> read(Document document) {
    Node root = document.root();
    if (!root.is(Node.Kind.OBJECT)) {
      error(root.location(), "a catalog must be an object with a \"families\" array or a \"tokens\" object, not "
          + root.describe());
      return Optional.empty();
    }
    unknownFields(root, ROOT_FIELDS, "the catalog");
    Optional<Member> families = root.member("families");
    Optional<Member> tokens = root.member("tokens");
    ScopeCatalog.Builder builder;
    if (families.isPresent() && tokens.isPresent()) {
      error(tokens.get().location(), "a catalog has \"families\" (family:verb scopes) or \"tokens\" (scope tokens),"
          + " not both");
      return Optional.empty();
    } else if (tokens.isPresent()) {
      builder = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN);
      readTokens(tokens.get().value(), builder);
    } else if (families.isPresent()) {
      builder = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB);
      readFamilies(families.get().value(), builder);
    } else {
      error(root.location(), "no \"families\" array or \"tokens\" object");
      return Optional.empty();
    }
    Optional<Member> implies = root.member("implies");
    Map<String, SourceLocation> sources = new LinkedHashMap<>();
    if (implies.isPresent()) {
      readImplies(implies.get().value(), builder, sources);
    }
    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.build());
    } catch (InvalidScopeException e) {
      // An implication names a scope the catalog does not declare.
      error(at(sources, e.input(), implies), "\"implies\": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      // An implication from a wildcard, or a cycle; the message names the scopes.
      error(implies.map(Member::location).orElse(root.location()), "\"implies\": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static SourceLocation at(Map<String, SourceLocation> sources, String scope, Optional<Member> implies) {
    SourceLocation found = sources.get(scope);
    return found != null ? found : implies.orElseThrow().location();
  }

  List<SpecProblem> problems() {
    return SpecWalker.sorted(problems);
  }

  private boolean hasErrors() {
    return !problems.isEmpty();
  }

  private void readTokens(Node tokens, ScopeCatalog.Builder builder) {
    if (!tokens.is(Node.Kind.OBJECT)) {
      error(tokens.location(), "\"tokens\" must be an object of scope: description, not " + tokens.describe());
      return;
    }
    if (tokens.members().isEmpty()) {
      error(tokens.location(), "\"tokens\" is empty; a catalog needs at least one scope");
      return;
    }
    Map<String, SourceLocation> seen = new HashMap<>();
    for (Member token : tokens.members()) {
      SourceLocation earlier = seen.putIfAbsent(token.name(), token.location());
      if (earlier != null) {
        error(token.location(), "duplicate scope " + token.name() + " in \"tokens\" (first at " + lineColumn(earlier) + ")");
        continue;
      }
      String description = description(token, token.name());
      try {
        Scope.token(token.name());
      } catch (InvalidScopeException e) {
        problems.add(SpecProblem.invalidScope(token.location(), e.getMessage(), token.name(), e.problem()));
        continue;
      }
      if (description != null) {
        builder.scope(token.name(), description);
      }
    }
  }

  private void readFamilies(Node list, ScopeCatalog.Builder builder) {
    if (!list.is(Node.Kind.ARRAY)) {
      error(list.location(), "\"families\" must be an array of families, not " + list.describe());
    } else if (list.items().isEmpty()) {
      error(list.location(), "\"families\" is empty; a catalog needs at least one family");
    } else {
      Map<String, SourceLocation> seen = new HashMap<>();
      for (Node family : list.items()) {
        readFamily(family, seen).ifPresent(builder::family);
      }
    }
  }

  private void readImplies(Node implies, ScopeCatalog.Builder builder, Map<String, SourceLocation> sources) {
    if (!implies.is(Node.Kind.OBJECT)) {
      error(implies.location(), "\"implies\" must be an object of scope: [scopes it grants], not " + implies.describe());
      return;
    }
    unknownFields(implies, null, "\"implies\"");
    for (Member source : implies.members()) {
      sources.putIfAbsent(source.name(), source.location());
      Node granted = source.value();
      if (!granted.is(Node.Kind.ARRAY) || granted.items().isEmpty()) {
        error(granted.location(), "what " + source.name() + " implies must be a non-empty array of scopes, not "
            + (granted.is(Node.Kind.ARRAY) ? "an empty array" : granted.describe()));
        continue;
      }
      List<String> targets = new ArrayList<>();
      for (Node target : granted.items()) {
        if (!target.is(Node.Kind.STRING)) {
          error(target.location(), "a scope " + source.name() + " implies must be a string, not " + target.describe());
          continue;
        }
        sources.putIfAbsent(target.text(), target.location());
        targets.add(target.text());
      }
      if (!targets.isEmpty()) {
        builder.implies(source.name(), targets.toArray(new String[0]));
      }
    }
  }

  private Optional<ScopeFamily> readFamily(Node family, Map<String, SourceLocation> seen) {
    if (!family.is(Node.Kind.OBJECT)) {
      error(family.location(), "a family must be an object, not " + family.describe());
      return Optional.empty();
    }
    int before = problems.size();
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
    if (problems.size() > before || name.isEmpty() || displayName.isEmpty()) {
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
      String description = description(verb, scope);
      if (description != null) {
        verbs.put(verb.name(), description);
      }
    }
  }

  /** A scope's description: a non-blank string, else null with the error reported. */
  private @Nullable String description(Member scope, String name) {
    Node description = scope.value();
    if (!description.is(Node.Kind.STRING)) {
      error(description.location(), "the description of " + name + " must be a string, not " + description.describe());
      return null;
    }
    if (description.text().isBlank()) {
      error(description.location(), "the description of " + name + " is blank");
      return null;
    }
    return description.text();
  }

  /** Why {@code family:verb} breaks the grammar (checking the family, or the verb), or null. */
  private static @Nullable String nameProblem(String family, String verb) {
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

  /** Repeated fields of an object, and (unless {@code allowed} is null) fields it does not allow. */
  private void unknownFields(Node object, @Nullable Set<String> allowed, String label) {
    Map<String, SourceLocation> seen = new HashMap<>();
    for (Member m : object.members()) {
      SourceLocation earlier = seen.putIfAbsent(m.name(), m.location());
      if (earlier != null) {
        error(m.location(), "duplicate field " + Text.quote(m.name()) + " in " + label + " (first at " + lineColumn(earlier) + ")");
      } else if (allowed != null && !allowed.contains(m.name())) {
        error(
            m.location(),
            "unknown field " + Text.quote(m.name()) + " in " + label + "; the fields are "
                + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  private static String lineColumn(SourceLocation at) {
    return "line " + at.line() + ", column " + at.column();
  }

  private void error(SourceLocation at, String message) {
    problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at, message));
  }
}
