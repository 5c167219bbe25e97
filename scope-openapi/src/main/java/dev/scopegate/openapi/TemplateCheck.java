package dev.scopegate.openapi;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.guard.DuplicateRouteException;
import dev.scopegate.guard.RouteTable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks every operation's method and path template with the guard's own rules, by declaring it
 * in a route table as {@link OpenApiSpec#routeTable()} will: a template the guard refuses is an
 * error with the path's position, so a document that loads clean never fails at start-up.
 *
 * <p>Two operations of one method whose templates match the same paths ({@code /Contacts/{ContactID}}
 * and {@code /Contacts/{ContactNumber}}) are one route to the guard, which cannot tell them apart by
 * path. When they require exactly the same, that is a note and the route table holds the first;
 * when they require different things, which one the guard should enforce is unknowable, and it is
 * an error naming both.
 */
final class TemplateCheck {
  private final RouteTable.Builder routes;
  private final Consumer<SpecProblem> problems;
  private final Map<String, Operation> declared = new HashMap<>();

  TemplateCheck(ScopeCatalog catalog, Consumer<SpecProblem> problems) {
    this.routes = RouteTable.builder(catalog);
    this.problems = problems;
  }

  void check(Operation op, SourceLocation at) {
    try {
      routes.publicRoute(op.method(), op.path());
      declared.putIfAbsent(op.method() + " " + op.path(), op);
    } catch (IllegalArgumentException e) {
      Operation first = duplicateOf(e, declared);
      if (first == null) {
        problems.accept(SpecProblem.of(SpecProblem.Kind.INVALID_TEMPLATE, at, e.getMessage()));
      } else if (sameRule(first, op)) {
        problems.accept(SpecProblem.related(SpecProblem.Kind.SAME_ROUTE, at, op.method() + " " + op.path()
            + " matches the same paths as " + first.method() + " " + first.path() + " (line " + first.location().line()
            + ") and requires the same, so the guard enforces them as one route", first.location()));
      } else {
        problems.accept(SpecProblem.related(SpecProblem.Kind.INVALID_TEMPLATE, at, op.method() + " " + op.path()
            + " matches the same paths as " + first.method() + " " + first.path() + " (line " + first.location().line()
            + "), which requires something else; the guard cannot tell them apart by path, so give them one"
            + " template or the same security", first.location()));
      }
    }
  }

  /** Whether the guard would decide every request to either operation alike. */
  static boolean sameRule(Operation a, Operation b) {
    return a.access() == b.access() && a.rule().equals(b.rule()) && a.passesWithoutToken() == b.passesWithoutToken();
  }

  /**
   * For the guard's duplicate-route refusal, the operation declared first that it names as
   * already matching the same paths; null for any other refusal.
   *
   * @param refusal what the route table threw
   * @param declared the operations declared so far, by {@code "METHOD template"}
   */
  static @Nullable Operation duplicateOf(IllegalArgumentException refusal, Map<String, Operation> declared) {
    if (!(refusal instanceof DuplicateRouteException)) {
      return null;
    }
    DuplicateRouteException duplicate = (DuplicateRouteException) refusal;
    return declared.get(duplicate.method() + " " + duplicate.existingTemplate());
  }
}
