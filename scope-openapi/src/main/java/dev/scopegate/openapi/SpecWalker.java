package dev.scopegate.openapi;

import dev.scopegate.AccessRule;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Redundancy;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.internal.Text;
import dev.scopegate.openapi.OpenApiOptions.NonScopeSchemes;
import dev.scopegate.openapi.SpecProblem.Kind;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.Duplicate;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks a parsed OpenAPI document: reads its security schemes and its catalog, builds every
 * operation with its access rule, and collects every problem. One walker per document.
 *
 * <p>The walk has three passes: the first reads the schemes and each operation's effective
 * {@code security} (collecting the scopes {@code openIdConnect} schemes are used with), the second
 * builds the catalog, the third compiles every requirement against it.
 */
final class SpecWalker {
  static final String REQUIRED_SCOPES = "x-required-scopes";

  /** The operation fields of a path item in OpenAPI 3.0 and 3.1, in their usual order. */
  private static final List<String> METHODS_30 = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final Set<String> PATH_ITEM_FIELDS = Set.of("summary", "description", "servers", "parameters");

  private final OpenApiOptions options;
  private final List<SpecProblem> problems = new ArrayList<>();
  /** The problems that concern the catalog: reading the schemes and building it. */
  private final List<SpecProblem> catalogProblems = new ArrayList<>();
  private final List<Operation> operations = new ArrayList<>();
  private Map<String, SchemeReader.Scheme> schemes = new LinkedHashMap<>();
  private ScopeCatalog catalog = ScopeCatalog.of();
  private String version = "3.0.0";

  SpecWalker(OpenApiOptions options) {
    this.options = options;
  }

  List<Operation> operations() {
    return operations;
  }

  ScopeCatalog catalog() {
    return catalog;
  }

  List<SecurityScheme> schemes() {
    List<SecurityScheme> out = new ArrayList<>();
    for (SchemeReader.Scheme s : schemes.values()) {
      out.add(s.toPublic());
    }
    return out;
  }

  /** The problems, ordered by line and column (a stable sort keeps walk order on ties). */
  List<SpecProblem> problems() {
    return sorted(problems);
  }

  /** The problems reading the schemes and building the catalog from them, ordered likewise. */
  List<SpecProblem> catalogProblems() {
    return sorted(catalogProblems);
  }

