package dev.scopegate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a holder may delegate a set of scopes: mint an API key, or an embed token, that carries
 * them. A key minted by a key must never grant more than its minter, so a delegation is allowed
 * only when the holder holds every requested scope; a refusal names the first one it does not
 * hold, in the reference's words: {@code Token cannot delegate scope: workflow:*}.
 *
 * {@snippet :
 * GrantedScopes minter = SignstackRecipe.MULTI_TENANT_PROVISIONING.grant();
 * Delegation d = Delegation.check(minter, SignstackScopes.CATALOG.parseAll("namespace:read api-key:read"));
 * d.allowed();    // true
 * Delegation wider = Delegation.check(minter, SignstackScopes.CATALOG.parseAll("namespace:* workflow:*"));
 * wider.allowed();    // false
 * wider.notHeld();    // [workflow:*]
 * wider.message();    // Optional[Token cannot delegate scope: workflow:*]
 * }
 *
 * <h2>What a holder holds</h2>
 *
 * <table>
 *   <caption>Which requested scope a holder may delegate</caption>
 *   <tr><th>requested</th><th>delegable when the holder has</th><th>not enough</th></tr>
 *   <tr><td>a verb, {@code workflow:read}</td><td>{@code workflow:read}, {@code workflow:*}, or a
 *       scope whose implications reach {@code workflow:read}</td><td>anything else</td></tr>
 *   <tr><td>a wildcard, {@code workflow:*}</td><td>{@code workflow:*}, or a scope whose
 *       implications reach {@code workflow:*} ({@code admin:all -> workflow:*})</td><td>every verb
 *       of the family one by one</td></tr>
 *   <tr><td>a scope that implies others, {@code accounting.transactions}</td><td>that scope, or a
 *       scope whose implications reach it</td><td>everything it implies, one by one</td></tr>
 * </table>
 *
 * <p><b>A wildcard is delegated only by a holder of the wildcard.</b> A requirement of {@code
 * workflow:*} is covered by the four verbs held one by one, because the check asks what a token
 * may do today. Delegation mints a credential that outlives today's catalog: {@code workflow:*}
 * means every workflow verb, including one the catalog adds next year, which a holder of the four
 * verbs would not have. So a holder of {@code workflow:read workflow:create workflow:update
 * workflow:execute} may delegate each verb, or all four one by one, but not {@code workflow:*}.
 *
 * <p><b>Implications delegate downwards only</b>, as they grant: a holder of a scope may delegate
 * it and everything it implies; delegating a scope delegates its implications too, which the
 * holder then holds as well (implications are transitive), so the delegated set never grants
 * more than its holder. Holding everything a scope implies is not holding the scope.
 *
 * <p>So "holds" is reachability: a holder holds each of its granting entries and every scope,
 * concrete or wildcard, that those entries reach through the catalog's wildcards and
 * implications. For a concrete scope this is exactly {@link GrantedScopes#covers(Scope)}. Since
 * a delegated scope is one the holder holds, whatever it reaches the holder reaches too: a
 * delegated set, and every set delegated from it in turn, never grants or holds more than the
 * first holder.
 *
 * <p>A holder read leniently from a token ({@link ScopeCatalog#parseClaim(String)}) holds nothing
 * through its ignored entries. Immutable.
 */
public final class Delegation {
  /** The message prefix; the first requested scope the holder does not hold follows. */
  static final String MESSAGE_PREFIX = "Token cannot delegate scope: ";

  private final List<Scope> requested;
  private final List<Scope> notHeld;
  private final Optional<String> message;

  private Delegation(List<Scope> requested, List<Scope> notHeld) {
    this.requested = requested;
    this.notHeld = notHeld;
    this.message = notHeld.isEmpty() ? Optional.empty() : Optional.of(MESSAGE_PREFIX + notHeld.get(0));
  }

  /**
   * Decides whether {@code holder} may delegate {@code requested}.
   *
   * @param holder what the minting key or token grants
   * @param requested the scopes the new credential would carry, already parsed strictly against
   *     the holder's catalog (such as {@code catalog.parseAll(text)}); may be empty
   * @return the decision
   * @throws InvalidScopeException if a requested scope is not declared by the holder's catalog
   */
  public static Delegation check(GrantedScopes holder, Collection<Scope> requested) {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(requested, "requested");
    ScopeCatalog catalog = holder.catalog();
    List<Scope> distinct = List.copyOf(new LinkedHashSet<>(requested));
    BitSet held = held(catalog, holder);
    List<Scope> notHeld = new ArrayList<>();
    for (Scope scope : distinct) {
      if (!held.get(catalog.codeOf(scope))) {
        notHeld.add(scope);
      }
    }
    return new Delegation(distinct, List.copyOf(notHeld));
  }

  /** Every code the holder's granting entries are or reach, wildcards included. */
  private static BitSet held(ScopeCatalog catalog, GrantedScopes holder) {
    BitSet out = new BitSet();
    for (Scope entry : holder.entries()) {
      int code = catalog.codeOf(entry);
      out.set(code);
      out.or(catalog.closure().reachable(code));
    }
    return out;
  }

  /**
   * Whether the holder may delegate every requested scope.
   *
   * @return {@code true} when nothing requested is missing from what the holder holds
   */
  public boolean allowed() {
    return notHeld.isEmpty();
  }

  /**
   * The requested scopes, in the order given, without repeats.
   *
   * @return the requested scopes
   */
  public List<Scope> requested() {
    return requested;
  }

  /**
   * The requested scopes the holder does not hold, in requested order.
   *
   * @return the scopes; empty when allowed
   */
  public List<Scope> notHeld() {
    return notHeld;
  }

  /**
   * The refusal message, exactly {@code Token cannot delegate scope: workflow:*}, naming the first
   * requested scope the holder does not hold.
   *
   * @return the message; empty when allowed
   */
  public Optional<String> message() {
    return message;
  }

  /**
   * Delegations are equal when they have the same requested scopes and the same scopes not held.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal delegation
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Delegation
        && ((Delegation) other).requested.equals(requested)
        && ((Delegation) other).notHeld.equals(notHeld);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requested, notHeld);
  }

  /**
   * {@code Delegation[allowed: [namespace:read]]} or {@code Delegation[refused: Token cannot
   * delegate scope: workflow:*; not held [workflow:*]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return allowed()
        ? "Delegation[allowed: " + requested + "]"
        : "Delegation[refused: " + message.orElse("") + "; not held " + notHeld + "]";
  }
}
