package dev.scopegate.spring;

import dev.scopegate.guard.GuardDecision;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The granted results of one {@link GuardAuthorizationManager}, one per allowed decision. The guard
 * answers every allowed request to an operation with that operation's one decision object, so the
 * results are kept by identity and an allowed request allocates no result. The map is copied on
 * write and published whole, so a read takes no lock; it holds at most a few entries more than
 * the table's operations give (the guard's other shared allowed answers, such as a passed CORS
 * preflight); an operation has at most two (allowed with its token, and allowed without one where
 * it is authenticated elsewhere). Past that bound a result is made per request rather than kept.
 */
final class GrantedResults {
  private static final int SHARED_ANSWERS = 8;

  private final int limit;
  private volatile Map<GuardDecision, GuardAuthorizationResult> results = new IdentityHashMap<>();

  GrantedResults(int operations) {
    this.limit = 2 * operations + SHARED_ANSWERS;
  }

  /** The result for an allowed decision. */
  GuardAuthorizationResult result(GuardDecision allowed) {
    GuardAuthorizationResult known = results.get(allowed);
    return known != null ? known : add(allowed);
  }

  private synchronized GuardAuthorizationResult add(GuardDecision allowed) {
    Map<GuardDecision, GuardAuthorizationResult> current = results;
    GuardAuthorizationResult known = current.get(allowed);
    if (known != null) {
      return known;
    }
    GuardAuthorizationResult result = new GuardAuthorizationResult(allowed);
    if (current.size() < limit) {
      Map<GuardDecision, GuardAuthorizationResult> copy = new IdentityHashMap<>(current);
      copy.put(allowed, result);
      results = copy;
    }
    return result;
  }

  /** How many results are kept, for tests. */
  int size() {
    return results.size();
  }
}
