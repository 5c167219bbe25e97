package dev.scopegate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An operation's access rule: one or more {@link Requirement}s, <b>any</b> of which suffices, as
 * OpenAPI's {@code security} list is (an OR of alternatives, each an AND of scopes).
 *
 * {@snippet :
 * // Xero: a read-write or a read-only app may list invoices.
 * AccessRule listInvoices = AccessRule.anyOf(
 *     xero.requirement("accounting.transactions"),
 *     xero.requirement("accounting.transactions.read"));
 *
 * listInvoices.check("openid accounting.transactions.read").allowed();   // true: the second alternative
 * Decision d = listInvoices.check("openid");
 * d.message();    // Optional[Token lacks required scope: accounting.transactions]
 * d.required();   // [accounting.transactions]: the closest alternative's scopes, for scope="..."
 * }
 *
 * <p>A denial is about the alternative closest to the token: the one with the fewest missing
 * scopes, the first declared on a tie. {@link Decision#missing()} lists its missing scopes, the
 * message names the first of them in the reference's words ({@code Token lacks required scope:
 * X}), and {@link Decision#required()} lists its declared scopes, which is what an RFC 6750 {@code
 * WWW-Authenticate: Bearer error="insufficient_scope", scope="..."} attribute carries. A rule of
 * one requirement answers exactly as the requirement does.
 *
 * <p>Compiled once: the alternatives' scopes are renumbered together, so a claim is read once for
 * all of them and the answer is one AND-NOT per alternative; the allowed path allocates nothing.
 */
public final class AccessRule {
  private final ScopeCatalog catalog;
  private final List<Requirement> alternatives;
  /** The rule's own compiled check when it has several alternatives; else null. */
  private final @Nullable ClaimCheck claimCheck;
  /** The only alternative of a one-requirement rule, which answers for the rule; else null. */
  final @Nullable Requirement only;
  /**
   * The catalog when the rule has one or two alternatives and each needs only bitset word 0 (every
   * such rule over a catalog of at most 64 concrete scopes), else null: {@link
   * GrantedScopes#covers(AccessRule)} then ANDs-NOT {@link #pairMask0} and {@link #pairMask1}
   * against the set's inline word 0 and reads no array (OpenAPI's commonest OR: a read-write scope
   * or its read-only one).
   */
  final @Nullable ScopeCatalog word0PairCatalog;
  /** The first alternative's word-0 mask when {@link #word0PairCatalog} is set; else 0. */
  final long pairMask0;
  /**
   * The second alternative's word-0 mask (the first's again for a one-alternative rule) when {@link
   * #word0PairCatalog} is set; else 0.
   */
  final long pairMask1;
  /**
   * The catalog when every alternative needs one bitset word, whichever it is (Okta's 109 scopes,
   * say), else null: {@link GrantedScopes#covers(AccessRule)} then reads word {@link #oneWords}
   * {@code [a]} of the granted bits and ANDs-NOT {@link #oneMasks}{@code [a]} for each alternative.
   * Set whenever {@link #word0PairCatalog} is.
   */
  final @Nullable ScopeCatalog oneWordCatalog;
  /** Per alternative, its one word's index when {@link #oneWordCatalog} is set; else empty. */
  final int[] oneWords;
  /** Per alternative, its one word's mask when {@link #oneWordCatalog} is set; else empty. */
  final long[] oneMasks;

  private AccessRule(List<Requirement> alternatives) {
    this.alternatives = alternatives;
    this.catalog = alternatives.get(0).catalog();
    for (Requirement r : alternatives) {
      if (r.catalog() != catalog) {
        throw new IllegalArgumentException("The alternatives of an access rule must share one catalog: " + alternatives.get(0)
            + " was compiled against " + catalog + ", " + r + " against " + r.catalog());
      }
    }
    this.only = alternatives.size() == 1 ? alternatives.get(0) : null;
    boolean word0 = true;
    boolean oneWord = true;
    for (Requirement r : alternatives) {
      word0 &= r.word0Catalog == catalog;
      oneWord &= r.oneWordCatalog == catalog;
    }
    this.oneWordCatalog = oneWord ? catalog : null;
    this.oneWords = new int[oneWord ? alternatives.size() : 0];
    this.oneMasks = new long[oneWords.length];
    for (int a = 0; a < oneWords.length; a++) {
      oneWords[a] = alternatives.get(a).firstWord;
      oneMasks[a] = alternatives.get(a).firstMask;
    }
    boolean pair = word0 && oneMasks.length <= 2;
    this.word0PairCatalog = pair ? catalog : null;
    this.pairMask0 = pair ? oneMasks[0] : 0;
    this.pairMask1 = pair ? oneMasks[oneMasks.length - 1] : 0;
    this.claimCheck = only != null ? null : ClaimCheck.compile(catalog, alternatives);
  }

