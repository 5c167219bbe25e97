package dev.scopegate.guard;

import dev.scopegate.Decision;
import dev.scopegate.AccessRule;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The first phase of a {@link Guard} decision, made from the method and the raw path alone: either
 * the request is already decided (400 for a malformed or ambiguous method or path, 403 when no
 * operation is declared, allowed for a public operation or a passed CORS preflight), or it matched
 * a protected operation and the token's claim decides it. The claim is read only in that case, so
 * an adapter reads no claim, and runs no claim source that could fail, for a request the path
 * already decides.
 *
 * {@snippet :
 * Resolution r = guard.resolve(request.getMethod(), path);
 * GuardDecision d = r.decide(() -> claimSource.read(request));   // the supplier runs only if r.needsClaim()
 * }
 *
 * <p>Resolutions are shared: one per route and one per early answer, so resolving allocates
 * nothing; a route with {@linkplain Route#bindings() bindings} gets one resolution per request,
 * which keeps the path its bindings read. Immutable and thread-safe.
 */
public final class Resolution {
  private final Optional<Route> route;
  private final @Nullable GuardDecision early;
  private final Optional<GuardDecision> decision;
  private final @Nullable Route claimed;
  private final @Nullable AccessRule rule;
  /** For a route with bindings: the request's raw path, and the guard's mode lookup. */
  private final @Nullable String path;
  private final @Nullable ModeLookup modes;

  private Resolution(
      Optional<Route> route, @Nullable GuardDecision early, @Nullable Route claimed, @Nullable String path,
      @Nullable ModeLookup modes) {
    this.route = route;
    this.early = early;
    this.decision = Optional.ofNullable(early);
    this.claimed = claimed;
    this.rule = claimed == null ? null : claimed.rule().orElse(null);
    this.path = path;
    this.modes = modes;
  }

  /** A request decided without a claim. */
  static Resolution decided(GuardDecision decision) {
    return new Resolution(decision.route(), decision, null, null, null);
  }

  /** The resolution of every request that matches {@code route}. */
  static Resolution of(Route route) {
    switch (route.access()) {
      case PUBLIC:
        return new Resolution(Optional.of(route), route.allowed, null, null, null);
      case DENIED:
        return new Resolution(Optional.of(route), route.notAuthorizable, null, null, null);
      default:
        return new Resolution(Optional.of(route), null, route, null, null);
    }
  }

  /** The resolution of one request to a protected route with bindings, which read its path. */
  static Resolution bound(Route route, String path, @Nullable ModeLookup modes) {
    return new Resolution(Optional.of(route), null, route, path, modes);
  }

  /**
   * Whether the decision needs the token's claim: the request matched a protected operation.
   *
   * @return {@code true} when {@link #decide(Supplier)} will read the claim
   */
  public boolean needsClaim() {
    return early == null;
  }

  /**
   * Whether the decision reads the token's claims besides its scope: the request matched a
   * protected operation with bindings ({@code {orgId}} bound to {@code org_id}). When {@code
   * false}, a claim read without them ({@link JwtScopeReader#readScope}) decides the same, and an
   * adapter need not copy the token's claims for the request.
   *
   * @return {@code true} when the claim given to {@link #decide} must carry the token's claims
   */
  public boolean needsTokenClaims() {
    return path != null;
  }

  /**
   * The operation the request matched.
   *
   * @return the route; empty when none matched (400, 403 no operation) and for a CORS preflight
   */
  public Optional<Route> route() {
    return route;
  }

  /**
   * The decision, when it is made without a claim.
   *
   * @return the decision; empty when {@link #needsClaim()}
   */
  public Optional<GuardDecision> decision() {
    return decision;
  }

  /**
   * Decides the request with the token's claim; a request already decided ignores it.
   *
   * @param claim the token's scope claim, or {@link ScopeClaim#absent()} when there is no token
   * @return the decision
   */
  public GuardDecision decide(ScopeClaim claim) {
    Objects.requireNonNull(claim, "claim");
    GuardDecision d = early;
    return d != null ? d : check(claim);
  }

  /**
   * Decides the request, asking for the token's claim only when it is needed: at most once, and
   * only when {@link #needsClaim()}.
   *
   * @param claim reads the token's scope claim; must not return {@code null}. Whatever it throws
   *     is thrown from here.
   * @return the decision
   */
  public GuardDecision decide(Supplier<ScopeClaim> claim) {
    Objects.requireNonNull(claim, "claim");
    GuardDecision d = early;
    return d != null ? d : check(Objects.requireNonNull(claim.get(), "the claim supplier returned null"));
  }

  /**
   * The claim check of a protected route: without a token 401 (or, on a route the application
   * also authenticates itself, allowed); with an unusable one 401; on a route without a rule 403
   * (no bearer token can authorize it); then the route's bindings (403 on a mismatch or a missing
   * claim); then the engine's scope check.
   */
  private GuardDecision check(ScopeClaim claim) {
    Route route = Objects.requireNonNull(claimed);
    ScopeClaim.Kind kind = claim.kind();
    if (kind == ScopeClaim.Kind.ABSENT) {
      return route.passesWithoutToken() ? route.allowedWithoutToken : route.unauthenticated;
    }
    if (kind == ScopeClaim.Kind.UNUSABLE) {
      return GuardDecision.invalidToken(route, claim.text());
    }
    AccessRule required = rule;
    if (required == null) {
      return route.notAuthorizable;
    }
    RouteBindings bound = route.bound;
    if (bound != null) {
      GuardDecision denial = bound.check(Objects.requireNonNull(path), claim.claims(), modes);
      if (denial != null) {
        return denial;
      }
    }
    Decision decision = kind == ScopeClaim.Kind.TEXT ? required.check(claim.text()) : required.check(claim.list());
    return decision.allowed() ? route.allowed : GuardDecision.insufficientScope(route, decision);
  }

  /**
   * {@code Resolution[needs claim: GET /v1/things/{id} requires [resource:read]]}, with {@code
   * for /v1/…} when the route's bindings read the path, or {@code Resolution[GuardDecision[NO_ROUTE
   * 403: …]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    GuardDecision d = early;
    String p = path;
    return "Resolution[" + (d != null ? d.toString() : "needs claim: " + claimed) + (p == null ? "" : " for " + p) + "]";
  }
}
