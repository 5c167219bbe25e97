package dev.scopegate.testing;

import dev.scopegate.Decision;
import dev.scopegate.GrantedScopes;
import dev.scopegate.IgnoredEntry;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeGrammar;
import dev.scopegate.ScopeProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs every public entry point of the engine on one input and checks the contract: strict entry
 * points either accept (exactly when the grammar, or the catalog through {@link ReferenceOracle},
 * says the input is valid) or throw {@link InvalidScopeException} with a clear one-line message
 * that names the input; lenient entry points never throw and grant exactly what the oracle grants.
 *
 * <p>Shared through scope-core's test-jar so that each module can run the hostile corpus against
 * its own catalog and its own entry points.
 */
public final class HostileInputChecks {
  private static final Pattern GRAMMAR =
      Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?:([a-z]([a-z0-9-]*[a-z0-9])?|\\*)");
  private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");
  /** RFC 6749 section 3.3's scope-token. */
  private static final Pattern TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private final ScopeCatalog catalog;
  private final ReferenceOracle oracle;
  private final List<Requirement> requirements = new ArrayList<>();
  private final List<List<String>> requiredTexts = new ArrayList<>();
  private final String firstKnown;

  /**
   * Checks against a catalog, with one requirement per declared scope, one of everything, and
   * the empty requirement.
   *
   * @param catalog the catalog under test
   */
  public HostileInputChecks(ScopeCatalog catalog) {
    this.catalog = catalog;
    this.oracle = new ReferenceOracle(catalog);
    List<String> all = new ArrayList<>();
    for (Scope s : catalog.knownScopes()) {
      all.add(s.toString());
      requirements.add(catalog.requirement(s.toString()));
      requiredTexts.add(List.of(s.toString()));
    }
    requirements.add(catalog.requirement(all.toArray(new String[0])));
    requiredTexts.add(all);
    requirements.add(catalog.requirement());
    requiredTexts.add(List.of());
    this.firstKnown = all.get(0);
  }

  /** Whether the text is a scope under the family:verb grammar alone. */
  public static boolean isGrammatical(String text) {
    return text.length() <= Scope.MAX_LENGTH && GRAMMAR.matcher(text).matches();
  }

  /** Whether the text is a scope under the given grammar alone. */
  public static boolean isGrammatical(String text, ScopeGrammar grammar) {
    return grammar == ScopeGrammar.FAMILY_VERB ? isGrammatical(text) : text.length() <= Scope.MAX_LENGTH && TOKEN.matcher(text).matches();
  }

  /** Parses under the given grammar. */
  private static Scope parse(String text, ScopeGrammar grammar) {
    return grammar == ScopeGrammar.FAMILY_VERB ? Scope.parse(text) : Scope.token(text);
  }

  /** Whether the text is a family or verb name under the grammar alone. */
  public static boolean isName(String text) {
    return text.length() <= Scope.MAX_LENGTH && NAME.matcher(text).matches();
  }

  /**
   * Runs the strict entry points that do not involve a catalog, and those of the builder.
   *
   * @param text the input
   * @param where names the input in failure messages
   */
  public static void checkSyntaxEntryPoints(String text, String where) {
    // Scope.parse: exactly the grammar.
    Scope parsed = strict(() -> Scope.parse(text), text, isGrammatical(text), where + ": Scope.parse", ScopeGrammar.FAMILY_VERB);
    if (parsed != null) {
      check(parsed.toString().equals(text) && Scope.parse(parsed.toString()).equals(parsed), where, "Scope.parse round trip");
    }
    // Scope.of and Scope.wildcard: each part is a name (or "*" for the verb), and the whole fits.
    strict(() -> Scope.of(text, "read"), text + ":read", isName(text) && text.length() + 5 <= Scope.MAX_LENGTH, where + ": Scope.of(text, read)", ScopeGrammar.FAMILY_VERB);
    strict(() -> Scope.of("workflow", text), "workflow:" + text,
        (isName(text) || text.equals("*")) && text.length() + 9 <= Scope.MAX_LENGTH, where + ": Scope.of(workflow, text)", ScopeGrammar.FAMILY_VERB);
    strict(() -> Scope.wildcard(text), text + ":*", isName(text) && text.length() + 2 <= Scope.MAX_LENGTH, where + ": Scope.wildcard", ScopeGrammar.FAMILY_VERB);

    // The family builder: names follow the grammar; descriptions are free text that must not be blank.
    strict(() -> ScopeFamily.builder(text, "Display"), text, isName(text), where + ": ScopeFamily.builder(name)", ScopeGrammar.FAMILY_VERB);
    if (text.equals("*")) {
      IllegalArgumentException e = rejects(() -> ScopeFamily.builder("x", "X").verb(text, "d"), where + ": verb(*)");
      check(e.getMessage().contains("wildcard(description)"), where, "verb(*) says how to declare a wildcard");
    } else {
      strict(() -> ScopeFamily.builder("x", "X").verb(text, "d"), "x:" + text, isName(text), where + ": builder.verb", ScopeGrammar.FAMILY_VERB);
    }
    describedBy(() -> ScopeFamily.builder("x", text), text, where + ": builder display name");
    describedBy(() -> ScopeFamily.builder("x", "X").note(text), text, where + ": builder.note");
    describedBy(() -> ScopeFamily.builder("x", "X").verb("y", text), text, where + ": builder.verb description");
    describedBy(() -> ScopeFamily.builder("x", "X").wildcard(text), text, where + ": builder.wildcard");
  }