  /**
   * A rule that allows a token covering any of the requirements.
   *
   * @param first the first alternative
   * @param more further alternatives, in declared order
   * @return the rule
   * @throws IllegalArgumentException if the requirements belong to different catalogs
   */
  public static AccessRule anyOf(Requirement first, Requirement... more) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(more, "more");
    List<Requirement> all = new ArrayList<>(more.length + 1);
    all.add(first);
    for (Requirement r : more) {
      all.add(Objects.requireNonNull(r, "alternative"));
    }
    return new AccessRule(List.copyOf(all));
  }

  /**
   * A rule that allows a token covering any of the requirements.
   *
   * @param alternatives the alternatives, in declared order; at least one
   * @return the rule
   * @throws IllegalArgumentException if the list is empty, or the requirements belong to
   *     different catalogs
   */
  public static AccessRule anyOf(List<Requirement> alternatives) {
    Objects.requireNonNull(alternatives, "alternatives");
    List<Requirement> copy = new ArrayList<>(alternatives.size());
    for (Requirement r : alternatives) {
      copy.add(Objects.requireNonNull(r, "alternative"));
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("An access rule needs at least one alternative");
    }
    return new AccessRule(List.copyOf(copy));
  }

  /**
   * The rule of one requirement, which answers exactly as the requirement does.
   *
   * @param requirement the requirement
   * @return the rule
   */
  public static AccessRule of(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    return new AccessRule(List.of(requirement));
  }

  /**
   * The alternatives, in declared order.
   *
   * @return the alternatives; at least one
   */
  public List<Requirement> alternatives() {
    return alternatives;
  }

  /**
   * The catalog the alternatives were compiled against.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * Checks a token's space-delimited {@code scope} claim, read leniently in place as {@link
   * Requirement#check(String)} reads it. Allocates nothing when some alternative is covered.
   *
   * @param claim the claim, such as {@code "openid accounting.transactions.read"}
   * @return allowed, or the denial of the closest alternative
   */
  public Decision check(String claim) {
    Objects.requireNonNull(claim, "claim");
    return only != null ? only.check(claim) : Objects.requireNonNull(claimCheck).check(claim);
  }

  /**
   * Checks a token's claim given as a list (the {@code scp} array form), read leniently as {@link
   * Requirement#check(List)} reads it. Allocates nothing when some alternative is covered.
   *
   * @param claim the claim's entries
   * @return allowed, or the denial of the closest alternative
   */
  public Decision check(List<?> claim) {
    Objects.requireNonNull(claim, "claim");
    return only != null ? only.check(claim) : Objects.requireNonNull(claimCheck).check(claim);
  }

  /**
   * Checks a claim value exactly as it comes out of a JSON claims map: a {@code String} as {@link
   * #check(String)}, a {@code List} as {@link #check(List)}, anything else (including {@code null}
   * for an absent claim) grants nothing. Never throws.
   *
   * @param claimValue the claim's value, or {@code null}
   * @return allowed, or the denial of the closest alternative
   */
  public Decision checkClaim(@Nullable Object claimValue) {
    return only != null ? only.checkClaim(claimValue) : Objects.requireNonNull(claimCheck).checkValue(claimValue);
  }

  /**
   * Rules are equal when their alternatives are, in the same order.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal rule
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AccessRule && ((AccessRule) other).alternatives.equals(alternatives);
  }

  @Override
  public int hashCode() {
    return alternatives.hashCode();
  }

  /**
   * The alternatives: {@code AccessRule[accounting.transactions | accounting.transactions.read]},
   * scopes of one alternative separated by commas.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("AccessRule[");
    for (int i = 0; i < alternatives.size(); i++) {
      sb.append(i == 0 ? "" : " | ");
      List<Scope> scopes = alternatives.get(i).scopes();
      for (int j = 0; j < scopes.size(); j++) {
        sb.append(j == 0 ? "" : ", ").append(scopes.get(j));
      }
    }
    return sb.append(']').toString();
  }
}
