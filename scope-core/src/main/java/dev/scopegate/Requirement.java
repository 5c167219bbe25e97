package dev.scopegate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The scopes an operation requires, compiled against a catalog: a token must cover <b>all</b> of
 * them. A required wildcard ({@code workflow:*}) means every verb of the family, and is covered by
 * the wildcard itself or by all of the verbs granted one by one. A required scope is covered when
 * the token holds it or a scope whose declared implications grant it, never by holding only what
 * it implies.
 *
 * <p>Compile once (at start-up, per operation), check on every request:
 *
 * {@snippet :
 * static final Requirement CREATE_WORKFLOW = SignstackScopes.CATALOG.requirement("workflow:create");
 *
 * Decision d = CREATE_WORKFLOW.check(claim);   // claim: the token's "scope" string
 * d.allowed();                                 // false for "workflow:read"
 * d.message();                                 // Optional[Token lacks required scope: workflow:create]
 * CREATE_WORKFLOW.checkClaim(claims.get("scope"));   // the raw JSON claim value: null, a String, a List
 * }
 *
 * <p>An empty requirement is covered by every granted set, even an empty one. For "this or that",
 * combine requirements into an {@link AccessRule}.
 *
 * <h2>Layout</h2>
 *
 * The union of the required scopes is kept as a sparse bitset over the catalog's numbering: the
 * first non-zero word inline ({@code firstWord}, {@code firstMask}) and any further non-zero words
 * in two small arrays, so {@link GrantedScopes#covers(Requirement)} is one AND-NOT per word the
 * requirement touches, whatever the catalog's size; a requirement that needs only word 0 (any
 * requirement over a catalog of at most 64 concrete scopes) is one AND-NOT of two fields. Reading
 * a claim in place ({@link #check(String)}) is a strategy chosen when the requirement is compiled
 * (see {@code ClaimCheck}); none of them keeps anything as large as the catalog.
 */
public final class Requirement {
  private final ScopeCatalog catalog;
  private final List<Scope> scopes;
  /** Per declared scope, its catalog code. */
  private final int[] codes;

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
  /**
   * The catalog when the requirement needs one word, whichever it is (no more words), else null:
   * {@link GrantedScopes#covers(Requirement)} then reads that one word with no loop (opaque
   * catalogs such as Okta's 109 scopes, where a scope's code is often past 64).
   */
  final @Nullable ScopeCatalog oneWordCatalog;

  /** The denial when exactly one scope is declared: it never changes, so it is built once. */
  final @Nullable Decision onlyDenial;

  /** How {@link #check(String)} reads a claim, chosen when the requirement is compiled. */
  final ClaimCheck claimCheck;

  Requirement(ScopeCatalog catalog, List<Scope> declared) {
    this.catalog = catalog;
    this.scopes = List.copyOf(new LinkedHashSet<>(declared));
    Numbering numbering = catalog.numbering();
    this.codes = new int[scopes.size()];
    long[] union = new long[numbering.words()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = catalog.codeOf(scopes.get(i));
      numbering.setRequired(union, codes[i]);
    }
    List<Integer> nonZero = new ArrayList<>();
    for (int w = 0; w < union.length; w++) {
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
    this.oneWordCatalog = more == 0 ? catalog : null;
    this.onlyDenial = scopes.size() == 1 ? Decision.deny(scopes, scopes) : null;
    this.claimCheck = ClaimCheck.compile(catalog, List.of(this));
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

  /** Per declared scope, its catalog code. */
  int[] codes() {
    return codes;
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
    return claimCheck.check(claim);
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
    return claimCheck.check(claim);
  }

  /**
   * Checks a claim value exactly as it comes out of a JSON claims map ({@code
   * claims.get("scope")}): a {@code String} is read as {@link #check(String)}, a {@code List} as
   * {@link #check(List)}, and anything else ({@code null} for an absent claim, a number, a map)
   * grants nothing. Never throws.
   *
   * {@snippet :
   * Decision d = CREATE_WORKFLOW.checkClaim(jwt.getClaims().get("scope"));   // no NullPointerException
   * }
   *
   * @param claimValue the claim's value, or {@code null}
   * @return the decision
   */
  public Decision checkClaim(@Nullable Object claimValue) {
    return claimCheck.checkValue(claimValue);
  }

  /** The denial for a granted bitset that does not cover this requirement. */
  Decision denial(long[] bits) {
    return onlyDenial != null ? onlyDenial : Decision.deny(scopes, missingFrom(bits));
  }

  /** The declared scopes that {@code bits} does not cover, in declared order. */
  List<Scope> missingFrom(long[] bits) {
    Numbering numbering = catalog.numbering();
    List<Scope> missing = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      if (!numbering.covers(bits, codes[i])) {
        missing.add(scopes.get(i));
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