  static List<SpecProblem> sorted(List<SpecProblem> problems) {
    List<SpecProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((SpecProblem p) -> p.location().line()).thenComparingInt(p -> p.location().column()));
    return sorted;
  }

  private void catalogProblem(SpecProblem problem) {
    problems.add(problem);
    catalogProblems.add(problem);
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 1: structure, schemes, security as written.

  /** One {@code security} entry as written: a scheme and its list. */
  private static final class SchemeUse {
    final String name;
    final SourceLocation nameLocation;
    final SchemeReader.@Nullable Scheme scheme;
    final List<Node> entries = new ArrayList<>();

    SchemeUse(String name, SourceLocation nameLocation, SchemeReader.@Nullable Scheme scheme) {
      this.name = name;
      this.nameLocation = nameLocation;
      this.scheme = scheme;
    }
  }

  /** One requirement object as written, and what compiling it gave. */
  private static final class Alternative {
    final SourceLocation location;
    final List<SchemeUse> uses = new ArrayList<>();
    boolean broken;
    boolean compiled;
    /** The scopes a bearer token must hold for it, when the guard can accept it. */
    @Nullable Requirement requirement;
    /** Made only of schemes without scopes (and not {@code {}}). */
    boolean nonScopeOnly;

    Alternative(SourceLocation location) {
      this.location = location;
    }

    boolean isAnonymous() {
      return uses.isEmpty() && !broken;
    }

    SecurityRequirement toPublic() {
      Map<String, List<String>> schemes = new LinkedHashMap<>();
      for (SchemeUse use : uses) {
        List<String> texts = new ArrayList<>();
        for (Node entry : use.entries) {
          if (entry.is(Node.Kind.STRING)) {
            texts.add(entry.text());
          }
        }
        schemes.putIfAbsent(use.name, texts);
      }
      return new SecurityRequirement(schemes, location);
    }
  }

  /** A {@code security} list as written: where it stands, and its alternatives. */
  private static final class Security {
    final SourceLocation location;
    final List<Alternative> alternatives = new ArrayList<>();
    boolean broken;

    Security(SourceLocation location) {
      this.location = location;
    }
  }

  /** An operation as written, before its requirements are compiled. */
  private static final class RawOperation {
    final String method;
    final String path;
    final SourceLocation location;
    final SourceLocation pathLocation;
    final Node node;
    final @Nullable Security ownSecurity;
    final boolean broken;

    RawOperation(String method, String path, SourceLocation location, SourceLocation pathLocation, Node node,
        @Nullable Security ownSecurity, boolean broken) {
      this.method = method;
      this.path = path;
      this.location = location;
      this.pathLocation = pathLocation;
      this.node = node;
      this.ownSecurity = ownSecurity;
      this.broken = broken;
    }

    String label() {
      return method + " " + path;
    }
  }

  private final List<RawOperation> raw = new ArrayList<>();
  private @Nullable Security rootSecurity;
  private boolean rootSecurityBroken;
  private final Map<String, Set<String>> used = new HashMap<>();

  void walk(Document document) {
    for (Duplicate d : document.duplicates()) {
      structure(d.location(), "duplicate field " + Text.quote(d.name()) + " (first at line " + d.first().line() + ", column "
          + d.first().column() + ")");
    }
    Node root = document.root();
    if (!root.is(Node.Kind.OBJECT)) {
      catalogProblem(SpecProblem.of(Kind.NOT_OPENAPI, root.location(),
          "an OpenAPI document must be an object, not " + root.describe()));
      return;
    }
    if (!checkVersion(root)) {
      return;
    }
    schemes = new SchemeReader(new Refs(root, OpenApiKeep.PARTS, this::catalogProblem), this::catalogProblem).read(root);
    Refs refs = new Refs(root, OpenApiKeep.PARTS, problems::add);
    Optional<Member> security = root.member("security");
    if (security.isPresent()) {
      rootSecurity = readSecurity(security.get(), "the root");
      rootSecurityBroken = rootSecurity == null || rootSecurity.broken;
    }
    Optional<Member> paths = root.member("paths");
    if (paths.isPresent()) {
      Node pathsNode = paths.get().value();
      if (!pathsNode.is(Node.Kind.OBJECT)) {
        structure(pathsNode.location(), "\"paths\" must be an object, not " + pathsNode.describe());
      } else {
        for (Member path : pathsNode.members()) {
          if (path.name().startsWith("x-")) {
            continue;
          }
          if (!path.name().startsWith("/")) {
            structure(path.location(), "path " + Text.quote(path.name()) + " must start with \"/\"");
            continue;
          }
          walkPathItem(path, refs);
        }
      }
    }
    collectOpenIdConnectScopes();
    catalog = DocumentCatalog.of(schemes.values(), options, this::catalogProblem);
    compileAll();
  }

  private boolean checkVersion(Node root) {
    Optional<Member> openapi = root.member("openapi");
    if (openapi.isEmpty()) {
      catalogProblem(SpecProblem.of(Kind.NOT_OPENAPI, root.location(),
          "no \"openapi\" field; this is not an OpenAPI 3.x document"));
      return false;
    }
    Node v = openapi.get().value();
    if (!v.is(Node.Kind.STRING) && !v.is(Node.Kind.NUMBER)) {
      catalogProblem(SpecProblem.of(Kind.STRUCTURE, v.location(),
          "\"openapi\" must be a version string such as \"3.1.0\", not " + v.describe()));
      return false;
    }
    String text = v.text();
    for (String minor : List.of("3.0", "3.1", "3.2")) {
      if (text.equals(minor) || text.startsWith(minor + ".")) {
        version = text;
        return true;
      }
    }
    catalogProblem(SpecProblem.of(Kind.STRUCTURE, v.location(),
        "unsupported OpenAPI version " + Text.quote(text) + "; this loader reads 3.0.x, 3.1.x and 3.2.x"));
    return false;
  }

  private boolean is30() {
    return version.startsWith("3.0");
  }

  private boolean is32() {
    return version.startsWith("3.2");
  }

  private void walkPathItem(Member path, Refs refs) {
    String where = "path item " + Text.quote(path.name());
    Node item = path.value();
    if (!item.is(Node.Kind.OBJECT)) {
      structure(item.location(), where + " must be an object, not " + item.describe());
      return;
    }
    Optional<Member> ref = Refs.refOf(item);
    if (ref.isPresent()) {
      for (Member field : item.members()) {
        if (isOperationField(field.name())) {
          structure(field.location(), where + " has both \"$ref\" and operations; move its operations into the"
              + " referenced path item");
          return;
        }
      }
      Optional<Node> target = refs.resolve(item, where);
      if (target.isEmpty()) {
        return;
      }
      item = target.get();
      if (!item.is(Node.Kind.OBJECT)) {
        structure(ref.get().value().location(), "$ref of " + where + " points at " + item.describe()
            + ", not a path item object");
        return;
      }
    }
    for (Member field : item.members()) {
      String name = field.name();
      if (item.member(name).orElseThrow() != field) {
        // A repeated field, reported with the duplicates; the first one counts, as for every lookup.
        continue;
      }
      if (METHODS_30.contains(name) || (is32() && name.equals("query"))) {
        walkOperation(path, field.name(), field);
      } else if (is32() && name.equals(OpenApiKeep.ADDITIONAL_OPERATIONS)) {
        walkAdditionalOperations(path, field);
      } else if (name.equals(REQUIRED_SCOPES)) {
        structure(field.location(), "\"x-required-scopes\" belongs on an operation, not on " + where);
      } else if (!PATH_ITEM_FIELDS.contains(name) && !name.startsWith("x-") && !name.equals("$ref")) {
        structure(field.location(), "unknown field " + Text.quote(name) + " in " + where + "; operations are "
            + String.join(", ", METHODS_30) + (is32() ? ", query and additionalOperations" : ""));
      }
    }
  }

  private boolean isOperationField(String name) {
    return METHODS_30.contains(name) || (is32() && (name.equals("query") || name.equals(OpenApiKeep.ADDITIONAL_OPERATIONS)));
  }

  private void walkAdditionalOperations(Member path, Member field) {
    Node map = field.value();
    if (!map.is(Node.Kind.OBJECT)) {
      structure(map.location(), "\"additionalOperations\" of path item " + Text.quote(path.name())
          + " must be an object of method: operation, not " + map.describe());
      return;
    }
    for (Member op : map.members()) {
      if (map.member(op.name()).orElseThrow() != op) {
        continue;
      }
      if (METHODS_30.contains(op.name().toLowerCase(Locale.ROOT)) || op.name().equalsIgnoreCase("query")) {
        structure(op.location(), "method " + Text.quote(op.name()) + " of path item " + Text.quote(path.name())
            + " belongs in the path item itself, not in additionalOperations");
        continue;
      }
      walkOperation(path, op.name(), op);
    }
  }

  private void walkOperation(Member path, String methodName, Member methodMember) {
    String method = methodName.toUpperCase(Locale.ROOT);
    String label = method + " " + path.name();
    Node op = methodMember.value();
    if (!op.is(Node.Kind.OBJECT)) {
      structure(op.location(), "operation " + label + " must be an object, not " + op.describe());
      raw.add(new RawOperation(method, path.name(), methodMember.location(), path.location(), op, null, true));
      return;
    }
    Security own = null;
    boolean broken = false;
    Optional<Member> security = op.member("security");
    if (security.isPresent()) {
      own = readSecurity(security.get(), label);
      broken = own == null;
    }
    raw.add(new RawOperation(method, path.name(), methodMember.location(), path.location(), op, own, broken));
  }

  /** Reads a {@code security} list as written; null (with the error reported) if it is not a list. */
  private @Nullable Security readSecurity(Member member, String owner) {
    Node list = member.value();
    if (!list.is(Node.Kind.ARRAY)) {
      structure(list.location(), "\"security\" of " + owner + " must be an array of requirement objects, not "
          + list.describe());
      return null;
    }
    Security security = new Security(member.location());
    for (Node item : list.items()) {
      Alternative alternative = new Alternative(item.location());
      security.alternatives.add(alternative);
      if (!item.is(Node.Kind.OBJECT)) {
        structure(item.location(), "a requirement in \"security\" of " + owner + " must be an object of scheme: [scopes], not "
            + item.describe());
        alternative.broken = true;
        continue;
      }
      for (Member use : item.members()) {
        SchemeReader.Scheme scheme = schemes.get(use.name());
        SchemeUse u = new SchemeUse(use.name(), use.location(), scheme);
        alternative.uses.add(u);
        if (scheme == null) {
          structure(use.location(), "\"security\" of " + owner + " names the scheme " + Text.quote(use.name())
              + ", which components.securitySchemes does not declare" + declaredSchemes());
          alternative.broken = true;
        }
        Node scopes = use.value();
        if (!scopes.is(Node.Kind.ARRAY)) {
          structure(scopes.location(), "the list of " + Text.quote(use.name()) + " in \"security\" of " + owner
              + " must be an array of scope strings, not " + scopes.describe());
          alternative.broken = true;
          continue;
        }
        for (Node entry : scopes.items()) {
          if (!entry.is(Node.Kind.STRING)) {
            structure(entry.location(), "an entry of " + Text.quote(use.name()) + " in \"security\" of " + owner
                + " must be a scope string, not " + entry.describe());
            alternative.broken = true;
          } else {
            u.entries.add(entry);
          }
        }
      }
      if (alternative.broken) {
        security.broken = true;
      }
    }
    return security;
  }

  private String declaredSchemes() {
    return schemes.isEmpty() ? " (it declares none)" : " (it declares " + String.join(", ", schemes.keySet()) + ")";
  }

  /** openIdConnect schemes declare no scopes in the document: their catalog is the scopes they are used with. */
  private void collectOpenIdConnectScopes() {
    List<Security> all = new ArrayList<>();
    if (rootSecurity != null) {
      all.add(rootSecurity);
    }
    for (RawOperation op : raw) {
      if (op.ownSecurity != null) {
        all.add(op.ownSecurity);
      }
    }
    for (Security security : all) {
      for (Alternative alternative : security.alternatives) {
        for (SchemeUse use : alternative.uses) {
          if (use.scheme != null && use.scheme.type == SecurityScheme.Type.OPEN_ID_CONNECT) {
            for (Node entry : use.entries) {
              use.scheme.scopes.putIfAbsent(entry.text(), new SchemeReader.Declared(
                  "used with the openIdConnect scheme " + use.scheme.name, entry.location()));
            }
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pass 3: compile against the catalog.

  private final Map<String, Operation> byId = new HashMap<>();

  private void compileAll() {
    if (rootSecurity != null) {
      for (Alternative a : rootSecurity.alternatives) {
        compile(a, "the root");
      }
    }
    TemplateCheck templates = new TemplateCheck(catalog, problems::add);
    for (RawOperation op : raw) {
      Operation operation = compile(op);
      templates.check(operation, op.pathLocation);
      checkOperationId(op, operation);
      operations.add(operation);
    }
    reportUnusedScopes();
  }

  private Operation compile(RawOperation op) {
    Optional<String> operationId = operationId(op);
    Security security = op.ownSecurity != null ? op.ownSecurity : rootSecurity;
    boolean inheritsBroken = op.ownSecurity == null && rootSecurityBroken;
    boolean broken = op.broken || inheritsBroken;
    List<SecurityRequirement> written = new ArrayList<>();
    boolean anonymous = false;
    boolean passesWithoutToken = false;
    boolean anyToken = false;
    List<Requirement> alternatives = new ArrayList<>();
    List<Alternative> nonScope = new ArrayList<>();
    if (security != null) {
      for (Alternative a : security.alternatives) {
        written.add(a.toPublic());
        compile(a, op.label());
        if (a.broken) {
          broken = true;
          continue;
        }
        if (a.isAnonymous()) {
          anonymous = true;
        } else if (a.requirement != null) {
          if (!alternatives.contains(a.requirement)) {
            alternatives.add(a.requirement);
          }
          anyToken |= a.requirement.scopes().isEmpty();
        } else {
          nonScope.add(a);
          passesWithoutToken |= a.nonScopeOnly && options.nonScopeSchemes() == NonScopeSchemes.AUTHENTICATED_ELSEWHERE;
        }
      }
    }
    boolean explicitPublic = security != null && security.alternatives.isEmpty();
    Optional<Member> declared = op.node.member(REQUIRED_SCOPES);
    Requirement required = null;
    if (declared.isPresent()) {
      RequiredScopes r = readRequiredScopes(op, declared.get());
      if (r.invalid) {
        broken = true;
      } else if (r.requirement == null) {
        problems.add(SpecProblem.of(Kind.MISSING_REQUIRED_SCOPES, declared.get().location(), op.label()
            + " declares an empty x-required-scopes; list the scopes it needs, or make it public with security: []"));
      } else {
        required = r.requirement;
      }
    }
    if (broken) {
      return operation(op, operationId, Operation.Access.BROKEN, Optional.empty(), written, false);
    }
    if (explicitPublic || anonymous) {
      if (declared.isPresent()) {
        drift(op, declared.get(), security, explicitPublic
            ? op.label() + " is public (security: [] at line " + security.location.line() + ", column "
                + security.location.column() + ") but declares x-required-scopes; remove one of them"
            : op.label() + " allows anonymous access (security: {} at line " + security.location.line() + ", column "
                + security.location.column() + ") but declares x-required-scopes; remove one of them");
        return operation(op, operationId, Operation.Access.BROKEN, Optional.empty(), written, false);
      }
      return operation(op, operationId, Operation.Access.PUBLIC, Optional.empty(), written, false);
    }
    if (!alternatives.isEmpty()) {
      if (declared.isPresent() && !agree(alternatives, required)) {
        drift(op, declared.get(), security, op.label() + ": security (line " + security.location.line() + ", column "
            + security.location.column() + ") requires " + describe(alternatives) + ", but x-required-scopes requires "
            + (required == null ? "no scope" : required.scopes().toString()) + "; make them agree, or remove"
            + " x-required-scopes");
        return operation(op, operationId, Operation.Access.BROKEN, Optional.empty(), written, false);
      }
      if (anyToken) {
        problems.add(SpecProblem.of(Kind.NO_SCOPE_CHECK, op.location, op.label() + " accepts any valid token: its"
            + " security names a scheme with an empty scope list"));
      }
      if (passesWithoutToken) {
        noteElsewhere(op, nonScope);
      }
      return operation(op, operationId, Operation.Access.SCOPED, Optional.of(AccessRule.anyOf(alternatives)), written,
          passesWithoutToken);
    }
    if (required != null) {
      // x-required-scopes states what the bearer token needs where security names only schemes
      // without scopes (an http bearer scheme, say) or nothing at all.
      return operation(op, operationId, Operation.Access.SCOPED, Optional.of(AccessRule.of(required)), written, false);
    }
    if (declared.isPresent()) {
      return operation(op, operationId, Operation.Access.UNDECLARED, Optional.empty(), written, false);
    }
    if (!nonScope.isEmpty()) {
      if (passesWithoutToken) {
        noteElsewhere(op, nonScope);
      } else {
        problems.add(SpecProblem.of(Kind.MISSING_REQUIRED_SCOPES, op.location, op.label() + " can only be called with "
            + schemesOf(nonScope) + ", which a scope claim cannot satisfy, so the guard denies it; if the service"
            + " checks that itself, read the document with non-scope schemes authenticated elsewhere"));
      }
      return operation(op, operationId, Operation.Access.NON_SCOPE, Optional.empty(), written, passesWithoutToken);
    }
    problems.add(SpecProblem.of(Kind.MISSING_REQUIRED_SCOPES, op.location, op.label() + " declares no security"
        + " requirement (neither it nor the root has \"security\") and no x-required-scopes; OpenAPI leaves it open, so"
        + " the guard denies it; declare its security, or security: [] if it is public"));
    return operation(op, operationId, Operation.Access.UNDECLARED, Optional.empty(), written, false);
  }

  private void noteElsewhere(RawOperation op, List<Alternative> nonScope) {
    problems.add(SpecProblem.of(Kind.NO_SCOPE_CHECK, op.location, op.label() + " may be called with "
        + schemesOf(nonScope) + ", which the service authenticates itself: the guard lets a request without a bearer"
        + " token through to it"));
  }

  private static String schemesOf(List<Alternative> alternatives) {
    List<String> parts = new ArrayList<>();
    for (Alternative a : alternatives) {
      List<String> names = new ArrayList<>();
      for (SchemeUse use : a.uses) {
        names.add(use.name + " (" + (use.scheme == null ? "?" : use.scheme.type.id()) + ")");
      }
      String part = String.join(" and ", names);
      if (!parts.contains(part)) {
        parts.add(part);
      }
    }
    return String.join(" or ", parts);
  }

  private static String describe(List<Requirement> alternatives) {
    List<String> parts = new ArrayList<>();
    for (Requirement r : alternatives) {
      parts.add(r.scopes().toString());
    }
    return String.join(" or ", parts);
  }

  /** Whether the scope alternatives of {@code security} say exactly what x-required-scopes says. */
  private static boolean agree(List<Requirement> alternatives, @Nullable Requirement required) {
    if (alternatives.size() != 1) {
      return false;
    }
    Set<Scope> security = new HashSet<>(alternatives.get(0).scopes());
    Set<Scope> declared = required == null ? Set.of() : new HashSet<>(required.scopes());
    return security.equals(declared);
  }

  private void drift(RawOperation op, Member declared, @Nullable Security security, String message) {
    SourceLocation other = security == null ? op.location : security.location;
    problems.add(SpecProblem.related(Kind.SCOPE_DRIFT, declared.location(), message, other));
  }

  private Operation operation(RawOperation op, Optional<String> operationId, Operation.Access access,
      Optional<AccessRule> rule, List<SecurityRequirement> written, boolean passesWithoutToken) {
    return new Operation(op.method, op.path, operationId, access, rule, written, passesWithoutToken, op.location);
  }

  private Optional<String> operationId(RawOperation op) {
    Optional<Member> idMember = op.node.member("operationId");
    if (idMember.isEmpty()) {
      return Optional.empty();
    }
    Node id = idMember.get().value();
    if (!id.is(Node.Kind.STRING)) {
      structure(id.location(), "\"operationId\" of " + op.label() + " must be a string, not " + id.describe());
      return Optional.empty();
    }
    return Optional.of(id.text());
  }

  private void checkOperationId(RawOperation op, Operation operation) {
    if (operation.operationId().isEmpty()) {
      return;
    }
    String id = operation.operationId().get();
    Operation earlier = byId.putIfAbsent(id, operation);
    if (earlier != null) {
      Node idNode = op.node.get("operationId").orElseThrow();
      problems.add(SpecProblem.related(Kind.STRUCTURE, idNode.location(), "operationId " + Text.quote(id) + " of "
          + op.label() + " is already used by " + earlier.method() + " " + earlier.path() + " (line "
          + earlier.location().line() + ")", earlier.location()));
    }
  }

  /**
   * Compiles one requirement object once: its scopes checked against their schemes and the
   * catalog, with every problem reported once however many operations inherit it.
   */
  private void compile(Alternative a, String owner) {
    if (a.compiled) {
      return;
    }
    a.compiled = true;
    if (a.broken || a.uses.isEmpty()) {
      return;
    }
    boolean scopeSchemes = false;
    boolean otherSchemes = false;
    List<Scope> scopes = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<String> schemeOf = new ArrayList<>();
    for (SchemeUse use : a.uses) {
      SchemeReader.Scheme scheme = use.scheme;
      if (scheme == null) {
        return;
      }
      if (!scheme.type.hasScopes()) {
        otherSchemes = true;
        if (!use.entries.isEmpty()) {
          if (is30()) {
            structure(use.entries.get(0).location(), "the list of " + scheme + " in the security of " + owner
                + " must be empty in OpenAPI 3.0: only oauth2 and openIdConnect schemes list scopes");
            a.broken = true;
          } else {
            problems.add(SpecProblem.of(Kind.UNCHECKED_ROLES, use.entries.get(0).location(), "the security of " + owner
                + " lists roles for " + scheme + "; the guard checks scopes only, so the service must check these roles"));
          }
        }
        continue;
      }
      scopeSchemes = true;
      for (Node entry : use.entries) {
        String text = entry.text();
        used.computeIfAbsent(scheme.name, k -> new HashSet<>()).add(text);
        if (scheme.type == SecurityScheme.Type.OAUTH2 && !scheme.scopes.containsKey(text)) {
          problems.add(SpecProblem.aboutScope(Kind.UNDECLARED_SCOPE, entry.location(), "the security of " + owner
              + " requires " + Text.quote(text) + ", which the scheme " + scheme.name + " does not declare"
              + declaredScopes(scheme, text), text));
          a.broken = true;
          continue;
        }
        try {
          scopes.add(catalog.parse(text));
          nodes.add(entry);
          schemeOf.add(scheme.name);
        } catch (InvalidScopeException e) {
          problems.add(SpecProblem.invalidScope(entry.location(), e.getMessage(), text, e.problem()));
          a.broken = true;
        }
      }
    }
    if (a.broken) {
      return;
    }
    reportRedundancies(scopes, nodes, schemeOf, owner);
    if (!otherSchemes) {
      a.requirement = catalog.requirement(scopes);
    } else if (!scopeSchemes) {
      a.nonScopeOnly = true;
    } else if (options.nonScopeSchemes() == NonScopeSchemes.AUTHENTICATED_ELSEWHERE) {
      a.requirement = catalog.requirement(scopes);
    }
  }

  /** What the scheme does declare: the engine's suggestion when it is one of them, else the list if short. */
  private String declaredScopes(SchemeReader.Scheme scheme, String text) {
    if (scheme.scopes.isEmpty()) {
      return " (its flows declare no scope)";
    }
    try {
      catalog.parse(text);
    } catch (InvalidScopeException e) {
      Optional<Scope> close = e.suggestion();
      if (close.isPresent() && scheme.scopes.containsKey(close.get().toString())) {
        return " (did you mean " + Text.quote(close.get().toString()) + "?)";
      }
    }
    return scheme.scopes.size() <= 8 ? " (it declares " + String.join(", ", scheme.scopes.keySet()) + ")" : "";
  }

  /**
   * Repeats and wildcards beside their verbs are redundant; scopes that imply one another (by the
   * catalog's implications, or by their names: {@code X} and {@code X.read}) usually mean "either".
   */
  private void reportRedundancies(List<Scope> scopes, List<Node> nodes, List<String> schemeOf, String owner) {
    Set<Integer> flagged = new HashSet<>();
    for (Redundancy r : catalog.redundancies(scopes)) {
      Node entry = nodes.get(r.index());
      flagged.add(r.index());
      if (r.kind() == Redundancy.Kind.DUPLICATE) {
        problems.add(SpecProblem.aboutScope(Kind.DUPLICATE_SCOPE, entry.location(), r.reason(), entry.text()));
      } else if (r.coveredBy().isWildcard()) {
        problems.add(SpecProblem.aboutScope(Kind.REDUNDANT_SCOPE, entry.location(), r.reason(), entry.text()));
      } else {
        implied(entry, r.coveredBy().toString(), "the catalog declares that " + r.coveredBy() + " grants it",
            schemeOf.get(r.index()), owner);
      }
    }
    for (int i = 0; i < scopes.size(); i++) {
      if (flagged.contains(i)) {
        continue;
      }
      String narrow = scopes.get(i).toString();
      for (Scope other : scopes) {
        String broad = other.toString();
        if (narrow.length() > broad.length() + 1 && narrow.startsWith(broad) && narrow.charAt(broad.length()) == '.') {
          implied(nodes.get(i), broad, "its name extends " + broad + "'s", schemeOf.get(i), owner);
          break;
        }
      }
    }
  }

  private void implied(Node entry, String broad, String why, String scheme, String owner) {
    String narrow = entry.text();
    problems.add(SpecProblem.aboutScope(Kind.IMPLIED_SCOPE, entry.location(), "the security of " + owner + " requires "
        + narrow + " together with " + broad + " (" + why + "), so a token needs both; if either one should do, list them"
        + " as alternatives: security: [{" + scheme + ": [" + broad + "]}, {" + scheme + ": [" + narrow + "]}]", narrow));
  }

  /** What {@code x-required-scopes} says: invalid (errors reported), nothing (an empty list), or a requirement. */
  private static final class RequiredScopes {
    final boolean invalid;
    final @Nullable Requirement requirement;

    RequiredScopes(boolean invalid, @Nullable Requirement requirement) {
      this.invalid = invalid;
      this.requirement = requirement;
    }
  }

  private RequiredScopes readRequiredScopes(RawOperation op, Member declared) {
    Node value = declared.value();
    if (!value.is(Node.Kind.ARRAY)) {
      structure(value.location(), "\"x-required-scopes\" of " + op.label() + " must be an array of scope strings, not "
          + value.describe());
      return new RequiredScopes(true, null);
    }
    List<Scope> scopes = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    boolean invalid = false;
    List<Node> items = value.items();
    for (int i = 0; i < items.size(); i++) {
      Node entry = items.get(i);
      if (!entry.is(Node.Kind.STRING)) {
        structure(entry.location(), "entry " + (i + 1) + " of \"x-required-scopes\" of " + op.label()
            + " must be a scope string, not " + entry.describe());
        invalid = true;
        continue;
      }
      try {
        scopes.add(catalog.parse(entry.text()));
        nodes.add(entry);
        for (SchemeReader.Scheme s : schemes.values()) {
          if (s.scopes.containsKey(entry.text())) {
            used.computeIfAbsent(s.name, k -> new HashSet<>()).add(entry.text());
          }
        }
      } catch (InvalidScopeException e) {
        problems.add(SpecProblem.invalidScope(entry.location(), e.getMessage(), entry.text(), e.problem()));
        invalid = true;
      }
    }
    for (Redundancy r : catalog.redundancies(scopes)) {
      Node entry = nodes.get(r.index());
      Kind kind = r.kind() == Redundancy.Kind.DUPLICATE ? Kind.DUPLICATE_SCOPE : Kind.REDUNDANT_SCOPE;
      problems.add(SpecProblem.aboutScope(kind, entry.location(), r.reason(), entry.text()));
    }
    if (invalid) {
      return new RequiredScopes(true, null);
    }
    return new RequiredScopes(false, scopes.isEmpty() ? null : catalog.requirement(scopes));
  }

  private void reportUnusedScopes() {
    for (SchemeReader.Scheme scheme : schemes.values()) {
      if (scheme.type != SecurityScheme.Type.OAUTH2) {
        continue;
      }
      Set<String> usedHere = used.getOrDefault(scheme.name, Set.of());
      Set<String> reportedHere = new LinkedHashSet<>();
      scheme.scopes.forEach((scope, d) -> {
        if (!usedHere.contains(scope) && reportedHere.add(scope)) {
          problems.add(SpecProblem.aboutScope(Kind.UNUSED_SCOPE, d.location(), "the scheme " + scheme.name + " declares "
              + Text.quote(scope) + ", but no operation requires it", scope));
        }
      });
    }
  }

  private void structure(SourceLocation at, String message) {
    problems.add(SpecProblem.of(Kind.STRUCTURE, at, message));
  }
}
