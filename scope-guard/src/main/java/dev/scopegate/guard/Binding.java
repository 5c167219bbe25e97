package dev.scopegate.guard;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One binding of a route to the token: a path parameter that must equal a token claim ({@code
 * {orgId}} and {@code org_id}), or the mode of the namespace a path parameter names, which must
 * equal the token's mode claim. Declared on a {@link RouteTable} with {@link
 * RouteTable.Builder#bind} and {@link RouteTable.Builder#bindMode}, and enforced by the {@link
 * Guard} on every protected route whose template has the parameter.
 *
 * {@snippet :
 * route.bindings();   // [{orgId} = org_id, {namespaceKey} = namespace, mode of {namespaceKey} = mode]
 * }
 */
public final class Binding {
  /** What a binding compares. */
  public enum Kind {
    /** The path parameter's raw value must be the claim's value, or one of its values when it is a list. */
    PARAMETER,
    /** The mode the {@link ModeLookup} gives for the path's namespace must be the claim's value. */
    MODE
  }

  private final Kind kind;
  private final String parameter;
  private final String claim;

  Binding(Kind kind, String parameter, String claim) {
    this.kind = kind;
    this.parameter = parameter;
    this.claim = claim;
  }

  /**
   * What the binding compares.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The path parameter, as named in the templates.
   *
   * @return the name, such as {@code "orgId"}
   */
  public String parameter() {
    return parameter;
  }

  /**
   * The token claim.
   *
   * @return the claim's name, such as {@code "org_id"}
   */
  public String claim() {
    return claim;
  }

  /**
   * Bindings are equal when kind, parameter and claim are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal binding
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Binding)) {
      return false;
    }
    Binding that = (Binding) other;
    return kind == that.kind && parameter.equals(that.parameter) && claim.equals(that.claim);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, parameter, claim);
  }

  /**
   * {@code {orgId} = org_id} or {@code mode of {namespaceKey} = mode}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return (kind == Kind.MODE ? "mode of {" : "{") + parameter + "} = " + claim;
  }
}
