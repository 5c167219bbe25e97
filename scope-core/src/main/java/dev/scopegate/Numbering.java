package dev.scopegate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one owner of a catalog's numbering: which code each declared text has, which bit each
 * concrete scope is, where each family's range starts and ends, and how many bitset words a set
 * over the catalog has.
 *
 * <p>Concrete scopes are codes {@code 0..n-1}, numbered in declaration order (family by family in
 * a family:verb catalog), and code {@code i} is bit {@code i} of every bitset over the catalog.
 * The wildcard of family {@code f} is code {@code n + f}; it has no bit of its own. A scope-token
 * catalog has only concrete codes.
 */
final class Numbering {
  /** What {@link #find} returns for a text the catalog does not declare. */
  static final int MISSING = -1;

  private final ScopeGrammar grammar;
  private final List<ScopeFamily> families;
  private final Map<String, Integer> familyIndex;
  private final List<Scope> scopes;
  private final List<Scope> known;
  /** Scope by code: concrete scopes are 0..n-1, the wildcard of family f is n+f (null if undeclared). */
  private final @Nullable Scope[] byCode;
  private final int[] familyStart;
  private final int[] familyEnd;
  /** Per concrete scope, its family's index; empty in a scope-token catalog. */
  private final int[] familyOf;
  private final ScopeTable table;
  private final int words;

  Numbering(ScopeGrammar grammar, List<ScopeFamily> families, List<Scope> tokens) {
    this.grammar = grammar;
    this.families = families;
    int familyCount = families.size();
    Map<String, Integer> index = new HashMap<>();
    List<Scope> concrete = new ArrayList<>(tokens);
    this.familyStart = new int[familyCount];
    this.familyEnd = new int[familyCount];
    for (int f = 0; f < familyCount; f++) {
      index.put(families.get(f).name(), f);
      familyStart[f] = concrete.size();
      concrete.addAll(families.get(f).scopes());
      familyEnd[f] = concrete.size();
    }
    this.familyIndex = Collections.unmodifiableMap(index);
    this.scopes = Collections.unmodifiableList(concrete);
    int n = concrete.size();
    this.familyOf = new int[familyCount == 0 ? 0 : n];
    this.byCode = new Scope[n + familyCount];
    List<String> texts = new ArrayList<>();
    List<Long> codes = new ArrayList<>();
    List<Scope> all = new ArrayList<>(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      byCode[i] = tokens.get(i);
      texts.add(tokens.get(i).toString());
      codes.add((long) i);
    }
    for (int f = 0; f < familyCount; f++) {
      for (int i = familyStart[f]; i < familyEnd[f]; i++) {
        byCode[i] = concrete.get(i);
        familyOf[i] = f;
        texts.add(concrete.get(i).toString());
        codes.add((long) i);
        all.add(concrete.get(i));
      }
      Optional<Scope> wildcard = families.get(f).wildcard();
      if (wildcard.isPresent()) {
        byCode[n + f] = wildcard.get();
        texts.add(wildcard.get().toString());
        codes.add((long) (n + f));
        all.add(wildcard.get());
      }
    }
    long[] values = new long[codes.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = codes.get(i);
    }
    this.table = new ScopeTable(texts.toArray(new String[0]), values, MISSING);
    this.known = Collections.unmodifiableList(all);
    this.words = Math.max(1, (n + 63) >>> 6);
  }

  ScopeGrammar grammar() {
    return grammar;
  }

  List<ScopeFamily> families() {
    return families;
  }

  /** The index of the family of that name, or {@code -1}. */
  int familyIndex(String name) {
    Integer f = familyIndex.get(name);
    return f == null ? -1 : f;
  }

  /** The concrete scopes, in code order. */
  List<Scope> scopes() {
    return scopes;
  }

  /** Every declared scope: each family's concrete scopes followed by its wildcard, or the tokens. */
  List<Scope> known() {
    return known;
  }

  /** How many concrete scopes (and bits) there are. */
  int concreteCount() {
    return scopes.size();
  }

  /** How many codes there are: concrete scopes, then one slot per family for its wildcard. */
  int codeCount() {
    return byCode.length;
  }

  /** How many {@code long} words a bitset over the catalog has. */
  int words() {
    return words;
  }

  /** The code of the whole of {@code text}, or {@link #MISSING}. */
  int find(String text) {
    return (int) table.find(text);
  }

  /** The code of {@code text[from, to)}, or {@link #MISSING}; allocates nothing. */
  int find(String text, int from, int to) {
    return (int) table.find(text, from, to);
  }

  /** The declared scope of a code that has one. */
  Scope scope(int code) {
    Scope s = byCode[code];
    if (s == null) {
      throw new IllegalArgumentException("no scope has code " + code);
    }
    return s;
  }

  /** Whether a code stands for a declared scope (every concrete code does; a wildcard slot only if declared). */
  boolean isDeclared(int code) {
    return byCode[code] != null;
  }

  /** Whether a code is a family wildcard's. */
  boolean isWildcard(int code) {
    return code >= scopes.size();
  }

  /** The code of the declared wildcard of a concrete scope's family, or {@link #MISSING}. */
  int wildcardOf(int concrete) {
    if (familyOf.length == 0) {
      return MISSING;
    }
    int code = scopes.size() + familyOf[concrete];
    return byCode[code] == null ? MISSING : code;
  }

  /** The first concrete code of a wildcard's family. */
  int rangeStart(int wildcard) {
    return familyStart[wildcard - scopes.size()];
  }

  /** The end (exclusive) of a wildcard's family's concrete codes. */
  int rangeEnd(int wildcard) {
    return familyEnd[wildcard - scopes.size()];
  }

  /** Whether {@code bits} has every bit a required code needs (see {@link #setRequired}). */
  boolean covers(long[] bits, int code) {
    if (!isWildcard(code)) {
      return (bits[code >>> 6] & (1L << code)) != 0;
    }
    for (int i = rangeStart(code); i < rangeEnd(code); i++) {
      if ((bits[i >>> 6] & (1L << i)) == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets the bits a required code needs: its own bit, or every verb of its family for a
   * wildcard (which is covered by the wildcard or by all the verbs granted one by one).
   */
  void setRequired(long[] bits, int code) {
    if (!isWildcard(code)) {
      bits[code >>> 6] |= 1L << code;
      return;
    }
    for (int i = rangeStart(code); i < rangeEnd(code); i++) {
      bits[i >>> 6] |= 1L << i;
    }
  }
}
