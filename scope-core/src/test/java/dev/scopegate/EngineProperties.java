package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.testing.ReferenceOracle;
import dev.scopegate.testing.ScopeArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine's laws, checked against {@link ReferenceOracle} over generated catalogs of both
 * grammars (family:verb and opaque scope tokens), with and without declared implications, and
 * generated claims, requirements and rules.
 */
class EngineProperties {

  /**
   * A generated catalog with one claim (as a string and as its entries), one requirement, another
   * claim list, and the alternatives of a rule.
   */
  record Case(
      ScopeCatalog catalog, String claim, List<String> claimList, List<String> required, List<String> other,
      List<List<String>> alternatives) {}

  @Provide
  Arbitrary<Case> cases() {
    return ScopeArbitraries.anyCatalogs().flatMap(catalog -> Combinators.combine(
            ScopeArbitraries.claims(catalog),
            ScopeArbitraries.claimLists(catalog),
            ScopeArbitraries.requirements(catalog),
            ScopeArbitraries.claimLists(catalog),
            ScopeArbitraries.requirements(catalog).list().ofMinSize(1).ofMaxSize(4))
        .as((claim, list, required, other, alternatives) -> new Case(catalog, claim, list, required, other, alternatives)));
  }

  private static String label(Case c, boolean allowed) {
    return (c.catalog().scopes().size() > 64 ? "large" : "small") + (allowed ? " allowed" : " denied");
  }

