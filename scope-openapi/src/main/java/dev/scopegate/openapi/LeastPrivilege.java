package dev.scopegate.openapi;

import dev.scopegate.AccessRule;
import dev.scopegate.GrantedScopes;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The least privilege that lets a token call a set of operations: the smallest grant that
 * satisfies every operation's {@link AccessRule}, choosing one alternative per operation.
 *
 * {@snippet :
 * List<AccessRule> rules = List.of(getPet.rule().orElseThrow(), listInvoices.rule().orElseThrow());
 * LeastPrivilege least = LeastPrivilege.of(spec.catalog(), rules);
 * least.scopes();      // [read:pets, write:pets, accounting.transactions.read]: catalog order
 * least.isExact();     // true: no smaller grant exists
 * }
 *
 * <h2>What is minimised</h2>
 *
 * The privilege of a grant is the set of concrete scopes it grants, implications and wildcards
 * expanded. The answer grants as few concrete scopes as possible; it lists them in catalog order
 * without any that another listed scope implies ({@link ScopeCatalog#minimize}), and with
 * {@link #scopesWithWildcards()} a family's declared wildcard in place of all of its verbs. Among
 * several smallest grants the answer is deterministic: the first one the search finds, trying each
 * rule's cheapest alternatives first and, on a tie, the first declared.
 *
 * <h2>How, and how far it is exact</h2>
 *
 * Choosing one alternative per operation to minimise the union is NP-hard in general (it
 * contains set cover), so the search is exact within a bound and says when it was not:
 *
 * <ol>
 *   <li>Rules of one alternative are forced; a rule with an alternative the forced scopes already
 *       cover costs nothing; an alternative that grants all another one grants, and more, is
 *       dropped.
 *   <li>The remaining rules fall into groups that share no scope; each group is solved on its own
 *       by branch and bound (most constrained rule first, cheapest alternative first; a branch is
 *       cut when its grant plus the largest unavoidable cost of a remaining rule reaches the best
 *       grant found).
 *   <li>The search stops after {@value #MAX_STEPS} steps over all groups. The answer is then the
 *       best grant found so far, which is never worse than the greedy one it starts from (each
 *       rule, in order, takes the alternative that adds the fewest scopes), and {@link
 *       #isExact()} is false.
 * </ol>
 *
 * Real API descriptions are far inside the bound: their alternatives are one-scope or
 * read-versus-write choices that the first step settles or that fall into groups of a few rules.
 * The answer always covers every rule; that is checked with the engine before it is returned.
 */
public final class LeastPrivilege {
  /** The most branch-and-bound steps taken over all groups before the best grant found is used. */
  public static final int MAX_STEPS = 1_000_000;

  private final ScopeCatalog catalog;
  private final List<Requirement> chosen;
  private final List<Scope> scopes;
  private final List<Scope> withWildcards;
  private final boolean exact;

  private LeastPrivilege(
      ScopeCatalog catalog, List<Requirement> chosen, List<Scope> scopes, List<Scope> withWildcards, boolean exact) {
    this.catalog = catalog;
    this.chosen = List.copyOf(chosen);
    this.scopes = List.copyOf(scopes);
    this.withWildcards = List.copyOf(withWildcards);
    this.exact = exact;
  }

  /**
   * The least privilege for the rules.
   *
   * @param catalog the catalog every rule is compiled against
   * @param rules the operations' rules; may be empty (the answer is then no scope)
   * @return the answer
   * @throws IllegalArgumentException if a rule belongs to another catalog
   */
  public static LeastPrivilege of(ScopeCatalog catalog, List<AccessRule> rules) {
    return of(catalog, rules, MAX_STEPS);
  }

  /** As {@link #of(ScopeCatalog, List)}, with another bound on the search (for tests of the fallback). */
  static LeastPrivilege of(ScopeCatalog catalog, List<AccessRule> rules, int maxSteps) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(rules, "rules");
    for (AccessRule rule : rules) {
      if (!Objects.requireNonNull(rule, "rule").catalog().equals(catalog)) {
        throw new IllegalArgumentException("The rule " + rule + " is compiled against " + rule.catalog() + ", not "
            + catalog);
      }
    }
    return new Search(catalog, rules, maxSteps).run();
  }

  /**
   * The scopes to grant: the fewest concrete scopes that satisfy every rule, without any another
   * of them implies, in catalog order.
   *
   * @return the scopes; empty when no rule needs any
   */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * {@link #scopes()} with a family's declared wildcard in place of its verbs when every verb of
   * the family is needed. It grants the same today, and also whatever verb the family gains later.
   *
   * @return the scopes
   */
  public List<Scope> scopesWithWildcards() {
    return withWildcards;
  }

  /**
   * The alternative chosen for each rule, in the order the rules were given.
   *
   * @return one requirement per rule
   */
  public List<Requirement> chosen() {
    return chosen;
  }

  /**
   * Whether the answer is proven to be the smallest: the search finished within {@value
   * #MAX_STEPS} steps.
   *
   * @return {@code false} only when the bound cut the search short
   */
  public boolean isExact() {
    return exact;
  }

  /**
   * The catalog the scopes belong to.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * {@code LeastPrivilege[read:pets, write:pets]}, with {@code (not proven minimal)} when the
   * bound cut the search short.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "LeastPrivilege" + scopes + (exact ? "" : " (not proven minimal)");
  }

  /** One run of the search. */
  private static final class Search {
    private final ScopeCatalog catalog;
    private final List<AccessRule> rules;
    private final List<Scope> concrete;
    private final Map<Scope, Integer> index = new HashMap<>();
    private final int maxSteps;
    private int steps;
    private boolean exact = true;

    Search(ScopeCatalog catalog, List<AccessRule> rules, int maxSteps) {
      this.catalog = catalog;
      this.maxSteps = maxSteps;
      this.rules = rules;
      this.concrete = catalog.scopes();
      for (int i = 0; i < concrete.size(); i++) {
        index.put(concrete.get(i), i);
      }
    }

    /** The concrete scopes a requirement grants once held, as bits over {@link #concrete}. */
    private BitSet bits(Requirement requirement) {
      BitSet bits = new BitSet(concrete.size());
      for (Scope s : requirement.scopes()) {
        for (Scope granted : catalog.expand(s)) {
          bits.set(index.get(granted));
        }
      }
      return bits;
    }

    LeastPrivilege run() {
      int n = rules.size();
      int[] choice = new int[n];
      List<List<BitSet>> costs = new ArrayList<>();
      BitSet forced = new BitSet();
      for (int r = 0; r < n; r++) {
        List<BitSet> alternatives = new ArrayList<>();
        for (Requirement alternative : rules.get(r).alternatives()) {
          alternatives.add(bits(alternative));
        }
        costs.add(alternatives);
        if (alternatives.size() == 1) {
          forced.or(alternatives.get(0));
        }
      }
      // Rules left to choose for, each with its useful alternatives (by index).
      List<Integer> open = new ArrayList<>();
      List<List<Integer>> useful = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        List<BitSet> alternatives = costs.get(r);
        int free = firstCovered(alternatives, forced);
        if (alternatives.size() == 1 || free >= 0) {
          choice[r] = Math.max(free, 0);
          continue;
        }
        List<Integer> kept = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
          if (!dominated(alternatives, a, forced)) {
            kept.add(a);
          }
        }
        open.add(r);
        useful.add(kept);
      }
      BitSet grant = (BitSet) forced.clone();
      for (List<Integer> group : groups(open, useful, costs, forced)) {
        grant.or(solve(group, open, useful, costs, forced, choice));
      }
      List<Requirement> chosen = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        chosen.add(rules.get(r).alternatives().get(choice[r]));
      }
      List<Scope> listed = new ArrayList<>();
      for (int i = grant.nextSetBit(0); i >= 0; i = grant.nextSetBit(i + 1)) {
        listed.add(concrete.get(i));
      }
      List<Scope> scopes = catalog.minimize(listed);
      verify(scopes);
      return new LeastPrivilege(catalog, chosen, scopes, withWildcards(listed), exact);
    }

    private static int firstCovered(List<BitSet> alternatives, BitSet held) {
      for (int a = 0; a < alternatives.size(); a++) {
        if (covered(alternatives.get(a), held)) {
          return a;
        }
      }
      return -1;
    }

    private static boolean covered(BitSet needed, BitSet held) {
      BitSet rest = (BitSet) needed.clone();
      rest.andNot(held);
      return rest.isEmpty();
    }

    /** Whether another alternative adds a subset of what {@code a} adds (the first of equal ones is kept). */
    private static boolean dominated(List<BitSet> alternatives, int a, BitSet forced) {
      BitSet mine = without(alternatives.get(a), forced);
      for (int b = 0; b < alternatives.size(); b++) {
        if (b == a) {
          continue;
        }
        BitSet theirs = without(alternatives.get(b), forced);
        if (covered(theirs, mine) && (!theirs.equals(mine) || b < a)) {
          return true;
        }
      }
      return false;
    }

    private static BitSet without(BitSet bits, BitSet held) {
      BitSet rest = (BitSet) bits.clone();
      rest.andNot(held);
      return rest;
    }

    /** The open rules in groups that share no scope beyond the forced ones (positions into {@code open}). */
    private static List<List<Integer>> groups(
        List<Integer> open, List<List<Integer>> useful, List<List<BitSet>> costs, BitSet forced) {
      int m = open.size();
      int[] parent = new int[m];
      BitSet[] touched = new BitSet[m];
      for (int i = 0; i < m; i++) {
        parent[i] = i;
        touched[i] = new BitSet();
        for (int a : useful.get(i)) {
          touched[i].or(without(costs.get(open.get(i)).get(a), forced));
        }
      }
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          if (touched[i].intersects(touched[j])) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
      Map<Integer, List<Integer>> byRoot = new HashMap<>();
      List<List<Integer>> groups = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        List<Integer> group = byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>());
        if (group.isEmpty()) {
          groups.add(group);
        }
        group.add(i);
      }
      return groups;
    }

    private static int find(int[] parent, int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** The smallest addition to {@code forced} that satisfies every rule of the group; sets {@code choice}. */
    private BitSet solve(List<Integer> group, List<Integer> open, List<List<Integer>> useful, List<List<BitSet>> costs,
        BitSet forced, int[] choice) {
      // Most constrained first: fewest useful alternatives, then document order.
      List<Integer> order = new ArrayList<>(group);
      order.sort(Comparator.comparingInt((Integer i) -> useful.get(i).size()).thenComparingInt(i -> i));
      int k = order.size();
      int[] rule = new int[k];
      int[][] alternatives = new int[k][];
      BitSet[][] adds = new BitSet[k][];
      for (int p = 0; p < k; p++) {
        int i = order.get(p);
        rule[p] = open.get(i);
        List<Integer> kept = useful.get(i);
        alternatives[p] = kept.stream().mapToInt(Integer::intValue).toArray();
        adds[p] = new BitSet[kept.size()];
        for (int q = 0; q < kept.size(); q++) {
          adds[p][q] = without(costs.get(rule[p]).get(kept.get(q)), forced);
        }
      }
      Best best = new Best(k);
      greedy(adds, best);
      int[] current = new int[k];
      branch(0, new BitSet(), adds, current, best);
      for (int p = 0; p < k; p++) {
        choice[rule[p]] = alternatives[p][best.choice[p]];
      }
      return best.grant;
    }

    /** The best choice found so far for one group. */
    private static final class Best {
      final int[] choice;
      BitSet grant = new BitSet();
      int size = Integer.MAX_VALUE;

      Best(int k) {
        choice = new int[k];
      }
    }

    private static void greedy(BitSet[][] adds, Best best) {
      BitSet grant = new BitSet();
      for (int p = 0; p < adds.length; p++) {
        int pick = 0;
        int cost = Integer.MAX_VALUE;
        for (int q = 0; q < adds[p].length; q++) {
          int c = without(adds[p][q], grant).cardinality();
          if (c < cost) {
            cost = c;
            pick = q;
          }
        }
        best.choice[p] = pick;
        grant.or(adds[p][pick]);
      }
      best.grant = grant;
      best.size = grant.cardinality();
    }

    private void branch(int p, BitSet grant, BitSet[][] adds, int[] current, Best best) {
      if (++steps > maxSteps) {
        exact = false;
        return;
      }
      int size = grant.cardinality();
      if (p == adds.length) {
        if (size < best.size) {
          best.size = size;
          best.grant = (BitSet) grant.clone();
          System.arraycopy(current, 0, best.choice, 0, current.length);
        }
        return;
      }
      if (size + unavoidable(p, grant, adds) >= best.size) {
        return;
      }
      int covered = -1;
      for (int q = 0; q < adds[p].length && covered < 0; q++) {
        if (covered(adds[p][q], grant)) {
          covered = q;
        }
      }
      if (covered >= 0) {
        // Taking an alternative already held adds nothing; no other choice can do better.
        current[p] = covered;
        branch(p + 1, grant, adds, current, best);
        return;
      }
      Integer[] byCost = new Integer[adds[p].length];
      for (int q = 0; q < byCost.length; q++) {
        byCost[q] = q;
      }
      Arrays.sort(byCost, Comparator.comparingInt((Integer q) -> without(adds[p][q], grant).cardinality())
          .thenComparingInt(q -> q));
      for (int q : byCost) {
        if (!exact) {
          return;
        }
        BitSet next = (BitSet) grant.clone();
        next.or(adds[p][q]);
        current[p] = q;
        branch(p + 1, next, adds, current, best);
      }
    }

    /** A lower bound on what the rules from {@code p} on must still add: the largest of their cheapest additions. */
    private static int unavoidable(int p, BitSet grant, BitSet[][] adds) {
      int bound = 0;
      for (int r = p; r < adds.length; r++) {
        int cheapest = Integer.MAX_VALUE;
        for (BitSet a : adds[r]) {
          cheapest = Math.min(cheapest, without(a, grant).cardinality());
        }
        bound = Math.max(bound, cheapest);
      }
      return bound;
    }

    /** A family's declared wildcard in place of its verbs when every one of them is needed. */
    private List<Scope> withWildcards(List<Scope> listed) {
      List<Scope> out = new ArrayList<>(listed);
      for (ScopeFamily family : catalog.families()) {
        if (family.wildcard().isPresent() && out.containsAll(family.scopes())) {
          int at = out.indexOf(family.scopes().get(0));
          out.removeAll(family.scopes());
          out.add(at, family.wildcard().get());
        }
      }
      return catalog.minimize(out);
    }

    /** The engine, not this search's arithmetic, has the last word on coverage. */
    private void verify(List<Scope> scopes) {
      GrantedScopes granted = catalog.grant(scopes);
      for (AccessRule rule : rules) {
        if (!granted.covers(rule)) {
          throw new IllegalStateException("the computed scopes " + scopes + " do not satisfy " + rule);
        }
      }
    }
  }
}
