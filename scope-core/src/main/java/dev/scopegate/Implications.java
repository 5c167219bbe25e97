package dev.scopegate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each declared scope grants: its implication closure, computed once when the catalog is
 * built. The graph has the catalog's declared implications ({@code accounting.transactions ->
 * accounting.transactions.read}) and, as the built-in case of the same mechanism, an edge from
 * each family wildcard to each verb of its family. A code grants every concrete scope it reaches.
 *
 * <p>The graph must be acyclic: a cycle would make its scopes grant each other, so silently
 * equivalent; building the catalog fails instead, naming the cycle.
 *
 * <p>Most codes grant the trivial set (a concrete scope itself, a wildcard its family's range),
 * which costs nothing to store; only codes that grant more keep their bits, sparsely. For the
 * claim check, each concrete scope also knows the other codes that grant it.
 */
final class Implications {
  private final Numbering numbering;
  /** Per code, the declared implications (codes), or null. */
  private final int[] @Nullable [] declared;
  /** Per code, the words and masks it grants when that is not the trivial set; else null. */
  private final int[] @Nullable [] grantWords;
  private final long[] @Nullable [] grantMasks;
  /** Per concrete scope {@code p}, the other codes granting it: {@code granters[start[p] .. start[p+1])}. */
  private final int[] grantersStart;
  private final int[] granters;
  private final int count;

  /**
   * Closes the declared implications.
   *
   * @param declared per source code, its declared target codes (no wildcard sources)
   * @throws IllegalArgumentException naming a cycle, if there is one
   */
  Implications(Numbering numbering, Map<Integer, int[]> declared) {
    this.numbering = numbering;
    int codes = numbering.codeCount();
    this.declared = new int[codes][];
    int edges = 0;
    for (Map.Entry<Integer, int[]> e : declared.entrySet()) {
      this.declared[e.getKey()] = e.getValue();
      edges += e.getValue().length;
    }
    this.count = edges;
    BitSet[] grants = close(numbering, this.declared);
    this.grantWords = new int[codes][];
    this.grantMasks = new long[codes][];
    int[] grantedBy = new int[numbering.concreteCount() + 1];
    for (int c = 0; c < codes; c++) {
      if (grants[c] == null) {
        continue;
      }
      for (int p = grants[c].nextSetBit(0); p >= 0; p = grants[c].nextSetBit(p + 1)) {
        if (p != c) {
          grantedBy[p]++;
        }
      }
      if (!isTrivial(c, grants[c])) {
        storeSparse(c, grants[c]);
      }
    }
    this.grantersStart = new int[grantedBy.length];
    for (int p = 0; p < numbering.concreteCount(); p++) {
      grantersStart[p + 1] = grantersStart[p] + grantedBy[p];
    }
    this.granters = new int[grantersStart[numbering.concreteCount()]];
    int[] fill = grantersStart.clone();
    for (int c = 0; c < codes; c++) {
      if (grants[c] != null) {
        for (int p = grants[c].nextSetBit(0); p >= 0; p = grants[c].nextSetBit(p + 1)) {
          if (p != c) {
            granters[fill[p]++] = c;
          }
        }
      }
    }
  }

  /**
   * Each code's closure as concrete bits (null for an undeclared wildcard slot), each target
   * closed before its sources (an iterative depth-first search, so a long chain cannot overflow
   * the stack); throws on a cycle.
   */
  private static @Nullable BitSet[] close(Numbering numbering, int[] @Nullable [] declared) {
    int codes = numbering.codeCount();
    BitSet[] grants = new BitSet[codes];
    int[] state = new int[codes]; // 0 new, 1 on the current path, 2 closed
    int[] path = new int[codes];
    int[] next = new int[codes];
    int[][] pathTargets = new int[codes][];
    for (int root = 0; root < codes; root++) {
      if (state[root] != 0 || !numbering.isDeclared(root)) {
        continue;
      }
      int depth = 0;
      path[0] = root;
      next[0] = 0;
      pathTargets[0] = targets(numbering, declared, root);
      state[root] = 1;
      while (depth >= 0) {
        int code = path[depth];
        int[] targets = pathTargets[depth];
        if (next[depth] < targets.length) {
          int t = targets[next[depth]++];
          if (state[t] == 1) {
            throw cycle(numbering, path, depth, t);
          }
          if (state[t] == 0) {
            state[t] = 1;
            depth++;
            path[depth] = t;
            next[depth] = 0;
            pathTargets[depth] = targets(numbering, declared, t);
          }
          continue;
        }
        BitSet closure = new BitSet();
        for (int t : targets) {
          closure.or(grants[t]);
        }
        if (!numbering.isWildcard(code)) {
          closure.set(code);
        }
        grants[code] = closure;
        state[code] = 2;
        pathTargets[depth] = null;
        depth--;
      }
    }
    return grants;
  }

  /** A code's direct targets: its declared implications, and a wildcard's verbs. */
  private static int[] targets(Numbering numbering, int[] @Nullable [] declared, int code) {
    int[] own = declared[code];
    if (!numbering.isWildcard(code)) {
      return own == null ? new int[0] : own;
    }
    int start = numbering.rangeStart(code);
    int[] out = new int[numbering.rangeEnd(code) - start];
    for (int i = 0; i < out.length; i++) {
      out[i] = start + i;
    }
    return out;
  }

  private static IllegalArgumentException cycle(Numbering numbering, int[] path, int depth, int back) {
    StringBuilder sb = new StringBuilder();
    boolean in = false;
    for (int i = 0; i <= depth; i++) {
      in |= path[i] == back;
      if (in) {
        sb.append(numbering.scope(path[i])).append(" -> ");
      }
    }
    sb.append(numbering.scope(back));
    return new IllegalArgumentException("Implication cycle " + sb
        + ": the scopes of a cycle grant each other, so they would be equivalent; declare one scope, or imply in one direction");
  }

  private boolean isTrivial(int code, BitSet grant) {
    if (!numbering.isWildcard(code)) {
      return grant.cardinality() == 1;
    }
    int start = numbering.rangeStart(code);
    int end = numbering.rangeEnd(code);
    return grant.cardinality() == end - start && grant.nextSetBit(0) == start && grant.previousSetBit(Integer.MAX_VALUE) == end - 1;
  }

  private void storeSparse(int code, BitSet grant) {
    long[] dense = grant.toLongArray();
    List<Integer> words = new ArrayList<>();
    for (int w = 0; w < dense.length; w++) {
      if (dense[w] != 0) {
        words.add(w);
      }
    }
    int[] index = new int[words.size()];
    long[] masks = new long[words.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = words.get(i);
      masks[i] = dense[index[i]];
    }
    grantWords[code] = index;
    grantMasks[code] = masks;
  }

  /** How many implications the catalog declares. */
  int count() {
    return count;
  }

  /** Sets every concrete bit a declared code grants: its implication closure. */
  void setGranted(long[] bits, int code) {
    int[] words = grantWords[code];
    if (words != null) {
      long[] masks = grantMasks[code];
      for (int i = 0; i < words.length; i++) {
        bits[words[i]] |= masks[i];
      }
      return;
    }
    numbering.setRequired(bits, code); // the trivial set: the scope itself, or the family's range
  }

  /** Whether a declared code grants concrete scope {@code p}. */
  boolean grants(int code, int p) {
    int[] words = grantWords[code];
    if (words == null) {
      return numbering.isWildcard(code) ? numbering.rangeStart(code) <= p && p < numbering.rangeEnd(code) : code == p;
    }
    long[] masks = grantMasks[code];
    for (int i = 0; i < words.length; i++) {
      if (words[i] == p >>> 6) {
        return (masks[i] & (1L << p)) != 0;
      }
    }
    return false;
  }

  /** The codes other than {@code p} itself that grant concrete scope {@code p}. */
  int[] grantersOf(int p) {
    int from = grantersStart[p];
    int[] out = new int[grantersStart[p + 1] - from];
    System.arraycopy(granters, from, out, 0, out.length);
    return out;
  }

  /**
   * Every code {@code from} reaches through implications and wildcards, itself excluded: what
   * makes a list entry redundant when {@code from} stands in the same list.
   */
  BitSet reachable(int from) {
    BitSet seen = new BitSet();
    List<Integer> stack = new ArrayList<>(List.of(from));
    while (!stack.isEmpty()) {
      int code = stack.remove(stack.size() - 1);
      for (int t : targets(numbering, declared, code)) {
        if (!seen.get(t)) {
          seen.set(t);
          stack.add(t);
        }
      }
    }
    return seen;
  }
}
