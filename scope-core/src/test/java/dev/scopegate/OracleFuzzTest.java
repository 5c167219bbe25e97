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
  private static final Map<List<?>, Compiled> CATALOGS = new LinkedHashMap<>(512, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<List<?>, Compiled> eldest) {
      return size() > 256;
    }
  };

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
      assertEquals(granted.containsAll(oracle.expand(r)), set.covers(catalog.parse(r)));
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
