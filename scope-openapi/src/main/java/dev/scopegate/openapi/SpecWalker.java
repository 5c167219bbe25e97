package dev.scopegate.openapi;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Redundancy;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.Duplicate;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a parsed OpenAPI document, building operations and collecting every problem. One walker
 * per document.
 */
final class SpecWalker {
  /**
   * The depth of containers the walk needs: root (0), {@code paths} (1), a path item (2), an
   * operation (3), its {@code x-required-scopes} and {@code security} arrays (4).
   */
  static final int KEPT_DEPTH = 4;

  static final String REQUIRED_SCOPES = "x-required-scopes";

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final Set<String> PATH_ITEM_FIELDS = Set.of("summary", "description", "servers", "parameters");

  private final ScopeCatalog catalog;
  private final List<Operation> operations = new ArrayList<>();
  private final List<SpecProblem> problems = new ArrayList<>();
  private final Map<String, Operation> byId = new HashMap<>();

  SpecWalker(ScopeCatalog catalog) {
    this.catalog = catalog;
  }

  List<Operation> operations() {
    return operations;
  }

  /** The problems, ordered by line and column (a stable sort keeps walk order on ties). */
  List<SpecProblem> problems() {
    List<SpecProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((SpecProblem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
    return sorted;
  }

  void walk(Document document) {
    for (Duplicate d : document.duplicates()) {
      structure(d.location(), "duplicate field " + Text.quote(d.name()) + " (first at line " + d.first().line() + ", column " + d.first().column() + ")");
    }
    Node root = document.root();
    if (!root.is(Node.Kind.OBJECT)) {
      structure(root.location(), "an OpenAPI document must be an object, not " + root.describe());
      return;
    }
    if (!checkVersion(root)) {
      return;
    }
    Optional<Member> paths = root.member("paths");
    if (paths.isEmpty()) {
      return;
    }
    Node pathsNode = paths.get().value();
    if (!pathsNode.is(Node.Kind.OBJECT)) {
      structure(pathsNode.location(), "\"paths\" must be an object, not " + pathsNode.describe());
      return;
    }
    for (Member path : pathsNode.members()) {
      if (path.name().startsWith("x-")) {
        continue;
      }
      if (!path.name().startsWith("/")) {
        structure(path.location(), "path " + Text.quote(path.name()) + " must start with \"/\"");
        continue;
      }
      walkPathItem(path);
    }
  }

  private boolean checkVersion(Node root) {
    Optional<Member> openapi = root.member("openapi");
    if (openapi.isEmpty()) {
      structure(root.location(), "no \"openapi\" field; this is not an OpenAPI 3.x document");
      return false;
    }
    Node version = openapi.get().value();
    if (!version.is(Node.Kind.STRING) && !version.is(Node.Kind.NUMBER)) {
      structure(version.location(), "\"openapi\" must be a version string such as \"3.1.0\", not " + version.describe());
      return false;
    }
    String v = version.text();
    if (!(v.equals("3.0") || v.equals("3.1") || v.startsWith("3.0.") || v.startsWith("3.1."))) {
      structure(version.location(), "unsupported OpenAPI version " + Text.quote(v) + "; this loader reads 3.0.x and 3.1.x");
      return false;
    }
    return true;
  }

  private void walkPathItem(Member path) {
    Node item = path.value();
    String where = "path item " + Text.quote(path.name());
    if (!item.is(Node.Kind.OBJECT)) {
      structure(item.location(), where + " must be an object, not " + item.describe());
      return;
    }
    for (Member field : item.members()) {
      String name = field.name();
      if (METHODS.contains(name)) {
        walkOperation(path.name(), field);
      } else if (name.equals("$ref")) {
        structure(field.location(), where + " uses \"$ref\", which this loader does not resolve; write its operations out in place");
      } else if (name.equals(REQUIRED_SCOPES)) {
        structure(field.location(), "\"x-required-scopes\" belongs on an operation, not on " + where);
      } else if (!PATH_ITEM_FIELDS.contains(name) && !name.startsWith("x-")) {
        structure(
            field.location(),
            "unknown field " + Text.quote(name) + " in " + where + "; operations are " + String.join(", ", METHODS));
      }
    }
  }

  private void walkOperation(String path, Member methodMember) {
    String method = methodMember.name().toUpperCase(Locale.ROOT);
    String label = method + " " + path;
    SourceLocation at = methodMember.location();
    Node op = methodMember.value();
    if (!op.is(Node.Kind.OBJECT)) {
      structure(op.location(), "operation " + label + " must be an object, not " + op.describe());
      operations.add(new Operation(method, path, Optional.empty(), Optional.empty(), false, true, at));
      return;
    }

    Optional<String> operationId = Optional.empty();
    Optional<Member> idMember = op.member("operationId");
    if (idMember.isPresent()) {
      Node id = idMember.get().value();
      if (id.is(Node.Kind.STRING)) {
        operationId = Optional.of(id.text());
      } else {
        structure(id.location(), "\"operationId\" of " + label + " must be a string, not " + id.describe());
      }
    }

    boolean broken = false;
    boolean isPublic = false;
    Optional<Member> security = op.member("security");
    if (security.isPresent()) {
      Node s = security.get().value();
      if (s.is(Node.Kind.ARRAY)) {
        isPublic = s.items().isEmpty();
      } else {
        structure(s.location(), "\"security\" of " + label + " must be an array, not " + s.describe());
        broken = true;
      }
    }

    Optional<Requirement> requirement = Optional.empty();
    Optional<Member> declared = op.member(REQUIRED_SCOPES);
    if (declared.isPresent()) {
      if (isPublic) {
        structure(
            declared.get().location(),
            label + " is public (security: []) but declares x-required-scopes; remove one of them");
        isPublic = false;
        broken = true;
      } else {
        Declared d = readScopes(label, declared.get().value());
        if (d.invalid) {
          broken = true;
        } else if (d.scopes.isEmpty()) {
          problems.add(
              SpecProblem.of(
                  SpecProblem.Kind.MISSING_REQUIRED_SCOPES,
                  declared.get().location(),
                  label + " declares an empty x-required-scopes; list the scopes it needs, or make it public with security: []"));
        } else if (!broken) {
          requirement = Optional.of(catalog.requirement(d.scopes));
        }
      }
    } else if (!isPublic && !broken) {
      problems.add(
          SpecProblem.of(
              SpecProblem.Kind.MISSING_REQUIRED_SCOPES,
              at,
              label + " declares no x-required-scopes and is not public (security: [])"));
    }

    Operation operation = new Operation(method, path, operationId, requirement, isPublic, broken, at);
    if (operationId.isPresent()) {
      Operation earlier = byId.putIfAbsent(operationId.get(), operation);
      if (earlier != null) {
        structure(
            idMember.orElseThrow().value().location(),
            "operationId " + Text.quote(operationId.get()) + " of " + label + " is already used by "
                + earlier.method() + " " + earlier.path() + " (line " + earlier.location().line() + ")");
      }
    }
    operations.add(operation);
  }

  /** The scopes an operation declares, and whether any entry was invalid. */
  private static final class Declared {
    final List<Scope> scopes = new ArrayList<>();
    boolean invalid;
  }

  private Declared readScopes(String label, Node value) {
    Declared d = new Declared();
    if (!value.is(Node.Kind.ARRAY)) {
      structure(value.location(), "\"x-required-scopes\" of " + label + " must be an array of scope strings, not " + value.describe());
      d.invalid = true;
      return d;
    }
    List<Node> items = value.items();
    List<Node> validNodes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node entry = items.get(i);
      if (!entry.is(Node.Kind.STRING)) {
        structure(
            entry.location(),
            "entry " + (i + 1) + " of \"x-required-scopes\" of " + label + " must be a scope string, not " + entry.describe());
        d.invalid = true;
        continue;
      }
      try {
        d.scopes.add(catalog.parse(entry.text()));
        validNodes.add(entry);
      } catch (InvalidScopeException e) {
        problems.add(SpecProblem.invalidScope(entry.location(), e.getMessage(), entry.text(), e.problem()));
        d.invalid = true;
      }
    }
    for (Redundancy r : catalog.redundancies(d.scopes)) {
      Node entry = validNodes.get(r.index());
      SpecProblem.Kind kind =
          r.kind() == Redundancy.Kind.DUPLICATE ? SpecProblem.Kind.DUPLICATE_SCOPE : SpecProblem.Kind.REDUNDANT_SCOPE;
      problems.add(SpecProblem.aboutScope(kind, entry.location(), r.reason(), entry.text()));
    }
    return d;
  }

  private void structure(SourceLocation at, String message) {
    problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at, message));
  }
}
