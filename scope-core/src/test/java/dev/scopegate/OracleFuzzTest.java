package dev.scopegate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scopegate.testing.ReferenceOracle;
import dev.scopegate.testing.ScopeArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Coverage-guided fuzzing of every check path against {@link ReferenceOracle}: the fuzzer builds a
 * catalog (up to 200 scopes, so multi-word bitsets and requirements over 64 scopes occur), a
 * claim and a requirement from its bytes; {@link Requirement#check(String)}, {@link
 * Requirement#check(List)}, {@link GrantedScopes#check} and {@link GrantedScopes#covers} must all
 * give the oracle's answer, and nothing may throw.
 */
class OracleFuzzTest {
  private static final char[] GAPS = {' ', ' ', '\t', '\u00a0', ','};

  /** A catalog, an equal twin and the oracle, built once per shape (the fuzzer revisits shapes often). */
  private static final class Compiled {
    final ScopeCatalog catalog;
    final ScopeCatalog twin;
    final ReferenceOracle oracle;

    Compiled(List<Integer> verbCounts, List<Boolean> wildcards) {
      this.catalog = ScopeArbitraries.catalog(verbCounts, wildcards);
      this.twin = ScopeArbitraries.catalog(verbCounts, wildcards);
      this.oracle = new ReferenceOracle(catalog);
    }
  }

  /** The 256 most recently used shapes. */
  private static final Map<List<?>, Compiled> CATALOGS = recentlyUsed();

  /** A map that keeps its 256 most recently used entries. */
  private static <V> Map<List<?>, V> recentlyUsed() {
    return new LinkedHashMap<>(512, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<List<?>, V> eldest) {
        return size() > 256;
      }
    };
  }

  @FuzzTest(maxDuration = "10m")
  void checksAgreeWithTheOracle(FuzzedDataProvider data) {
    List<Integer> verbCounts = new ArrayList<>();
    List<Boolean> wildcards = new ArrayList<>();
    int familyCount = data.consumeInt(1, 5);
    for (int f = 0; f < familyCount; f++) {
      verbCounts.add(data.consumeBoolean() ? data.consumeInt(1, 4) : data.consumeInt(1, 40));
      wildcards.add(data.consumeBoolean());
    }
    Compiled compiled = CATALOGS.computeIfAbsent(List.of(verbCounts, wildcards), key -> new Compiled(verbCounts, wildcards));
    ScopeCatalog catalog = compiled.catalog;
    ReferenceOracle oracle = compiled.oracle;
    List<Scope> known = catalog.knownScopes();

    List<String> required = new ArrayList<>();
    for (int i = data.consumeInt(0, 5); i > 0; i--) {
      required.add(known.get(data.consumeInt(0, known.size() - 1)).toString());
    }

    List<Object> listClaim = new ArrayList<>();
    StringBuilder claim = new StringBuilder(data.consumeBoolean() ? " " : "");
    for (int i = data.consumeInt(0, 12); i > 0; i--) {
      Object entry = entry(data, catalog);
      listClaim.add(entry);
      if (claim.length() > 0 && claim.charAt(claim.length() - 1) != ' ') {
        claim.append(GAPS[data.consumeInt(0, GAPS.length - 1)]);
      }
      claim.append(entry instanceof String ? (String) entry : "");
    }
    if (data.consumeInt(0, 63) == 0) {
      // Pad to one side or the other of the claim length limit.
      int target = ScopeCatalog.MAX_CLAIM_LENGTH + data.consumeInt(-1, 1);
      while (claim.length() < target) {
        claim.append(' ');
      }
    }
    String claimText = claim.toString();

    Requirement requirement = catalog.requirement(required.toArray(new String[0]));

    // The space-delimited claim.
    Set<String> granted = oracle.granted(claimText);
    List<String> missing = oracle.missing(granted, required);
    Decision inPlace = requirement.check(claimText);
    assertDecision(missing, inPlace);
    GrantedScopes set = catalog.parseClaim(claimText);
    assertEquals(granted, new LinkedHashSet<>(texts(set.expanded())));
    assertEquals(inPlace, set.check(requirement));
    assertEquals(missing.isEmpty(), set.covers(requirement));
    assertEquals(granted.isEmpty(), set.isEmpty());
    for (Scope s : set.entries()) {
      assertTrue(oracle.isKnown(s.toString()), () -> "granted from an undeclared entry: " + s);
    }
    for (IgnoredEntry e : set.ignored()) {
      assertTrue(e.problem() == ScopeProblem.CLAIM_TOO_LONG || !oracle.isKnown(e.text()), () -> "declared entry ignored: " + e);
    }
    for (String r : required) {
      assertEquals(granted.containsAll(oracle.needs(r)), set.covers(catalog.parse(r)));
    }

    // The list claim.
    Set<String> grantedList = oracle.granted(listClaim);
    List<String> missingList = oracle.missing(grantedList, required);
    assertDecision(missingList, requirement.check(listClaim));
    GrantedScopes listSet = catalog.parseClaim(listClaim);
    assertEquals(grantedList, new LinkedHashSet<>(texts(listSet.expanded())));
    assertEquals(requirement.check(listClaim), listSet.check(requirement));

    // A requirement compiled against an equal catalog checks the same.
    assertEquals(inPlace, set.check(compiled.twin.requirement(required.toArray(new String[0]))));
  }

  /** Catalogs of either grammar with implications, by shape: the most recently used 256. */
  private static final Map<List<?>, Object> RULE_CATALOGS = recentlyUsed();

  /**
   * Rules of alternatives over catalogs of either grammar with declared implications: the fuzzer
   * builds the catalog (family:verb or scope tokens, with implications that may form a cycle), the
   * alternatives and a claim. A cyclic catalog must be refused naming a cycle the oracle also
   * finds; otherwise {@link AccessRule#check(String)}, {@link AccessRule#check(List)}, {@link
   * AccessRule#checkClaim}, {@link GrantedScopes#check(AccessRule)} and {@link
   * GrantedScopes#covers(AccessRule)} must all give the oracle's answer, closest alternative
   * included, and a rebuilt equal catalog must be the same instance.
   */
  @FuzzTest(maxDuration = "10m")
  void rulesAgreeWithTheOracle(FuzzedDataProvider data) {
    boolean tokens = data.consumeBoolean();
    List<Object> shape = new ArrayList<>();
    shape.add(tokens);
    if (tokens) {
      shape.add(data.consumeBoolean() ? data.consumeInt(1, 12) : data.consumeInt(1, 90));
    } else {
      int familyCount = data.consumeInt(1, 5);
      List<Integer> verbCounts = new ArrayList<>();
      List<Boolean> wildcards = new ArrayList<>();
      for (int f = 0; f < familyCount; f++) {
        verbCounts.add(data.consumeBoolean() ? data.consumeInt(1, 4) : data.consumeInt(1, 30));
        wildcards.add(data.consumeBoolean());
      }
      shape.add(verbCounts);
      shape.add(wildcards);
    }
    List<List<Integer>> edges = new ArrayList<>();
    for (int i = data.consumeInt(0, 6); i > 0; i--) {
      edges.add(List.of(data.consumeInt(0, 150), data.consumeInt(0, 150)));
    }
    shape.add(edges);
    Object built = RULE_CATALOGS.computeIfAbsent(List.copyOf(shape), key -> build(shape));
    if (built instanceof IllegalArgumentException) {
      return; // a cycle, checked against the oracle when first built
    }
    ScopeCatalog catalog = (ScopeCatalog) built;
    ReferenceOracle oracle = new ReferenceOracle(catalog);
    List<Scope> known = catalog.knownScopes();

    List<List<String>> alternatives = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    for (int a = data.consumeInt(1, 4); a > 0; a--) {
      List<String> required = new ArrayList<>();
      for (int i = data.consumeInt(data.consumeInt(0, 20) == 0 ? 0 : 1, 4); i > 0; i--) {
        required.add(known.get(data.consumeInt(0, known.size() - 1)).toString());
      }
      alternatives.add(required);
      requirements.add(catalog.requirement(required.toArray(new String[0])));
    }
    AccessRule rule = AccessRule.anyOf(requirements);

    List<Object> listClaim = new ArrayList<>();
    StringBuilder claim = new StringBuilder();
    for (int i = data.consumeInt(0, 10); i > 0; i--) {
      Object entry = ruleEntry(data, catalog);
      listClaim.add(entry);
      claim.append(claim.length() == 0 ? "" : GAPS[data.consumeInt(0, GAPS.length - 1)]).append(entry instanceof String ? (String) entry : "");
    }
    String claimText = claim.toString();

    for (Object c : List.of(claimText, listClaim)) {
      java.util.Set<String> granted = c instanceof String ? oracle.granted((String) c) : oracle.granted((List<?>) c);
      int closest = oracle.closest(granted, alternatives);
      Decision d = c instanceof String ? rule.check((String) c) : rule.check((List<?>) c);
      GrantedScopes set = c instanceof String ? catalog.parseClaim((String) c) : catalog.parseClaim((List<?>) c);
      assertEquals(granted, new LinkedHashSet<>(texts(set.expanded())));
      assertEquals(closest < 0, set.covers(rule));
      assertEquals(d, set.check(rule));
      assertEquals(d, rule.checkClaim(c));
      if (closest < 0) {
        assertSame(Decision.allow(), d);
      } else {
        List<String> missing = oracle.missing(granted, alternatives.get(closest));
        assertDecision(missing, d);
        assertEquals(new ArrayList<>(new LinkedHashSet<>(alternatives.get(closest))), texts(d.required()));
      }
      Requirement first = requirements.get(0);
      Decision alone = c instanceof String ? first.check((String) c) : first.check((List<?>) c);
      assertEquals(alone, c instanceof String ? AccessRule.of(first).check((String) c) : AccessRule.of(first).check((List<?>) c));
      assertDecision(oracle.missing(granted, alternatives.get(0)), alone);
    }
    Decision none = rule.checkClaim(data.consumeBoolean() ? null : (Object) data.consumeInt());
    int closestOfNothing = oracle.closest(java.util.Set.of(), alternatives);
    assertEquals(closestOfNothing < 0, none.allowed());
    assertSame(catalog, build(shape));
  }

  /** Builds the catalog of a shape, or returns the exception a cyclic one must throw, after checking the cycle is real. */
  private static Object build(List<Object> shape) {
    boolean tokens = (Boolean) shape.get(0);
    ScopeCatalog base = tokens
        ? ScopeArbitraries.tokenCatalog((Integer) shape.get(1))
        : ScopeArbitraries.catalog(cast(shape.get(1)), cast(shape.get(2)));
    List<List<Integer>> edges = cast(shape.get(shape.size() - 1));
    ScopeCatalog.Builder b = ScopeCatalog.builder(base.grammar());
    if (tokens) {
      base.scopes().forEach(s -> b.scope(s.toString(), base.description(s).orElseThrow()));
    } else {
      base.families().forEach(b::family);
    }
    List<Scope> known = base.knownScopes();
    Map<String, List<String>> graph = new LinkedHashMap<>();
    for (List<Integer> edge : edges) {
      Scope from = known.get(edge.get(0) % known.size());
      Scope to = known.get(edge.get(1) % known.size());
      if (from.isWildcard()) {
        continue;
      }
      b.implies(from.toString(), to.toString());
      graph.computeIfAbsent(from.toString(), k -> new ArrayList<>()).add(to.toString());
    }
    for (ScopeFamily f : base.families()) {
      f.wildcard().ifPresent(w -> graph.computeIfAbsent(w.toString(), k -> new ArrayList<>()).addAll(texts(f.scopes())));
    }
    try {
      ScopeCatalog catalog = b.build();
      assertTrue(!hasCycle(graph), () -> "a cyclic catalog was built: " + graph);
      return catalog;
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage().startsWith("Implication cycle "), e::getMessage);
      assertTrue(hasCycle(graph), () -> "refused an acyclic catalog: " + e.getMessage());
      return e;
    }
  }

  /** Whether some scope reaches itself: checked by following edges from each, independently of the engine. */
  private static boolean hasCycle(Map<String, List<String>> graph) {
    for (String start : graph.keySet()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      java.util.Deque<String> todo = new java.util.ArrayDeque<>(graph.get(start));
      while (!todo.isEmpty()) {
        String s = todo.pop();
        if (s.equals(start)) {
          return true;
        }
        if (seen.add(s)) {
          todo.addAll(graph.getOrDefault(s, List.of()));
        }
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }

  /** One claim entry: mostly declared scopes, else near misses of tokens, family-specific traps and raw fuzz text. */
  private static Object ruleEntry(FuzzedDataProvider data, ScopeCatalog catalog) {
    List<Scope> known = catalog.knownScopes();
    String s = known.get(data.consumeInt(0, known.size() - 1)).toString();
    switch (data.consumeInt(0, 6)) {
      case 0:
      case 1:
      case 2:
        return s;
      case 3: {
        List<String> near = ScopeArbitraries.nearMisses(s);
        return near.get(data.consumeInt(0, near.size() - 1));
      }
      case 4:
        return data.consumeString(24);
      case 5:
        return catalog.families().isEmpty() ? s + "." : catalog.families().get(data.consumeInt(0, catalog.families().size() - 1)).name() + ":*";
      default:
        return data.consumeBoolean() ? null : (Object) data.consumeInt();
    }
  }

  private static void assertDecision(List<String> expectedMissing, Decision actual) {
    assertEquals(expectedMissing, texts(actual.missing()));
    assertEquals(expectedMissing.isEmpty(), actual.allowed());
    if (expectedMissing.isEmpty()) {
      assertSame(Decision.allow(), actual);
      assertEquals(Optional.empty(), actual.message());
    } else {
      assertEquals(Optional.of("Token lacks required scope: " + expectedMissing.get(0)), actual.message());
    }
  }

  /** One claim entry: mostly declared scopes and wildcards, else near misses and raw fuzz text. */
  private static Object entry(FuzzedDataProvider data, ScopeCatalog catalog) {
    List<Scope> known = catalog.knownScopes();
    List<ScopeFamily> families = catalog.families();
    switch (data.consumeInt(0, 7)) {
      case 0:
      case 1:
      case 2:
        return known.get(data.consumeInt(0, known.size() - 1)).toString();
      case 3:
        return families.get(data.consumeInt(0, families.size() - 1)).name() + ":*";
      case 4:
        return data.consumeString(24);
      case 5: {
        String s = known.get(data.consumeInt(0, known.size() - 1)).toString();
        int at = data.consumeInt(0, s.length());
        char c = data.consumeChar();
        return data.consumeBoolean() ? s.substring(0, at) + c + s.substring(at) : s.substring(0, at) + c + s.substring(Math.min(s.length(), at + 1));
      }
      case 6: {
        String s = known.get(data.consumeInt(0, known.size() - 1)).toString();
        int at = data.consumeInt(0, s.length() - 1);
        return s.substring(0, at) + Character.toUpperCase(s.charAt(at)) + s.substring(at + 1);
      }
      default:
        return data.consumeBoolean() ? null : (Object) data.consumeInt();
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
