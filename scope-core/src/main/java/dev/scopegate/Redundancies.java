package dev.scopegate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the redundant entries of a scope list: an entry is redundant when another entry of the
 * list grants it (its family's wildcard, or a scope whose implications reach it), or when it
 * repeats an earlier entry. Because implications are acyclic, "grants it" is a strict order, so
 * dropping every redundant entry keeps a set of entries that grants exactly what the list grants.
 */
final class Redundancies {
  private Redundancies() {}

  /** The redundancies of a list already checked against the catalog (the catalog's own instances). */
  static List<Redundancy> of(ScopeCatalog catalog, List<Scope> list) {
    Numbering numbering = catalog.numbering();
    Map<Scope, Integer> firstSeen = new HashMap<>();
    List<Integer> distinctCodes = new ArrayList<>();
    for (Scope s : list) {
      if (!firstSeen.containsKey(s)) {
        firstSeen.put(s, firstSeen.size());
        distinctCodes.add(numbering.find(s.toString()));
      }
    }
    List<BitSet> reach = new ArrayList<>();
    for (int code : distinctCodes) {
      reach.add(catalog.closure().reachable(code));
    }
    Map<Scope, Integer> seen = new HashMap<>();
    List<Redundancy> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Scope s = list.get(i);
      Integer earlier = seen.putIfAbsent(s, i);
      Scope cover = coverOf(numbering, numbering.find(s.toString()), distinctCodes, reach);
      if (cover != null) {
        out.add(new Redundancy(s, i, Redundancy.Kind.SUBSUMED, cover));
      } else if (earlier != null) {
        out.add(new Redundancy(s, i, Redundancy.Kind.DUPLICATE, s));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The entry that grants {@code code}: its family's wildcard when the list has it, else the first
   * entry (in list order) that reaches it; null when none does.
   */
  private static @Nullable Scope coverOf(Numbering numbering, int code, List<Integer> codes, List<BitSet> reach) {
    @Nullable Scope first = null;
    for (int j = 0; j < codes.size(); j++) {
      if (reach.get(j).get(code)) {
        int coverCode = codes.get(j);
        if (!numbering.isWildcard(code) && coverCode == numbering.wildcardOf(code)) {
          return numbering.scope(coverCode);
        }
        if (first == null) {
          first = numbering.scope(coverCode);
        }
      }
    }
    return first;
  }
}
