package dev.scopegate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A redundant entry of a scope list, found by {@link ScopeCatalog#redundancies}: removing it
 * changes nothing the list grants.
 *
 * {@snippet :
 * catalog.redundancies(catalog.parseAll("workflow:read workflow:*"));
 * // [workflow:read at 0: workflow:read is redundant: workflow:* grants every workflow verb]
 * }
 */
public final class Redundancy {
  /** Why an entry is redundant. */
  public enum Kind {
    /**
     * Another entry of the list grants it: its family's wildcard, or a scope whose declared
     * implications reach it.
     */
    SUBSUMED,
    /** The same scope stands earlier in the list. */
    DUPLICATE
  }

  private final Scope scope;
  private final int index;
  private final Kind kind;
  private final Scope coveredBy;

  Redundancy(Scope scope, int index, Kind kind, Scope coveredBy) {
    this.scope = scope;
    this.index = index;
    this.kind = kind;
    this.coveredBy = coveredBy;
  }

  /**
   * The redundant scope.
   *
   * @return the scope
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Its index in the list, counting from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Why it is redundant.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * What makes it redundant: the entry that grants it (the family wildcard when the list has it),
   * or (for a duplicate) the scope itself.
   *
   * @return the covering scope
   */
  public Scope coveredBy() {
    return coveredBy;
  }

  /**
   * The reason in words: {@code workflow:read is redundant: workflow:* grants every workflow verb},
   * {@code accounting.transactions.read is redundant: accounting.transactions grants it} or {@code
   * file:read is redundant: it repeats an earlier entry}.
   *
   * @return the reason
   */
  public String reason() {
    if (kind == Kind.DUPLICATE) {
      return scope + " is redundant: it repeats an earlier entry";
    }
    if (coveredBy.isWildcard() && !scope.isWildcard() && coveredBy.family().equals(scope.family())) {
      return scope + " is redundant: " + coveredBy + " grants every " + scope.family() + " verb";
    }
    return scope + " is redundant: " + coveredBy + " grants it";
  }

  /**
   * Redundancies are equal when scope, index, kind and cover are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal redundancy
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Redundancy)) {
      return false;
    }
    Redundancy that = (Redundancy) other;
    return index == that.index && scope.equals(that.scope) && kind == that.kind && coveredBy.equals(that.coveredBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, index, kind, coveredBy);
  }

  /**
   * {@code workflow:read at 0: workflow:read is redundant: workflow:* grants every workflow verb}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return scope + " at " + index + ": " + reason();
  }
}
