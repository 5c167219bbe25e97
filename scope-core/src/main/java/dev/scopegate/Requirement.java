package dev.scopegate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The scopes an operation requires, compiled against a catalog: a token must cover <b>all</b> of
 * them. A required wildcard ({@code workflow:*}) means every verb of the family, and is covered by
 * the wildcard itself or by all of the verbs granted one by one.
 *
 * <p>Compile once (at start-up, per operation), check on every request:
 *
 * {@snippet :
 * static final Requirement CREATE_WORKFLOW = SignstackScopes.CATALOG.requirement("workflow:create");
 *
 * Decision d = CREATE_WORKFLOW.check(claim);   // claim: the token's "scope" string
 * d.allowed();                                 // false for "workflow:read"
 * d.message();                                 // Optional[Token lacks required scope: workflow:create]
 * }
 *
 * <p>An empty requirement is covered by every granted set, even an empty one.
 *
 * <h2>Layout</h2>
 *
 * The union of the required scopes is kept as a sparse bitset over the catalog's numbering: the
 * first non-zero word inline ({@code firstWord}, {@code firstMask}) and any further non-zero words
 * in two small arrays, so {@link GrantedScopes#covers(Requirement)} is one AND-NOT per word the
 * requirement touches, whatever the catalog's size; a requirement that needs only word 0 (any
 * requirement over a catalog of at most 64 concrete scopes) is one AND-NOT of two fields. For
 * reading a claim in place ({@link #check(String)}), the requirement also renumbers its own
 * concrete scopes 0..k-1 and keeps, per catalog code, the local bits that code grants: a claim
 * entry then costs one table probe and one OR, and the answer is {@code acc == full}, with no
 * granted set built at all. Requirements of more than 64 distinct concrete scopes skip that table
 * and read the claim into a granted set.
 *
 * <p>A requirement of at most four concrete scopes (nearly every operation's) does not scan at
 * all: it searches the claim for each of its scopes, and for the family's declared wildcard, as
 * whole entries with {@link String#indexOf(String, int)}, a vectorised JIT intrinsic, and sets the
 * local bit of each one found. On the nine-entry backend-workflows claim that is an order of
 * magnitude faster than hashing every entry character by character (see BENCHMARKS.md). A
 * requirement of exactly one scope builds its denial once.
 */
public final class Requirement {
  private final ScopeCatalog catalog;
  private final List<Scope> scopes;

  final int firstWord;
  final long firstMask;
  final int[] moreWords;
  final long[] moreMasks;
  /**
   * The catalog when the requirement needs only word 0 ({@code firstWord == 0}, no more words),
   * else null: {@link GrantedScopes#covers(Requirement)} then checks the catalog and the word
   * kind with one identity comparison.
   */
  final @Nullable ScopeCatalog word0Catalog;

  /** Per declared scope, its mask over the catalog's numbering (for reporting what is missing). */
  private final long[][] declaredMasks;

  /** The denial when exactly one scope is declared: it never changes, so it is built once. */
  private final @Nullable Decision onlyDenial;

  /**
   * For requirements of at most {@value #SEARCH_LIMIT} concrete scopes: their texts, and per text
   * the declared wildcard of its family (or null), searched for as whole claim entries.
   */
  private final String @Nullable [] searchTexts;
  private final @Nullable String @Nullable [] searchWildcards;

  /** How many concrete scopes a requirement may span for {@link #check(String)} to search for them. */
  static final int SEARCH_LIMIT = 4;

  /** Per catalog code, the local bits it grants; null when the requirement spans over 64 scopes. */
  private final long @Nullable [] localByCode;
  private final long localFull;
  private final long[] declaredLocal;

  Requirement(ScopeCatalog catalog, List<Scope> declared) {
    this.catalog = catalog;
    this.scopes = List.copyOf(new LinkedHashSet<>(declared));
    int words = catalog.words();
    long[] union = new long[words];
    this.declaredMasks = new long[scopes.size()][];
    for (int i = 0; i < scopes.size(); i++) {
      long[] mask = new long[words];
      catalog.setBits(mask, catalog.codeOf(scopes.get(i)));
      declaredMasks[i] = mask;
      for (int w = 0; w < words; w++) {
        union[w] |= mask[w];
      }
    }
    List<Integer> nonZero = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      if (union[w] != 0) {
        nonZero.add(w);
      }
    }
    this.firstWord = nonZero.isEmpty() ? 0 : nonZero.get(0);
    this.firstMask = union[firstWord];
    int more = Math.max(0, nonZero.size() - 1);
    this.moreWords = new int[more];
    this.moreMasks = new long[more];
    for (int i = 0; i < more; i++) {
      moreWords[i] = nonZero.get(i + 1);
      moreMasks[i] = union[moreWords[i]];
    }
    this.word0Catalog = firstWord == 0 && more == 0 ? catalog : null;

    this.onlyDenial = scopes.size() == 1 ? Decision.deny(scopes) : null;
    int distinctConcrete = 0;
    for (long word : union) {
      distinctConcrete += Long.bitCount(word);
    }
    if (distinctConcrete > 0 && distinctConcrete <= SEARCH_LIMIT) {
      String[] texts = new String[distinctConcrete];
      String[] wildcards = new String[distinctConcrete];
      int j = 0;
      for (int i = 0; i < catalog.scopes().size(); i++) {
        if ((union[i >>> 6] & (1L << i)) != 0) {
          Scope scope = catalog.scopeAt(i);
          texts[j] = scope.toString();
          wildcards[j] = catalog.family(scope.family()).flatMap(ScopeFamily::wildcard).map(Scope::toString).orElse(null);
          j++;
        }
      }
      this.searchTexts = texts;
      this.searchWildcards = wildcards;
    } else {
      this.searchTexts = null;
      this.searchWildcards = null;
    }
    this.declaredLocal = new long[scopes.size()];
    if (distinctConcrete > Long.SIZE) {
      this.localByCode = null;
      this.localFull = 0;
      return;
    }
    long[] local = new long[catalog.codeCount()];
    int n = catalog.scopes().size();
    int rank = 0;
    for (int i = 0; i < n; i++) {
      if ((union[i >>> 6] & (1L << i)) != 0) {
        local[i] = 1L << rank++;
      }
    }
    for (int code = n; code < local.length; code++) {
      local[code] = localOf(catalog, local, code);
    }
    for (int i = 0; i < scopes.size(); i++) {
      declaredLocal[i] = local[catalog.codeOf(scopes.get(i))];
    }
    this.localByCode = local;
    this.localFull = rank == Long.SIZE ? -1L : (1L << rank) - 1;
  }

  /** The local bits of a wildcard code: the OR of its family's concrete scopes' local bits. */
  private static long localOf(ScopeCatalog catalog, long[] local, int code) {
    long[] family = new long[catalog.words()];
    catalog.setBits(family, code);
    long bits = 0;
    for (int i = 0; i < catalog.scopes().size(); i++) {
      if ((family[i >>> 6] & (1L << i)) != 0) {
        bits |= local[i];
      }
    }
    return bits;
  }

  /**
   * The catalog the requirement was compiled against.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * The required scopes as declared, in declared order, repeats removed.
   *
   * @return the required scopes
   */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * Checks a token's space-delimited {@code scope} claim against this requirement, reading it
   * leniently in place exactly as {@link ScopeCatalog#parseClaim(String)} would (malformed and
   * unknown entries grant nothing; an over-long claim grants nothing), without building a granted
   * set. Allocates nothing when the claim covers the requirement.
   *
   * @param claim the claim, such as {@code "workflow:read workflow:create"}
   * @return the decision
   */
  public Decision check(String claim) {
    Objects.requireNonNull(claim, "claim");
    long[] local = localByCode;
    if (local == null) {
      return catalog.parseClaim(claim).check(this);
    }
    long full = localFull;
    if (full == 0) {
      return Decision.ALLOWED;
    }
    int length = claim.length();
    if (length > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return denyLocal(0);
    }
    String[] texts = searchTexts;
    if (texts != null) {
      long found = searchedBits(claim, texts, Objects.requireNonNull(searchWildcards));
      return found == full ? Decision.ALLOWED : denyLocal(found);
    }
    ScopeTable table = catalog.table();
    long acc = 0;
    int i = 0;
    while (i < length) {
      char c = claim.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      // One pass per entry: find its end and hash it together, then probe the table in place.
      int start = i;
      int hash = 0;
      do {
        hash = 31 * hash + c;
        if (++i == length) {
          break;
        }
        c = claim.charAt(i);
      } while (c != ' ');
      int code = table.probe(claim, start, i - start, hash);
      if (code != ScopeTable.MISSING) {
        acc |= local[code];
        if (acc == full) {
          return Decision.ALLOWED;
        }
      }
    }
    return denyLocal(acc);
  }

  /**
   * Checks a token's claim given as a list (the {@code scp} array form) against this requirement,
   * reading it leniently as {@link ScopeCatalog#parseClaim(List)} would, without building a
   * granted set. Allocates nothing when the claim covers the requirement.
   *
   * @param claim the claim's entries
   * @return the decision
   */
  public Decision check(List<?> claim) {
    Objects.requireNonNull(claim, "claim");
    long[] local = localByCode;
    if (local == null) {
      return catalog.parseClaim(claim).check(this);
    }
    long full = localFull;
    if (full == 0) {
      return Decision.ALLOWED;
    }
    if (ScopeCatalog.listClaimLength(claim) > ScopeCatalog.MAX_CLAIM_LENGTH) {
      return denyLocal(0);
    }
    ScopeTable table = catalog.table();
    long acc = 0;
    if (claim instanceof RandomAccess) {
      for (int i = 0, size = claim.size(); i < size; i++) {
        acc |= localBits(table, local, claim.get(i));
        if (acc == full) {
          return Decision.ALLOWED;
        }
      }
    } else {
      for (Object entry : claim) {
        acc |= localBits(table, local, entry);
        if (acc == full) {
          return Decision.ALLOWED;
        }
      }
    }
    return denyLocal(acc);
  }

  /**
   * The local bits of the required concrete scopes that stand in the claim as whole entries,
   * themselves or as their family's declared wildcard (search index {@code j} is local bit {@code
   * j}: both number the requirement's scopes in catalog order). {@link String#indexOf(String, int)}
   * is a JIT intrinsic that scans many characters per instruction, so a few searches beat hashing
   * every entry character by character; the answer is the scan's, since an entry is exactly the
   * text between spaces.
   */
  private static long searchedBits(String claim, String[] texts, @Nullable String[] wildcards) {
    long found = 0;
    for (int j = 0; j < texts.length; j++) {
      String wildcard = wildcards[j];
      if (containsEntry(claim, texts[j]) || (wildcard != null && containsEntry(claim, wildcard))) {
        found |= 1L << j;
      }
    }
    return found;
  }

  /** Whether {@code text} is one of the claim's space-delimited entries. */
  static boolean containsEntry(String claim, String text) {
    int length = claim.length();
    int from = 0;
    while (true) {
      int at = claim.indexOf(text, from);
      if (at < 0) {
        return false;
      }
      int end = at + text.length();
      if ((at == 0 || claim.charAt(at - 1) == ' ') && (end == length || claim.charAt(end) == ' ')) {
        return true;
      }
      from = at + 1;
    }
  }

  private static long localBits(ScopeTable table, long[] local, @Nullable Object entry) {
    if (entry instanceof String) {
      int code = table.find((String) entry);
      if (code != ScopeTable.MISSING) {
        return local[code];
      }
    }
    return 0;
  }

  private Decision denyLocal(long acc) {
    if (onlyDenial != null) {
      return onlyDenial;
    }
    List<Scope> missing = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      if ((declaredLocal[i] & ~acc) != 0) {
        missing.add(scopes.get(i));
      }
    }
    return Decision.deny(missing);
  }

  /** The denial for a granted bitset that does not cover this requirement. */
  Decision denial(long[] bits) {
    return onlyDenial != null ? onlyDenial : Decision.deny(missingFrom(bits));
  }

  /** The declared scopes that {@code bits} does not cover, in declared order. */
  List<Scope> missingFrom(long[] bits) {
    List<Scope> missing = new ArrayList<>();
    for (int i = 0; i < scopes.size(); i++) {
      long[] mask = declaredMasks[i];
      for (int w = 0; w < mask.length; w++) {
        if ((mask[w] & ~bits[w]) != 0) {
          missing.add(scopes.get(i));
          break;
        }
      }
    }
    return Collections.unmodifiableList(missing);
  }

  /**
   * Requirements are equal when they are compiled against equal catalogs and declare the same
   * scopes in the same order.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal requirement
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Requirement)) {
      return false;
    }
    Requirement that = (Requirement) other;
    return scopes.equals(that.scopes) && catalog.equals(that.catalog);
  }

  @Override
  public int hashCode() {
    return scopes.hashCode();
  }

  /**
   * The required scopes: {@code Requirement[workflow:create, workflow:read]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Requirement" + scopes;
  }
}