  @Property(tries = 400)
  void fastPathAgreesWithTheOracleOnEveryCheck(@ForAll("cases") Case c) {
    ReferenceOracle oracle = new ReferenceOracle(c.catalog());
    Requirement requirement = c.catalog().requirement(c.required().toArray(new String[0]));

    Set<String> granted = oracle.granted(c.claim());
    List<String> expectedMissing = oracle.missing(granted, c.required());
    Decision inPlace = requirement.check(c.claim());
    Decision viaSet = c.catalog().parseClaim(c.claim()).check(requirement);
    assertThat(texts(inPlace.missing())).isEqualTo(expectedMissing);
    assertThat(viaSet).isEqualTo(inPlace);
    assertThat(inPlace.allowed()).isEqualTo(expectedMissing.isEmpty());
    assertThat(c.catalog().parseClaim(c.claim()).covers(requirement)).isEqualTo(expectedMissing.isEmpty());
    if (!inPlace.allowed()) {
      assertThat(inPlace.message()).contains("Token lacks required scope: " + expectedMissing.get(0));
    }

    Set<String> grantedList = oracle.granted(c.claimList());
    List<String> expectedListMissing = oracle.missing(grantedList, c.required());
    assertThat(texts(requirement.check(c.claimList()).missing())).isEqualTo(expectedListMissing);
    assertThat(texts(c.catalog().parseClaim(c.claimList()).check(requirement).missing())).isEqualTo(expectedListMissing);

    Statistics.label("case").collect(label(c, inPlace.allowed()));
    Statistics.label("case").coverage(cov -> {
      cov.check("small allowed").count(n -> n > 0);
      cov.check("small denied").count(n -> n > 0);
      cov.check("large allowed").count(n -> n > 0);
      cov.check("large denied").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void expandedGrantIsExactlyTheOraclesSet(@ForAll("cases") Case c) {
    ReferenceOracle oracle = new ReferenceOracle(c.catalog());
    GrantedScopes granted = c.catalog().parseClaim(c.claim());
    assertThat(texts(granted.expanded())).containsExactlyInAnyOrderElementsOf(oracle.granted(c.claim()));
    List<String> entries = ReferenceOracle.entries(c.claim());
    List<String> ignored = new ArrayList<>();
    for (String e : entries) {
      if (!oracle.isKnown(e)) {
        ignored.add(e);
      }
    }
    assertThat(granted.ignored()).extracting(IgnoredEntry::text).containsExactlyElementsOf(ignored);
    Statistics.label("ignored").collect(ignored.isEmpty() ? "none" : "some");
  }

  @Property(tries = 300)
  void leniencyNeverGrantsMoreThanAStrictParseOfTheWellFormedKnownEntries(@ForAll("cases") Case c) {
    ScopeCatalog catalog = c.catalog();
    List<Scope> strict = new ArrayList<>();
    for (String entry : c.claimList()) {
      try {
        strict.add(catalog.parse(entry));
      } catch (InvalidScopeException expected) {
        // malformed or unknown: must grant nothing leniently either
      }
    }
    Set<Scope> lenient = new LinkedHashSet<>(catalog.parseClaim(c.claimList()).expanded());
    assertThat(catalog.grant(strict).expanded()).containsExactlyInAnyOrderElementsOf(lenient);
  }

  @Property(tries = 200)
  void wildcardCoversEveryVerbOfItsFamilyAndTheWildcardItself(@ForAll("cases") Case c) {
    for (ScopeFamily family : c.catalog().families()) {
      if (family.wildcard().isEmpty()) {
        continue;
      }
      String wildcard = family.wildcard().get().toString();
      GrantedScopes granted = c.catalog().parseClaim(wildcard);
      for (Scope verb : family.scopes()) {
        assertThat(granted.covers(c.catalog().requirement(verb.toString()))).isTrue();
        assertThat(c.catalog().requirement(verb.toString()).check(wildcard).allowed()).isTrue();
      }
      assertThat(c.catalog().requirement(wildcard).check(wildcard).allowed()).isTrue();
      String allVerbs = String.join(" ", texts(family.scopes()));
      assertThat(c.catalog().requirement(wildcard).check(allVerbs).allowed()).isTrue();
      if (family.scopes().size() > 1) {
        String allButOne = String.join(" ", texts(family.scopes().subList(1, family.scopes().size())));
        ReferenceOracle oracle = new ReferenceOracle(c.catalog());
        assertThat(texts(c.catalog().requirement(wildcard).check(allButOne).missing()))
            .isEqualTo(oracle.missing(oracle.granted(allButOne), List.of(wildcard)));
        if (c.catalog().implications().isEmpty()) {
          assertThat(c.catalog().requirement(wildcard).check(allButOne).missing()).containsExactly(family.wildcard().get());
        }
      }
    }
  }

  @Property(tries = 200)
  void grantsAreAdditive(@ForAll("cases") Case c) {
    ScopeCatalog catalog = c.catalog();
    List<Object> union = new ArrayList<>(c.claimList());
    union.addAll(c.other());
    GrantedScopes a = catalog.parseClaim(c.claimList());
    GrantedScopes b = catalog.parseClaim(c.other());
    GrantedScopes ab = catalog.parseClaim(union);
    for (Scope r : catalog.scopes()) {
      Requirement single = catalog.requirement(r.toString());
      assertThat(ab.covers(single)).isEqualTo(a.covers(single) || b.covers(single));
    }
  }

  @Property(tries = 200)
  void grantsAreMonotonic(@ForAll("cases") Case c) {
    ScopeCatalog catalog = c.catalog();
    Requirement requirement = catalog.requirement(c.required().toArray(new String[0]));
    List<Object> more = new ArrayList<>(c.claimList());
    more.addAll(c.other());
    if (catalog.parseClaim(c.claimList()).covers(requirement)) {
      assertThat(catalog.parseClaim(more).covers(requirement)).isTrue();
      assertThat(requirement.check(more).allowed()).isTrue();
    }
    assertThat(catalog.parseClaim(more).expanded()).containsAll(catalog.parseClaim(c.claimList()).expanded());
  }

  @Property(tries = 200)
  void aGrantedSetCoversItself(@ForAll("cases") Case c) {
    GrantedScopes granted = c.catalog().parseClaim(c.claim());
    assertThat(granted.covers(c.catalog().requirement(granted.entries()))).isTrue();
    assertThat(granted.covers(c.catalog().requirement(granted.expanded()))).isTrue();
  }

  @Property(tries = 300)
  void minimizePreservesMeaningIsIdempotentAndNeverGrows(@ForAll("cases") Case c) {
    ScopeCatalog catalog = c.catalog();
    List<Scope> list = new ArrayList<>(catalog.parseClaim(c.claimList()).entries());
    list.addAll(catalog.parseClaim(c.other()).entries());
    List<Scope> minimal = catalog.minimize(list);
    assertThat(catalog.grant(minimal).expanded()).isEqualTo(catalog.grant(list).expanded());
    assertThat(catalog.minimize(minimal)).isEqualTo(minimal);
    assertThat(minimal.size()).isLessThanOrEqualTo(list.size());
    assertThat(catalog.redundancies(minimal)).isEmpty();
    assertThat(minimal.size() + catalog.redundancies(list).size()).isEqualTo(list.size());
    Statistics.label("redundant").collect(minimal.size() < list.size() ? "some" : "none");
  }

  // --- The laws of rules and implications.

  @Property(tries = 300)
  void aRuleAllowsIffSomeAlternativeIsCoveredAndReportsTheClosest(@ForAll("cases") Case c) {
    ScopeCatalog catalog = c.catalog();
    ReferenceOracle oracle = new ReferenceOracle(catalog);
    List<Requirement> requirements = new ArrayList<>();
    for (List<String> alternative : c.alternatives()) {
      requirements.add(catalog.requirement(alternative.toArray(new String[0])));
    }
    AccessRule rule = AccessRule.anyOf(requirements);
    for (Object claim : List.of(c.claim(), c.claimList())) {
      Set<String> granted = claim instanceof String ? oracle.granted((String) claim) : oracle.granted((List<?>) claim);
      int closest = oracle.closest(granted, c.alternatives());
      Decision d = claim instanceof String ? rule.check((String) claim) : rule.check((List<?>) claim);
      GrantedScopes set = claim instanceof String ? catalog.parseClaim((String) claim) : catalog.parseClaim((List<?>) claim);
      assertThat(d.allowed()).isEqualTo(closest < 0);
      assertThat(set.covers(rule)).isEqualTo(closest < 0);
      boolean anyCovered = false;
      for (Requirement r : requirements) {
        anyCovered |= set.covers(r);
      }
      assertThat(anyCovered).isEqualTo(d.allowed());
      assertThat(set.check(rule)).isEqualTo(d);
      assertThat(rule.checkClaim(claim)).isEqualTo(d);
      if (closest < 0) {
        assertThat(d).isSameAs(Decision.allow());
      } else {
        List<String> missing = oracle.missing(granted, c.alternatives().get(closest));
        assertThat(texts(d.missing())).isEqualTo(missing);
        assertThat(texts(d.required())).isEqualTo(new ArrayList<>(new LinkedHashSet<>(c.alternatives().get(closest))));
        assertThat(d.message()).contains("Token lacks required scope: " + missing.get(0));
      }
      Statistics.label("rule").collect(c.alternatives().size() + (d.allowed() ? " allowed" : " denied"));
    }
    // A rule of one requirement answers as the requirement.
    Requirement first = requirements.get(0);
    assertThat(AccessRule.of(first).check(c.claim())).isEqualTo(first.check(c.claim()));
    assertThat(AccessRule.of(first).checkClaim(null)).isEqualTo(first.checkClaim(null));
  }

  @Property(tries = 300)
  void implicationClosureIsTransitiveAndMonotoneAndNothingGrantsBeyondIt(@ForAll("cases") Case c) {
    ScopeCatalog catalog = c.catalog();
    ReferenceOracle oracle = new ReferenceOracle(catalog);
    for (Scope s : catalog.knownScopes()) {
      Set<String> closure = new LinkedHashSet<>(texts(catalog.expand(s)));
      assertThat(closure).isEqualTo(oracle.expand(s.toString()));
      // Transitive: whatever a granted scope grants is granted too.
      for (Scope t : catalog.expand(s)) {
        assertThat(closure).containsAll(texts(catalog.expand(t)));
      }
      // Nothing grants beyond its closure, through any entry point.
      assertThat(texts(catalog.parseClaim(s.toString()).expanded())).containsExactlyElementsOf(texts(catalog.expand(s)));
      assertThat(catalog.grant(List.of(s)).expanded()).isEqualTo(catalog.expand(s));
      if (!s.isWildcard()) {
        assertThat(closure).contains(s.toString());
        // Requiring a scope is never satisfied by what it implies alone.
        List<String> impliedOnly = new ArrayList<>(closure);
        impliedOnly.remove(s.toString());
        assertThat(catalog.requirement(s.toString()).check(String.join(" ", impliedOnly)).allowed()).isFalse();
      }
    }
    Set<String> union = new LinkedHashSet<>();
    for (String entry : c.claimList()) {
      union.addAll(oracle.expand(entry));
    }
    assertThat(union).containsAll(texts(catalog.parseClaim(c.claimList()).expanded()));
    // Monotone: dropping declared implications never grants more.
    ScopeCatalog fewer = withoutLastImplication(catalog);
    for (Scope s : fewer.knownScopes()) {
      assertThat(texts(catalog.expand(catalog.parse(s.toString())))).containsAll(texts(fewer.expand(s)));
    }
    assertThat(texts(catalog.parseClaim(c.claim()).expanded())).containsAll(texts(fewer.parseClaim(c.claim()).expanded()));
    Statistics.label("implications").collect(catalog.implications().isEmpty() ? "none" : "some");
  }

  /** The same catalog without the last declared source's implications. */
  private static ScopeCatalog withoutLastImplication(ScopeCatalog catalog) {
    ScopeCatalog.Builder b = ScopeCatalog.builder(catalog.grammar());
    if (catalog.grammar() == ScopeGrammar.FAMILY_VERB) {
      catalog.families().forEach(b::family);
    } else {
      catalog.scopes().forEach(s -> b.scope(s.toString(), catalog.description(s).orElseThrow()));
    }
    List<Map.Entry<Scope, List<Scope>>> entries = new ArrayList<>(catalog.implications().entrySet());
    for (int i = 0; i < entries.size() - 1; i++) {
      b.implies(entries.get(i).getKey().toString(), texts(entries.get(i).getValue()).toArray(new String[0]));
    }
    return b.build();
  }

  @Property(tries = 200)
  void theOpaqueLenientPathGrantsOnlyExactDeclaredEntries(@ForAll("tokenCatalogs") ScopeCatalog catalog) {
    ReferenceOracle oracle = new ReferenceOracle(catalog);
    for (Scope s : catalog.scopes()) {
      for (String near : ScopeArbitraries.nearMisses(s.toString())) {
        if (oracle.isKnown(near)) {
          continue;
        }
        assertThat(catalog.parseClaim(near).isEmpty()).as(near).isTrue();
        assertThat(catalog.parseClaim(List.of(near)).isEmpty()).as(near).isTrue();
        assertThat(catalog.requirement(s.toString()).check(near).allowed()).as(near).isFalse();
        assertThat(catalog.requirement(s.toString()).check(List.of(near)).allowed()).as(near).isFalse();
        assertThatThrownByParse(catalog, near);
      }
      assertThat(catalog.requirement(s.toString()).check(s.toString())).isSameAs(Decision.allow());
    }
  }

  private static void assertThatThrownByParse(ScopeCatalog catalog, String text) {
    try {
      catalog.parse(text);
      throw new AssertionError("strict parse accepted " + text);
    } catch (InvalidScopeException expected) {
      assertThat(expected.input()).isEqualTo(text);
      expected.suggestion().ifPresent(s -> assertThat(catalog.contains(s)).isTrue());
    }
  }

  @Provide
  Arbitrary<ScopeCatalog> tokenCatalogs() {
    return ScopeArbitraries.anyCatalogs().filter(c -> c.grammar() == ScopeGrammar.SCOPE_TOKEN);
  }

  private static final Pattern GRAMMAR =
      Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?:([a-z]([a-z0-9-]*[a-z0-9])?|\\*)");

  /** RFC 6749 section 3.3's scope-token, written independently of the engine. */
  private static final Pattern TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  @Property(tries = 1000)
  void theTokenParserAcceptsExactlyRfc6749(@ForAll("tokenNearMisses") String text) {
    acceptsExactly(text, TOKEN, Scope::token);
  }

  @Provide
  Arbitrary<String> tokenNearMisses() {
    Arbitrary<String> printable = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> noisy = Arbitraries.strings().withChars("ab.:/-_\"\\ \t\u0000\u007f\u0435\u00a0A*").ofMaxLength(12);
    return Arbitraries.oneOf(printable, noisy, printable.map(p -> p + "a".repeat(120)));
  }

  @Property(tries = 500)
  void parseOfToStringRoundTrips(@ForAll("wellFormed") String text) {
    Scope scope = Scope.parse(text);
    assertThat(scope.toString()).isEqualTo(text);
    assertThat(Scope.parse(scope.toString())).isEqualTo(scope);
    assertThat(Scope.of(scope.family(), scope.verb())).isEqualTo(scope);
  }

  @Provide
  Arbitrary<String> wellFormed() {
    return ScopeArbitraries.scopeTexts();
  }

  @Property(tries = 300)
  void catalogParseOfToStringIsTheSameInstance(@ForAll("cases") Case c) {
    for (Scope s : c.catalog().knownScopes()) {
      assertThat(c.catalog().parse(s.toString())).isSameAs(s);
    }
  }

  @Property(tries = 1000)
  void theParserAcceptsExactlyTheGrammar(@ForAll("nearMisses") String text) {
    acceptsExactly(text, GRAMMAR, Scope::parse);
  }

  /** The parser accepts exactly the texts the pattern matches (up to the length limit), and round-trips them. */
  private static void acceptsExactly(String text, Pattern grammar, java.util.function.Function<String, Scope> parser) {
    boolean expected = text.length() <= Scope.MAX_LENGTH && grammar.matcher(text).matches();
    boolean accepted;
    try {
      Scope s = parser.apply(text);
      accepted = s.toString().equals(text);
      assertThat(parser.apply(s.toString())).isEqualTo(s);
    } catch (InvalidScopeException e) {
      accepted = false;
      assertThat(e.input()).isEqualTo(text);
      assertThat(e.problem().isMalformed()).isTrue();
    }
    assertThat(accepted).isEqualTo(expected);
    Statistics.label("accepted").collect(expected);
    Statistics.label("accepted").coverage(cov -> {
      cov.check(true).percentage(p -> p > 10);
      cov.check(false).percentage(p -> p > 10);
    });
  }

  @Provide
  Arbitrary<String> nearMisses() {
    Arbitrary<String> noise = Arbitraries.strings()
        .withChars("az09-:*_ .AZ\t\u0435\u0131\u212a\uff41\u0000")
        .ofMaxLength(12);
    Arbitrary<String> mutated = Combinators.combine(ScopeArbitraries.scopeTexts(), noise, Arbitraries.integers().between(0, 3))
        .as((scope, junk, where) -> switch (where) {
          case 0 -> scope;
          case 1 -> junk + scope;
          case 2 -> scope + junk;
          default -> scope.substring(0, scope.length() / 2) + junk + scope.substring(scope.length() / 2);
        });
    return Arbitraries.oneOf(mutated, noise, ScopeArbitraries.scopeTexts());
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.add(s.toString());
    }
    return out;
  }
}
