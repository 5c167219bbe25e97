package dev.scopegate.openapi;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The document's tenant bindings, the root-level extension {@value #NAME}: path parameters bound to
 * token claims, and the namespace's live/test mode bound to the token's mode claim, declared on the
 * route table the document makes ({@link OpenApiSpec#routeTable()}) as {@link
 * RouteTable.Builder#bind} and {@link RouteTable.Builder#bindMode} would.
 *
 * {@snippet lang=yaml :
 * x-scopegate-bindings:
 *   parameters:          # path parameter: token claim
 *     orgId: org_id
 *     namespaceKey: namespace
 *   mode:                # optional; the guard needs a ModeLookup
 *     parameter: namespaceKey
 *     claim: mode
 * }
 *
 * <p>Anything else in it is an error at its position: another field, a value that is not a string,
 * an invalid parameter name, an empty claim, a half mode binding, or a parameter that no protected
 * operation's path has. Such a document has no route table, so a binding is never silently lost.
 */
final class BindingsExtension {
  /** The extension's name, at the document's root. */
  static final String NAME = "x-scopegate-bindings";

  static final BindingsExtension NONE = new BindingsExtension(List.of(), null);

  /** What a binding is checked against: the document's operations and catalog. */
  private record Scope(List<Operation> operations, ScopeCatalog catalog) {}

  /** A declared binding: the parameter, the claim, and where it is written. */
  private record Declared(String parameter, String claim, Member at) {}

  private final List<Declared> parameters;
  private final @Nullable Declared mode;

  private BindingsExtension(List<Declared> parameters, @Nullable Declared mode) {
    this.parameters = List.copyOf(parameters);
    this.mode = mode;
  }

  /**
   * Reads the extension from the document's root, adding a problem for each thing wrong with it.
   *
   * @param root the document's root
   * @param operations the document's operations, whose paths the parameters must appear in
   * @param catalog the document's catalog
   * @param problems where problems go
   * @return the bindings; {@link #NONE} without the extension
   */
  static BindingsExtension read(Node root, List<Operation> operations, ScopeCatalog catalog, List<SpecProblem> problems) {
    if (!root.is(Node.Kind.OBJECT)) {
      return NONE;
    }
    Optional<Member> extension = root.member(NAME);
    if (extension.isEmpty()) {
      return NONE;
    }
    Node value = extension.get().value();
    if (!value.is(Node.Kind.OBJECT)) {
      problems.add(structure(value, NAME + " must be an object with \"parameters\" and \"mode\", not " + value.kind().description()));
      return NONE;
    }
    List<Declared> parameters = new ArrayList<>();
    Declared mode = null;
    for (Member m : value.members()) {
      switch (m.name()) {
        case "parameters" -> parameters(m, new Scope(operations, catalog), parameters, problems);
        case "mode" -> mode = mode(m, new Scope(operations, catalog), problems);
        default -> problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, m.location(),
            NAME + " has an unknown field \"" + m.name() + "\"; it takes \"parameters\" and \"mode\""));
      }
    }
    return new BindingsExtension(parameters, mode);
  }

  private static void parameters(Member field, Scope operations, List<Declared> out, List<SpecProblem> problems) {
    Node map = field.value();
    if (!map.is(Node.Kind.OBJECT)) {
      problems.add(structure(map, NAME + ".parameters must be an object of path parameter: token claim, not "
          + map.kind().description()));
      return;
    }
    for (Member m : map.members()) {
      String where = NAME + ".parameters." + m.name();
      if (!m.value().is(Node.Kind.STRING)) {
        problems.add(structure(m.value(), where + " must be a token claim's name (a string), not " + m.value().kind().description()));
      } else if (check(m, where, m.name(), m.value().text(), false, operations, problems)) {
        out.add(new Declared(m.name(), m.value().text(), m));
      }
    }
  }

  private static @Nullable Declared mode(Member field, Scope operations, List<SpecProblem> problems) {
    Node object = field.value();
    String where = NAME + ".mode";
    if (!object.is(Node.Kind.OBJECT)) {
      problems.add(structure(object, where + " must be an object with \"parameter\" and \"claim\", not " + object.kind().description()));
      return null;
    }
    String parameter = null;
    String claim = null;
    for (Member m : object.members()) {
      if (!m.name().equals("parameter") && !m.name().equals("claim")) {
        problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, m.location(),
            where + " has an unknown field \"" + m.name() + "\"; it takes \"parameter\" and \"claim\""));
      } else if (!m.value().is(Node.Kind.STRING)) {
        problems.add(structure(m.value(), where + "." + m.name() + " must be a string, not " + m.value().kind().description()));
      } else if (m.name().equals("parameter")) {
        parameter = m.value().text();
      } else {
        claim = m.value().text();
      }
    }
    if (parameter == null || claim == null) {
      problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, field.location(),
          where + " needs both \"parameter\" (the path parameter naming the namespace) and \"claim\" (the token's mode claim)"));
      return null;
    }
    return check(field, where, parameter, claim, true, operations, problems) ? new Declared(parameter, claim, field) : null;
  }

  /**
   * Whether the guard takes the binding (a valid parameter name, a claim) and a protected
   * operation's path has the parameter; otherwise adds the reason at the binding's position.
   */
  private static boolean check(Member at, String where, String parameter, String claim, boolean isMode,
      Scope operations, List<SpecProblem> problems) {
    RouteTable.Builder scratch = RouteTable.builder(operations.catalog());
    try {
      if (isMode) {
        scratch.bindMode(parameter, claim);
      } else {
        scratch.bind(parameter, claim);
      }
    } catch (IllegalArgumentException e) {
      problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at.location(), where + ": " + e.getMessage()));
      return false;
    }
    String segment = "{" + parameter + "}";
    for (Operation o : operations.operations()) {
      if (o.access() != Operation.Access.PUBLIC && o.path().contains(segment)) {
        return true;
      }
    }
    problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at.location(),
        where + " binds nothing: no protected operation has a " + segment + " parameter"));
    return false;
  }

  private static SpecProblem structure(Node at, String message) {
    return SpecProblem.of(SpecProblem.Kind.STRUCTURE, at.location(), message);
  }

  /** Declares the bindings on the document's table. */
  void declare(RouteTable.Builder builder) {
    for (Declared d : parameters) {
      builder.bind(d.parameter(), d.claim());
    }
    Declared m = mode;
    if (m != null) {
      builder.bindMode(m.parameter(), m.claim());
    }
  }

  /** Whether the document declares any binding. */
  boolean isEmpty() {
    return parameters.isEmpty() && mode == null;
  }
}