  /**
   * Runs every catalog entry point, strict and lenient, on the text.
   *
   * @param text the input
   * @param where names the input in failure messages
   */
  public void checkCatalogEntryPoints(String text, String where) {
    boolean known = oracle.isKnown(text);

    ScopeGrammar grammar = catalog.grammar();
    // Strict, one scope.
    Scope token = strict(() -> Scope.token(text), text, isGrammatical(text, ScopeGrammar.SCOPE_TOKEN), where + ": Scope.token", grammar);
    if (token != null) {
      check(Scope.token(token.toString()).equals(token) && !token.isWildcard(), where, "Scope.token round trip");
    }
    Scope scope = strict(() -> catalog.parse(text), text, known, where + ": catalog.parse", grammar);
    if (scope != null) {
      check(catalog.parse(scope.toString()) == scope, where, "catalog.parse returns the catalog's instance");
    }
    strict(() -> catalog.requirement(text), text, known, where + ": catalog.requirement(text)", grammar);
    strict(() -> catalog.requirement(firstKnown, text), text, known, where + ": catalog.requirement(known, text)", grammar);
    strict(() -> catalog.parseAll(List.of(text)), text, known, where + ": catalog.parseAll(List)", grammar);
    check(catalog.family(text).isPresent() == familyNames().contains(text), where, "catalog.family");

    // Strict, space-delimited list: every entry declared, and within the claim limit.
    List<String> entries = text.length() <= ScopeCatalog.MAX_CLAIM_LENGTH ? ReferenceOracle.entries(text) : List.of();
    boolean allKnown = text.length() <= ScopeCatalog.MAX_CLAIM_LENGTH && entries.stream().allMatch(oracle::isKnown);
    List<Scope> all = strictAny(() -> catalog.parseAll(text), allKnown, where + ": catalog.parseAll(String)", grammar);
    if (all != null) {
      check(texts(all).equals(entries), where, "parseAll(String) keeps every entry in order");
    }

    // Scope-typed entry points, for text that is a scope at all.
    if (isGrammatical(text, grammar)) {
      Scope s = parse(text, grammar);
      check(catalog.contains(s) == known, where, "catalog.contains");
      check(catalog.description(s).isPresent() == known, where, "catalog.description");
      List<Scope> expanded = strict(() -> catalog.expand(s), text, known, where + ": catalog.expand", grammar);
      if (expanded != null) {
        check(new LinkedHashSet<>(texts(expanded)).equals(oracle.expand(text)), where, "catalog.expand is the oracle's");
      }
      strict(() -> catalog.grant(List.of(s)), text, known, where + ": catalog.grant", grammar);
      strict(() -> catalog.minimize(List.of(s, s)), text, known, where + ": catalog.minimize", grammar);
      strict(() -> catalog.redundancies(List.of(s)), text, known, where + ": catalog.redundancies", grammar);
    }

    // Lenient: never throw, grant what the oracle grants and nothing else.
    lenient(text, catalog.parseClaim(text), oracle.granted(text), where + ": parseClaim(String)");
    List<Object> one = List.of(text);
    lenient(text, catalog.parseClaim(one), oracle.granted(one), where + ": parseClaim(List.of(text))");
    List<Object> mixed = Arrays.asList(firstKnown, text, null, 7);
    lenient(text, catalog.parseClaim(mixed), oracle.granted(mixed), where + ": parseClaim(List.of(known, text, null, 7))");
    GrantedScopes fromText = catalog.parseClaim(text);
    Set<String> granted = oracle.granted(text);
    Set<String> grantedOne = oracle.granted(one);
    for (int i = 0; i < requirements.size(); i++) {
      Requirement r = requirements.get(i);
      List<String> missing = oracle.missing(granted, requiredTexts.get(i));
      decision(missing, r.check(text), where + ": " + r + ".check(String)");
      decision(missing, r.checkClaim(text), where + ": " + r + ".checkClaim(String)");
      decision(missing, fromText.check(r), where + ": GrantedScopes.check(" + r + ")");
      check(fromText.covers(r) == missing.isEmpty(), where, "GrantedScopes.covers(" + r + ")");
      decision(oracle.missing(grantedOne, requiredTexts.get(i)), r.check(one), where + ": " + r + ".check(List)");
    }
  }

