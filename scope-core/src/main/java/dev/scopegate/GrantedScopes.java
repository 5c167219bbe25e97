package dev.scopegate;

import dev.scopegate.internal.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a token (or a key's scope list) grants, compiled against a catalog: a bitset over the
 * catalog's concrete scopes, plus the entries it was read from and the entries that granted
 * nothing.
 *
 * <p>Grants are additive, a declared wildcard grants every verb of its family, and a scope grants
 * everything its declared implications reach (folded into the bits when the set is built). Build one with
 * {@link ScopeCatalog#parseClaim(String)} (lenient, for tokens) or {@link ScopeCatalog#grant}
 * (strict scopes), then check requirements against it:
 *
 * {@snippet :
 * GrantedScopes granted = catalog.parseClaim("workflow:* file:read file:*");
 * granted.covers(catalog.requirement("workflow:create"));   // true
 * granted.ignored();   // [file:* (WILDCARD_NOT_SUPPORTED: the file family declares no wildcard)]
 * }
 *
 * <p>{@link #covers(Requirement)} is one AND-NOT per bitset word the requirement touches and
 * allocates nothing, like {@code EnumSet.containsAll}. When all the required scopes sit in the
 * bitset's first word (every requirement over a catalog of at most 64 concrete scopes, such as
 * Signstack's), it is one identity comparison and one AND-NOT of two fields, with no array read;
 * {@link #covers(AccessRule)} on such a rule of one or two alternatives is one identity comparison
 * and one AND-NOT of fields per alternative; on a rule of more alternatives, or one whose
 * alternatives each need one word (whichever it is), it reads each alternative's word index and
 * mask from two arrays.
 * Equal catalogs are one interned instance, so a requirement compiled against an equal catalog
 * takes the same path.
 */
public final class GrantedScopes {
  private final ScopeCatalog catalog;
  private final long[] bits;
  /** {@code bits[0]}, kept inline so the common check reads no array (see {@link #covers}). */
  private final long word0;
  private final List<Scope> entries;
  private final List<IgnoredEntry> ignored;

  GrantedScopes(ScopeCatalog catalog, long[] bits, List<Scope> entries, List<IgnoredEntry> ignored) {
    this.catalog = catalog;
    this.bits = bits;
    this.word0 = bits[0];
    this.entries = entries;
    this.ignored = ignored;
  }

  /**
   * The catalog the set was compiled against.
   *
   * @return the catalog
   */
  public ScopeCatalog catalog() {
    return catalog;
  }

  /**
   * The entries that granted something, as the catalog's scopes, in first-seen order without
   * repeats (wildcards stay wildcards).
   *
   * @return the granting entries
   */
  public List<Scope> entries() {
    return entries;
  }

  /**
   * The claim entries that granted nothing (malformed, unknown, undeclared wildcards, non-strings),
   * in claim order.
   *
   * @return the ignored entries; empty when every entry granted something
   */
  public List<IgnoredEntry> ignored() {
    return ignored;
  }

  /**
   * Every concrete scope granted, wildcards and implications expanded, in catalog order.
   *
   * @return the concrete scopes
   */
  public List<Scope> expanded() {
    return catalog.scopesOf(bits);
  }

  /** The bitset; not to be modified. */
  long[] bits() {
    return bits;
  }

  /**
   * Whether nothing at all is granted.
   *
   * @return {@code true} if no concrete scope is granted
   */
  public boolean isEmpty() {
    for (long word : bits) {
      if (word != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every required scope is granted. Allocates nothing.
   *
   * @param requirement a requirement compiled against the same (or an equal, hence the same
   *     interned) catalog
   * @return {@code true} if the requirement is covered
   * @throws IllegalArgumentException if the requirement belongs to a different catalog
   */
  public boolean covers(Requirement requirement) {
    // The common case in one comparison: a requirement of this very catalog that needs only word 0.
    if (requirement.word0Catalog == catalog) {
      return (requirement.firstMask & ~word0) == 0;
    }
    // Next: a requirement of this catalog that needs one word past the first.
    if (requirement.oneWordCatalog == catalog) {
      return (requirement.firstMask & ~bits[requirement.firstWord]) == 0;
    }
    if (requirement.catalog() != catalog) {
      throw differentCatalog(requirement.toString(), requirement.catalog());
    }
    long[] b = bits;
    if ((requirement.firstMask & ~b[requirement.firstWord]) != 0) {
      return false;
    }
    int[] words = requirement.moreWords;
    long[] masks = requirement.moreMasks;
    for (int i = 0; i < words.length; i++) {
      if ((masks[i] & ~b[words[i]]) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether some alternative of a rule is covered. Allocates nothing.
   *
   * @param rule a rule compiled against the same (or an equal) catalog
   * @return {@code true} if some alternative is covered
   * @throws IllegalArgumentException if the rule belongs to a different catalog
   */
  public boolean covers(AccessRule rule) {
    // The common case: one or two alternatives of a rule of this very catalog, each in word 0.
    if (rule.word0PairCatalog == catalog) {
      long w = word0;
      return (rule.pairMask0 & ~w) == 0 || (rule.pairMask1 & ~w) == 0;
    }
    // Next: every alternative of a rule of this catalog needs one word, whichever it is.
    if (rule.oneWordCatalog == catalog) {
      int[] words = rule.oneWords;
      long[] masks = rule.oneMasks;
      long[] b = bits;
      for (int a = 0; a < words.length; a++) {
        if ((masks[a] & ~b[words[a]]) == 0) {
          return true;
        }
      }
      return false;
    }
    Requirement only = rule.only;
    if (only != null) {
      return covers(only);
    }
    List<Requirement> alternatives = rule.alternatives();
    for (int i = 0, n = alternatives.size(); i < n; i++) {
      if (covers(alternatives.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one scope is granted: a wildcard when every verb of its family is, any other scope
   * when it is held itself or through a scope that implies it.
   *
   * @param scope a scope of the catalog
   * @return {@code true} if granted; {@code false} for a scope the catalog does not declare
   */
  public boolean covers(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    return catalog.contains(scope) && catalog.numbering().covers(bits, catalog.codeOf(scope));
  }

  /**
   * Checks a requirement and explains the answer. Allocates nothing when allowed.
   *
   * @param requirement a requirement compiled against the same (or an equal) catalog
   * @return the allowed decision or a denial naming the missing scopes
   * @throws IllegalArgumentException if the requirement belongs to a different catalog
   */
  public Decision check(Requirement requirement) {
    return covers(requirement) ? Decision.ALLOWED : requirement.denial(bits);
  }

  /**
   * Checks a rule and explains the answer: allowed when some alternative is covered, else the
   * denial of the closest alternative (fewest missing scopes; the first declared on a tie), with
   * its missing scopes, its message and its {@linkplain Decision#required() required scopes}.
   * Allocates nothing when allowed.
   *
   * @param rule a rule compiled against the same (or an equal) catalog
   * @return the decision
   * @throws IllegalArgumentException if the rule belongs to a different catalog
   */
  public Decision check(AccessRule rule) {
    return covers(rule) ? Decision.ALLOWED : ClaimCheck.decide(rule.alternatives(), bits);
  }

  private IllegalArgumentException differentCatalog(String what, ScopeCatalog other) {
    return new IllegalArgumentException("The requirement " + what + " was compiled against " + other + ", not this set's " + catalog);
  }

  /**
   * Two granted sets are equal when they come from equal catalogs and have the same granting
   * entries (in order) and the same ignored entries.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal granted set
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof GrantedScopes)) {
      return false;
    }
    GrantedScopes that = (GrantedScopes) other;
    return entries.equals(that.entries)
        && ignored.equals(that.ignored)
        && Arrays.equals(bits, that.bits)
        && catalog.equals(that.catalog);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries, ignored);
  }

  /**
   * The entries and ignored entries: {@code GrantedScopes[workflow:* file:read; ignored: file:*]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GrantedScopes[");
    for (int i = 0; i < entries.size(); i++) {
      sb.append(i == 0 ? "" : " ").append(entries.get(i));
    }
    if (!ignored.isEmpty()) {
      sb.append("; ignored:");
      for (IgnoredEntry e : ignored) {
        sb.append(' ').append(Text.quote(e.text()));
      }
    }
    return sb.append(']').toString();
  }
}
