package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.testing.TestCatalogs;
import java.util.AbstractSequentialList;
import java.util.Collections;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;

/**
 * Defects the hardening work found in the engine (both fixed), kept as regression tests: a family
 * builder that accepted scopes over the length limit, and a list-claim check that was quadratic on
 * sequential lists.
 */
class DefectRegressionTest {

  /**
   * A catalog must not declare a scope the grammar rejects. The builder checks the family name
   * and each verb against the 128-character limit separately, so a 127-character family with the
   * verb {@code read} declares a 132-character scope: the catalog parses and grants it, but
   * {@code Scope.parse} of its own {@code toString()} throws TOO_LONG.
   */
  @Test
  void aFamilyCannotDeclareAScopeLongerThanTheLimit() {
    String family = "f" + "a".repeat(126);
    String scope = family + ":read";
    assertThat(scope).hasSize(132);
    assertThatThrownBy(() -> ScopeFamily.builder(family, "F").verb("read", "R").build())
        .as("declaring %s (%s characters)", scope, scope.length())
        .isInstanceOf(InvalidScopeException.class)
        .satisfies(e -> {
          assertThat(((InvalidScopeException) e).problem()).isEqualTo(ScopeProblem.TOO_LONG);
          assertThat(((InvalidScopeException) e).getMessage()).contains("a scope has at most 128");
        });
  }

  /**
   * {@code Requirement.check(List)} reads the claim with {@code get(i)}, which is linear per call
   * on a sequential list such as {@code LinkedList}: the check becomes quadratic. Counted in list
   * steps (deterministic), 16 times the entries must cost at most 32 times the steps, as it does
   * for {@code parseClaim(List)}, which iterates.
   */
  @Test
  void aSequentialListClaimIsCheckedInLinearTime() {
    ScopeCatalog catalog = TestCatalogs.signstackLike();
    Requirement absent = catalog.requirement("embed-token:create");
    long one = steps(claim -> catalog.parseClaim(claim), 2_000);
    long sixteen = steps(claim -> catalog.parseClaim(claim), 32_000);
    assertThat(sixteen).as("parseClaim(List): %s steps at 16x, %s at 1x", sixteen, one).isLessThanOrEqualTo(32 * one);

    long checkOne = steps(absent::check, 2_000);
    long checkSixteen = steps(absent::check, 32_000);
    assertThat(checkSixteen)
        .as("Requirement.check(List) on a sequential list: %s steps at 16x, %s at 1x", checkSixteen, checkOne)
        .isLessThanOrEqualTo(32 * checkOne);
  }

  private static long steps(java.util.function.Consumer<List<?>> operation, int entries) {
    CountingSequentialList claim = new CountingSequentialList(Collections.nCopies(entries, "x"));
    operation.accept(claim);
    return claim.steps;
  }

  /** A sequential list (like {@code LinkedList}) that counts every element its iterators pass. */
  private static final class CountingSequentialList extends AbstractSequentialList<Object> {
    private final List<?> elements;
    long steps;

    CountingSequentialList(List<?> elements) {
      this.elements = elements;
    }

    @Override
    public int size() {
      return elements.size();
    }

    @Override
    public ListIterator<Object> listIterator(int index) {
      // Reaching an index walks to it, as a linked list does.
      ListIterator<?> inner = elements.listIterator();
      for (int i = 0; i < index; i++) {
        inner.next();
        steps++;
      }
      return new ListIterator<>() {
        @Override
        public boolean hasNext() {
          return inner.hasNext();
        }

        @Override
        public Object next() {
          steps++;
          return inner.next();
        }

        @Override
        public boolean hasPrevious() {
          return inner.hasPrevious();
        }

        @Override
        public Object previous() {
          steps++;
          return inner.previous();
        }

        @Override
        public int nextIndex() {
          return inner.nextIndex();
        }

        @Override
        public int previousIndex() {
          return inner.previousIndex();
        }

        @Override
        public void remove() {
          throw new UnsupportedOperationException();
        }

        @Override
        public void set(Object o) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void add(Object o) {
          throw new UnsupportedOperationException();
        }
      };
    }
  }
}
