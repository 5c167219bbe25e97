package dev.scopegate.processor;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Redundancy;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;

/**
 * Checks one {@code @RequiresScopes} against the catalog with the engine's strict parser: a scope
 * the catalog does not declare is an error carrying the engine's own message (with its
 * did-you-mean), placed on that very array element; a redundant scope, an alternative that another
 * makes redundant and an empty alternative are warnings.
 */
final class RuleCheck {
  private final ScopeCatalog catalog;
  private final Reporter reporter;

  RuleCheck(ScopeCatalog catalog, Reporter reporter) {
    this.catalog = catalog;
    this.reporter = reporter;
  }

  /** Reports every problem of the rule. */
  void check(DeclaredRule rule) {
    boolean allParse = true;
    List<List<Scope>> parsed = new ArrayList<>();
    for (DeclaredRule.Alternative alternative : rule.alternatives()) {
      List<Scope> scopes = parse(rule, alternative);
      allParse &= scopes.size() == alternative.entries().size();
      parsed.add(scopes);
    }
    if (allParse) {
      reportRedundantAlternatives(rule, parsed);
    }
    if (rule.element().getKind() != ElementKind.METHOD) {
      rule.operationIdValue().ifPresent(v -> reporter.error(
          "operationId names one operation, so it belongs on a method, not on a type", rule.element(), rule.mirror(), v));
    }
  }

  /** The alternative's scopes that parse; each one that does not is reported where it is written. */
  private List<Scope> parse(DeclaredRule rule, DeclaredRule.Alternative alternative) {
    List<Scope> scopes = new ArrayList<>();
    List<DeclaredRule.Entry> written = new ArrayList<>();
    for (DeclaredRule.Entry entry : alternative.entries()) {
      try {
        scopes.add(catalog.parse(entry.text()));
        written.add(entry);
      } catch (InvalidScopeException e) {
        reporter.error(e.getMessage(), rule.element(), rule.mirror(), entry.value());
      }
    }
    for (Redundancy r : catalog.redundancies(scopes)) {
      reporter.warning(r.reason(), rule.element(), rule.mirror(), written.get(r.index()).value());
    }
    if (alternative.entries().isEmpty()) {
      reporter.warning(
          "Empty scope list: " + alternative.label() + " requires no scope, so any authenticated token satisfies the rule",
          rule.element(), rule.mirror(), alternative.position());
    }
    return scopes;
  }

  /**
   * An alternative is redundant when a token that satisfies it always satisfies an earlier one (or
   * any other one that is strictly easier): the rule grants exactly the same without it.
   */
  private void reportRedundantAlternatives(DeclaredRule rule, List<List<Scope>> parsed) {
    for (int j = 0; j < parsed.size(); j++) {
      for (int i = 0; i < parsed.size(); i++) {
        if (i != j && implies(parsed.get(j), parsed.get(i)) && (i < j || !implies(parsed.get(i), parsed.get(j)))) {
          DeclaredRule.Alternative redundant = rule.alternatives().get(j);
          reporter.warning(
              "Redundant alternative " + redundant.label() + " " + redundant.texts() + ": a token that satisfies it also satisfies "
                  + rule.alternatives().get(i).label() + " " + rule.alternatives().get(i).texts(),
              rule.element(), rule.mirror(), redundant.position());
          break;
        }
      }
    }
  }

  /** Whether every token granting {@code stronger} also satisfies {@code weaker}. */
  private boolean implies(List<Scope> stronger, List<Scope> weaker) {
    return catalog.grant(stronger).covers(catalog.requirement(weaker));
  }
}
