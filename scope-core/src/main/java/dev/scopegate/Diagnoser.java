package dev.scopegate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says why a text is not a scope of a catalog. Strict mode (developer input) adds a "did you mean"
 * suggestion and, for family:verb catalogs, the family's scopes; lenient mode (request-time,
 * attacker-controlled input) keeps the reason short and does no fuzzy matching, so a claim costs
 * linear time.
 */
final class Diagnoser {
  private final Numbering numbering;
  /** Each known scope's text, lowercased, in {@link Numbering#known()} order: what suggestions compare against. */
  private final String[] folded;

  Diagnoser(Numbering numbering) {
    this.numbering = numbering;
    List<Scope> known = numbering.known();
    this.folded = new String[known.size()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = known.get(i).toString().toLowerCase(Locale.ROOT);
    }
  }

  /** Why {@code text} is not a scope of the catalog. */
  Grammar.Diagnosis diagnose(String text, boolean strict) {
    Grammar.Diagnosis malformed = numbering.grammar().diagnose(text);
    if (malformed != null) {
      return strict ? malformed.withSuggestion(suggest(text)) : malformed;
    }
    if (numbering.grammar() == ScopeGrammar.SCOPE_TOKEN) {
      return new Grammar.Diagnosis(ScopeProblem.UNKNOWN_SCOPE, "the catalog declares no such scope")
          .withSuggestion(strict ? suggest(text) : Optional.empty());
    }
    Scope scope = Scope.fromValid(text);
    int f = numbering.familyIndex(scope.family());
    if (f < 0) {
      return new Grammar.Diagnosis(
              ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"" + scope.family() + "\"")
          .withSuggestion(strict ? suggest(text) : Optional.empty());
    }
    ScopeFamily family = numbering.families().get(f);
    if (scope.isWildcard()) {
      String reason = "the " + family.name() + " family declares no wildcard";
      if (strict) {
        reason += "; grant its scopes one by one: " + joined(family.scopes());
      }
      return new Grammar.Diagnosis(ScopeProblem.WILDCARD_NOT_SUPPORTED, reason);
    }
    String reason = "the " + family.name() + " family has no verb \"" + scope.verb() + "\"";
    if (strict) {
      Optional<Scope> suggestion = suggest(text);
      if (suggestion.isEmpty()) {
        reason += "; its scopes are " + joined(family.scopes()) + family.wildcard().map(w -> ", " + w).orElse("");
      }
      return new Grammar.Diagnosis(ScopeProblem.UNKNOWN_SCOPE, reason, suggestion);
    }
    return new Grammar.Diagnosis(ScopeProblem.UNKNOWN_SCOPE, reason);
  }

  /** Why a scope of the other grammar is not a scope of this catalog. */
  Grammar.Diagnosis otherGrammar(Scope scope) {
    String kind = scope.grammar() == ScopeGrammar.SCOPE_TOKEN ? "a scope token (RFC 6749)" : "a family:verb scope";
    String mine = numbering.grammar() == ScopeGrammar.SCOPE_TOKEN ? "scope tokens" : "family:verb scopes";
    return new Grammar.Diagnosis(ScopeProblem.UNKNOWN_SCOPE, "it is " + kind + "; the catalog declares " + mine);
  }

  /** Lists scopes for a message: all of them up to eight, else the first eight and a count. */
  private static String joined(List<Scope> list) {
    StringBuilder sb = new StringBuilder();
    int shown = list.size() > 8 ? 8 : list.size();
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(list.get(i));
    }
    if (shown < list.size()) {
      sb.append(", ... (").append(list.size()).append(" in all)");
    }
    return sb.toString();
  }

  /**
   * The known scope closest to {@code text}: one that equals its ASCII-lowercased, trimmed form
   * when lowercased itself, else the nearest by optimal-string-alignment distance between the
   * lowercased texts (at most 2, and less than a third of the text's length), first in catalog
   * order on ties.
   */
  Optional<Scope> suggest(String text) {
    if (text.length() > Scope.MAX_LENGTH + 8) {
      return Optional.empty();
    }
    List<Scope> known = numbering.known();
    String folding = text.trim().toLowerCase(Locale.ROOT);
    for (int i = 0; i < folded.length; i++) {
      if (folded[i].equals(folding) && !known.get(i).toString().equals(text)) {
        return Optional.of(known.get(i));
      }
    }
    int limit = Math.min(2, (folding.length() - 1) / 3);
    Scope best = null;
    int bestDistance = limit + 1;
    for (int i = 0; i < folded.length; i++) {
      String c = folded[i];
      if (Math.abs(c.length() - folding.length()) >= bestDistance) {
        continue;
      }
      int d = Distance.osa(folding, c);
      if (d < bestDistance) {
        best = known.get(i);
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