  private Set<String> familyNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ScopeFamily f : catalog.families()) {
      names.add(f.name());
    }
    return names;
  }

  private void lenient(String text, GrantedScopes granted, Set<String> expected, String where) {
    check(new LinkedHashSet<>(texts(granted.expanded())).equals(expected), where,
        "grants " + granted.expanded() + " but the oracle grants " + expected);
    for (Scope s : granted.entries()) {
      check(oracle.isKnown(s.toString()), where, "a granting entry is not declared: " + s);
    }
    for (IgnoredEntry e : granted.ignored()) {
      check(e.problem() == ScopeProblem.CLAIM_TOO_LONG || e.problem() == ScopeProblem.NOT_A_STRING || !oracle.isKnown(e.text()),
          where, "a declared scope was ignored: " + e);
      printableLine(e.reason(), where);
      printableLine(e.toString(), where);
      check(e.text().length() <= text.length(), where, "an ignored entry longer than the claim");
    }
    printableLine(granted.toString().length() > 10_000 ? granted.toString().substring(0, 10_000) : granted.toString(), where);
  }

  private static void decision(List<String> expectedMissing, Decision d, String where) {
    check(texts(d.missing()).equals(expectedMissing), where, "missing " + d.missing() + ", the oracle says " + expectedMissing);
    check(d.allowed() == expectedMissing.isEmpty(), where, "allowed");
    if (!expectedMissing.isEmpty()) {
      check(d.message().orElseThrow().equals("Token lacks required scope: " + expectedMissing.get(0)), where, "message");
    }
  }

  /**
   * Calls a strict entry point: it must return when {@code accept}, else throw {@link
   * InvalidScopeException} for {@code input} with a clear message.
   */
  private static <T> T strict(Supplier<T> call, String input, boolean accept, String where, ScopeGrammar grammar) {
    try {
      T result = call.get();
      check(accept, where, "accepted an input it must reject");
      return result;
    } catch (InvalidScopeException e) {
      check(!accept, where, "rejected an input it must accept: " + e.getMessage());
      clearRejection(e, input, where, grammar);
      return null;
    }
  }

  /** Like {@link #strict} when the rejected entry is not known in advance (a list's first bad entry). */
  private static <T> T strictAny(Supplier<T> call, boolean accept, String where, ScopeGrammar grammar) {
    try {
      T result = call.get();
      check(accept, where, "accepted an input it must reject");
      return result;
    } catch (InvalidScopeException e) {
      check(!accept, where, "rejected an input it must accept: " + e.getMessage());
      clearRejection(e, e.input(), where, grammar);
      return null;
    }
  }

  /** A free-text description: accepted unless blank, and a blank one gets a one-line message. */
  private static void describedBy(Supplier<?> call, String text, String where) {
    if (text.isBlank()) {
      IllegalArgumentException e = rejects(call::get, where);
      check(e.getMessage().endsWith(" is blank"), where, "says the text is blank: " + e.getMessage());
      printableLine(e.getMessage(), where);
    } else {
      call.get();
    }
  }

  private static IllegalArgumentException rejects(Runnable call, String where) {
    try {
      call.run();
    } catch (InvalidScopeException e) {
      throw new AssertionError(where + ": expected a plain IllegalArgumentException, got " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      return e;
    }
    throw new AssertionError(where + ": accepted an input it must reject");
  }

  private static void clearRejection(InvalidScopeException e, String input, String where, ScopeGrammar grammar) {
    check(e.input().equals(input), where, "input() is not the rejected text");
    String message = e.getMessage();
    check(message.startsWith("Invalid scope \""), where, "message does not start with Invalid scope \": " + message);
    check(message.contains(": " + e.reason()), where, "message does not give the reason: " + message);
    check(message.length() <= 1024, where, "message of " + message.length() + " characters");
    printableLine(message, where);
    if (where.contains("Scope.parse")) {
      check(e.problem().isMalformed() == !isGrammatical(input), where, "problem " + e.problem() + " disagrees with the grammar");
    }
    if (where.contains("Scope.token")) {
      check(e.problem().isMalformed() == !isGrammatical(input, ScopeGrammar.SCOPE_TOKEN), where,
          "problem " + e.problem() + " disagrees with the scope-token grammar");
    }
    if (where.contains("catalog.")) {
      check(e.problem().isMalformed() == !isGrammatical(input, grammar) || e.problem() == ScopeProblem.CLAIM_TOO_LONG,
          where, "problem " + e.problem() + " disagrees with the grammar");
    }
  }

  private static void printableLine(String s, String where) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new AssertionError(where + ": character U+" + Integer.toHexString(c) + " at " + i + " in the message "
            + (s.length() > 200 ? s.substring(0, 200) + "..." : s));
      }
    }
  }

  private static void check(boolean ok, String where, String what) {
    if (!ok) {
      throw new AssertionError(where + ": " + what);
    }
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>(scopes.size());
    for (Scope s : scopes) {
      out.add(s.toString());
    }
    return out;
  }
}
