package dev.scopegate.openapi;

import dev.scopegate.internal.Text;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code components.securitySchemes}: each scheme's type and, for {@code oauth2}, the scopes
 * every flow declares, with their descriptions and positions.
 */
final class SchemeReader {
  /** OAuth2 flows: OpenAPI 3.0 and 3.1's four, and 3.2's {@code deviceAuthorization}. */
  static final List<String> FLOWS =
      List.of("implicit", "password", "clientCredentials", "authorizationCode", "deviceAuthorization");

  /** A scope as a scheme declares it. */
  record Declared(String description, SourceLocation location) {}

  /** One scheme as read. */
  static final class Scheme {
    final String name;
    final SecurityScheme.Type type;
    final SourceLocation location;
    /** For oauth2: the scopes its flows declare; for openIdConnect: the scopes it is used with. */
    final Map<String, Declared> scopes = new LinkedHashMap<>();

    Scheme(String name, SecurityScheme.Type type, SourceLocation location) {
      this.name = name;
      this.type = type;
      this.location = location;
    }

    SecurityScheme toPublic() {
      Map<String, String> descriptions = new LinkedHashMap<>();
      scopes.forEach((k, v) -> descriptions.put(k, v.description()));
      return new SecurityScheme(name, type, descriptions, location);
    }

    @Override
    public String toString() {
      return name + " (" + type.id() + ")";
    }
  }

  private final Refs refs;
  private final Consumer<SpecProblem> problems;

  SchemeReader(Refs refs, Consumer<SpecProblem> problems) {
    this.refs = refs;
    this.problems = problems;
  }

  /**
   * The schemes of the document, by name in document order; a scheme that cannot be read is left
   * out (with its error reported), so a requirement naming it is an error too.
   */
  Map<String, Scheme> read(Node root) {
    Map<String, Scheme> schemes = new LinkedHashMap<>();
    Optional<Node> components = root.get("components");
    if (components.isEmpty()) {
      return schemes;
    }
    Node c = components.get();
    if (!c.is(Node.Kind.OBJECT)) {
      structure(c, "\"components\" must be an object, not " + c.describe());
      return schemes;
    }
    Optional<Node> declared = c.get("securitySchemes");
    if (declared.isEmpty()) {
      return schemes;
    }
    if (!declared.get().is(Node.Kind.OBJECT)) {
      structure(declared.get(), "\"securitySchemes\" must be an object of schemes, not " + declared.get().describe());
      return schemes;
    }
    for (Member m : declared.get().members()) {
      if (schemes.containsKey(m.name())) {
        continue;
      }
      readScheme(m).ifPresent(s -> schemes.put(s.name, s));
    }
    return schemes;
  }

  private Optional<Scheme> readScheme(Member member) {
    String what = "security scheme " + Text.quote(member.name());
    Optional<Node> resolved = refs.resolve(member.value(), what);
    if (resolved.isEmpty()) {
      return Optional.empty();
    }
    Node scheme = resolved.get();
    if (!scheme.is(Node.Kind.OBJECT)) {
      structure(scheme, what + " must be an object, not " + scheme.describe());
      return Optional.empty();
    }
    Optional<Node> typeNode = scheme.get("type");
    if (typeNode.isEmpty()) {
      structure(scheme, what + " has no \"type\"");
      return Optional.empty();
    }
    Node t = typeNode.get();
    SecurityScheme.Type type = null;
    for (SecurityScheme.Type candidate : SecurityScheme.Type.values()) {
      if (t.is(Node.Kind.STRING) && candidate.id().equals(t.text())) {
        type = candidate;
      }
    }
    if (type == null) {
      structure(t, "\"type\" of " + what + " is " + (t.is(Node.Kind.STRING) ? Text.quote(t.text()) : t.describe())
          + "; the types are apiKey, http, mutualTLS, oauth2,"
          + " openIdConnect");
      return Optional.empty();
    }
    Scheme read = new Scheme(member.name(), type, member.location());
    if (type == SecurityScheme.Type.OAUTH2 && !readFlows(scheme, what, read)) {
      return Optional.empty();
    }
    return Optional.of(read);
  }

  /** Reads an oauth2 scheme's flows into its scopes; false (errors reported) if they are unusable. */
  private boolean readFlows(Node scheme, String what, Scheme into) {
    Optional<Member> flows = scheme.member("flows");
    if (flows.isEmpty()) {
      structure(scheme, what + " is oauth2 but has no \"flows\"");
      return false;
    }
    Node f = flows.get().value();
    if (!f.is(Node.Kind.OBJECT)) {
      structure(f, "\"flows\" of " + what + " must be an object, not " + f.describe());
      return false;
    }
    boolean ok = true;
    for (Member flow : f.members()) {
      if (flow.name().startsWith("x-")) {
        continue;
      }
      if (!FLOWS.contains(flow.name())) {
        structure(flow.value(), "unknown flow " + Text.quote(flow.name()) + " in " + what + "; the flows are "
            + String.join(", ", FLOWS));
        ok = false;
        continue;
      }
      ok &= readScopes(flow, what, into);
    }
    return ok;
  }

  private boolean readScopes(Member flow, String what, Scheme into) {
    String where = "the " + flow.name() + " flow of " + what;
    Node f = flow.value();
    if (!f.is(Node.Kind.OBJECT)) {
      structure(f, where + " must be an object, not " + f.describe());
      return false;
    }
    Optional<Member> scopes = f.member("scopes");
    if (scopes.isEmpty()) {
      structure(f, where + " has no \"scopes\"; write \"scopes: {}\" for a flow without scopes");
      return false;
    }
    Node s = scopes.get().value();
    if (!s.is(Node.Kind.OBJECT)) {
      structure(s, "\"scopes\" of " + where + " must be an object of scope: description, not " + s.describe());
      return false;
    }
    boolean ok = true;
    for (Member scope : s.members()) {
      Node description = scope.value();
      if (!description.is(Node.Kind.STRING)) {
        structure(description, "the description of scope " + Text.quote(scope.name()) + " in " + where
            + " must be a string, not " + description.describe());
        ok = false;
        continue;
      }
      into.scopes.putIfAbsent(scope.name(), new Declared(description.text(), scope.location()));
    }
    return ok;
  }

  private void structure(Node at, String message) {
    problems.accept(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at.location(), message));
  }
}
