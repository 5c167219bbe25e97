package dev.scopegate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The strategies of a rule whose alternatives together span at most 64 concrete scopes: they
 * renumber those scopes {@code 0..k-1} ("local bits") so a claim's grant fits in one {@code long}
 * accumulator, and the answer is one AND-NOT per alternative.
 *
 * <p>The rule keeps only the declared texts that grant something it needs (each required scope
 * itself, its family's wildcard, and every scope whose implication closure contains it), each with
 * the local bits it grants, and a small table of them for reading entries. Implications are folded
 * into those bits when the rule is compiled, so a claim entry costs one lookup and one OR.
 */
abstract class LocalCheck extends ClaimCheck {
  final Layout layout;
  private final long full0;
  private final long[] moreFulls;

  LocalCheck(List<Requirement> alternatives, Layout layout) {
    super(alternatives);
    this.layout = layout;
    this.full0 = layout.fulls[0];
    this.moreFulls = Arrays.copyOfRange(layout.fulls, 1, layout.fulls.length);
  }

  /** The rule's local numbering and the texts that matter to it. */
  static final class Layout {
    /** The texts that grant something the rule needs: the required scopes' own first, then the others, in code order. */
    final String[] texts;
    /** Per text, the local bits it grants. */
    final long[] textBits;
    /** {@link #texts} to {@link #textBits}; anything else gives 0. */
    final ScopeTable table;
    /** Per alternative, the local bits it needs. */
    final long[] fulls;
    /** Per alternative, per declared scope, the local bits that scope needs. */
    final long[][] declared;

    private Layout(String[] texts, long[] textBits, long[] fulls, long[][] declared) {
      this.texts = texts;
      this.textBits = textBits;
      this.table = new ScopeTable(texts, textBits, 0);
      this.fulls = fulls;
      this.declared = declared;
    }

    /** The layout of the alternatives, or null when they span more than 64 concrete scopes. */
    static @Nullable Layout of(ScopeCatalog catalog, List<Requirement> alternatives) {
      Numbering numbering = catalog.numbering();
      Implications closure = catalog.closure();
      long[] union = new long[numbering.words()];
      for (Requirement r : alternatives) {
        for (int code : r.codes()) {
          numbering.setRequired(union, code);
        }
      }
      int count = 0;
      for (long word : union) {
        count += Long.bitCount(word);
      }
      if (count > Long.SIZE) {
        return null;
      }
      int[] global = new int[count]; // local bit j is concrete scope global[j], in catalog order
      int j = 0;
      for (int w = 0; w < union.length; w++) {
        for (long word = union[w]; word != 0; word &= word - 1) {
          global[j++] = (w << 6) + Long.numberOfTrailingZeros(word);
        }
      }
      Set<Integer> relevant = new LinkedHashSet<>();
      for (int p : global) {
        relevant.add(p);
      }
      List<Integer> others = new ArrayList<>();
      for (int p : global) {
        for (int c : closure.grantersOf(p)) {
          others.add(c);
        }
      }
      others.sort(null);
      relevant.addAll(others);
      String[] texts = new String[relevant.size()];
      long[] bits = new long[texts.length];
      int t = 0;
      for (int code : relevant) {
        texts[t] = numbering.scope(code).toString();
        for (int k = 0; k < global.length; k++) {
          if (closure.grants(code, global[k])) {
            bits[t] |= 1L << k;
          }
        }
        t++;
      }
      long[] fulls = new long[alternatives.size()];
      long[][] declared = new long[alternatives.size()][];
      for (int a = 0; a < fulls.length; a++) {
        int[] codes = alternatives.get(a).codes();
        declared[a] = new long[codes.length];
        for (int d = 0; d < codes.length; d++) {
          long[] needed = new long[numbering.words()];
          numbering.setRequired(needed, codes[d]);
          for (int k = 0; k < global.length; k++) {
            if ((needed[global[k] >>> 6] & (1L << global[k])) != 0) {
              declared[a][d] |= 1L << k;
            }
          }
          fulls[a] |= declared[a][d];
        }
      }
      return new Layout(texts, bits, fulls, declared);
    }
  }

  /** Whether some alternative has every local bit it needs in {@code acc}. */
  final boolean satisfied(long acc) {
    if ((full0 & ~acc) == 0) {
      return true;
    }
    for (long full : moreFulls) {
      if ((full & ~acc) == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The decision for the local bits a claim granted: allowed when some alternative is covered,
   * else the denial of the closest alternative (fewest missing declared scopes; the first declared
   * on a tie), naming its missing scopes in declared order.
   */
  final Decision decide(long acc) {
    if (satisfied(acc)) {
      return Decision.ALLOWED;
    }
    int best = 0;
    int fewest = Integer.MAX_VALUE;
    for (int a = 0; a < layout.declared.length; a++) {
      int missing = 0;
      for (long needed : layout.declared[a]) {
        if ((needed & ~acc) != 0) {
          missing++;
        }
      }
      if (missing < fewest) {
        fewest = missing;
        best = a;
      }
    }
    Requirement closest = alternatives.get(best);
    if (closest.onlyDenial != null) {
      return closest.onlyDenial;
    }
    List<Scope> missing = new ArrayList<>(fewest);
    long[] needed = layout.declared[best];
    for (int d = 0; d < needed.length; d++) {
      if ((needed[d] & ~acc) != 0) {
        missing.add(closest.scopes().get(d));
      }
    }
    return Decision.deny(closest.scopes(), missing);
  }

  @Override
  final Decision check(List<?> claim) {
    if (ClaimReader.listClaimLength(claim) > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return decide(0);
    }
    ScopeTable table = layout.table;
    long acc = 0;
    if (claim instanceof RandomAccess) {
      for (int i = 0, size = claim.size(); i < size; i++) {
        Object entry = claim.get(i);
        if (entry instanceof String) {
          acc |= table.find((String) entry);
          if (satisfied(acc)) {
            return Decision.ALLOWED;
          }
        }
      }
    } else {
      for (Object entry : claim) {
        if (entry instanceof String) {
          acc |= table.find((String) entry);
          if (satisfied(acc)) {
            return Decision.ALLOWED;
          }
        }
      }
    }
    return decide(acc);
  }

  @Override
  final Decision nothingGranted() {
    return decide(0);
  }
}
