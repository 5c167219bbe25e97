package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.testing.ReferenceOracle;
import dev.scopegate.testing.ScopeArbitraries;
import dev.scopegate.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Compiled catalogs, requirements and granted sets are shared by many threads at once (that is
 * how a server uses them), and every answer must still be the oracle's.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CHECKS_PER_THREAD = 4_000;

  /** One catalog with its shared compiled objects and the oracle's answers, computed up front. */
  static final class Fixture {
    final ScopeCatalog catalog;
    final List<Requirement> requirements = new ArrayList<>();
    final List<List<String>> requiredTexts = new ArrayList<>();
    final List<String> claims = new ArrayList<>();
    final List<List<Object>> listClaims = new ArrayList<>();
    final List<GrantedScopes> granted = new ArrayList<>();
    /** expected[claim][requirement]: the oracle's missing scopes. */
    final List<List<List<String>>> expected = new ArrayList<>();

    Fixture(ScopeCatalog catalog, long seed) {
      this.catalog = catalog;
      ReferenceOracle oracle = new ReferenceOracle(catalog);
      Random random = new Random(seed);
      List<Scope> known = catalog.knownScopes();
      for (Scope s : known) {
        add(List.of(s.toString()));
      }
      for (int i = 0; i < 20; i++) {
        List<String> texts = new ArrayList<>();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
          texts.add(known.get(random.nextInt(known.size())).toString());
        }
        add(texts);
      }
      List<String> all = new ArrayList<>();
      known.forEach(s -> all.add(s.toString()));
      add(all); // wider than 64 scopes in the large catalog: the granted-set path
      for (int c = 0; c < 150; c++) {
        List<Object> entries = new ArrayList<>();
        for (int k = random.nextInt(10); k > 0; k--) {
          entries.add(entry(random, catalog));
        }
        StringBuilder claim = new StringBuilder();
        for (Object e : entries) {
          claim.append(claim.length() == 0 ? "" : " ".repeat(1 + random.nextInt(2))).append(e instanceof String ? e : "");
        }
        claims.add(claim.toString());
        listClaims.add(entries);
        granted.add(catalog.parseClaim(claim.toString()));
        List<List<String>> answers = new ArrayList<>();
        for (List<String> required : requiredTexts) {
          answers.add(oracle.missing(oracle.granted(claim.toString()), required));
        }
        expected.add(answers);
      }
    }

    private void add(List<String> texts) {
      requiredTexts.add(texts);
      requirements.add(catalog.requirement(texts.toArray(new String[0])));
    }

    private static Object entry(Random random, ScopeCatalog catalog) {
      List<Scope> known = catalog.knownScopes();
      String s = known.get(random.nextInt(known.size())).toString();
      switch (random.nextInt(8)) {
        case 0:
          if (catalog.families().isEmpty()) {
            return s + ".";
          }
          return catalog.families().get(random.nextInt(catalog.families().size())).name() + ":*";
        case 1:
          return s.toUpperCase(java.util.Locale.ROOT);
        case 2:
          return s.replace('e', '\u0435');
        case 3:
          return s + "\t";
        default:
          return s;
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sharedCompiledObjectsGiveTheOraclesAnswerOnEveryThread() throws Exception {
    List<Fixture> fixtures = List.of(
        new Fixture(TestCatalogs.signstackLike(), 1),
        new Fixture(ScopeArbitraries.catalog(List.of(30, 30, 20, 3), List.of(true, false, true, true)), 2),
        new Fixture(TestCatalogs.xeroLike(), 3));
    assertThat(fixtures.get(1).catalog.scopes()).hasSizeGreaterThan(64);

    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = 100 + t;
        Callable<Integer> worker = () -> {
          start.await();
          return runChecks(fixtures, new Random(seed), failures);
        };
        results.add(pool.submit(worker));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(50, TimeUnit.SECONDS);
      }
      assertThat(failures).as("answers that differ from the oracle's").isEmpty();
      assertThat(total).isEqualTo(THREADS * CHECKS_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void catalogsBuiltAtOnceOnManyThreadsAreOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < 20; round++) {
        int size = 3 + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ScopeCatalog>> built = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          built.add(pool.submit(() -> {
            start.await();
            return ScopeArbitraries.withImplications(ScopeArbitraries.tokenCatalog(size), List.of(List.of(0, 1), List.of(1, 2)));
          }));
        }
        start.countDown();
        ScopeCatalog first = built.get(0).get(50, TimeUnit.SECONDS);
        for (Future<ScopeCatalog> f : built) {
          assertThat(f.get(50, TimeUnit.SECONDS)).isSameAs(first);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int runChecks(List<Fixture> fixtures, Random random, ConcurrentLinkedQueue<String> failures) {
    int done = 0;
    for (int i = 0; i < CHECKS_PER_THREAD; i++) {
      Fixture f = fixtures.get(random.nextInt(fixtures.size()));
      int c = random.nextInt(f.claims.size());
      int r = random.nextInt(f.requirements.size());
      Requirement requirement = f.requirements.get(r);
      List<String> expected = f.expected.get(c).get(r);
      String claim = f.claims.get(c);
      compare(expected, requirement.check(claim), "check(String)", claim, requirement, failures);
      compare(expected, f.granted.get(c).check(requirement), "shared GrantedScopes.check", claim, requirement, failures);
      if (f.granted.get(c).covers(requirement) != expected.isEmpty()) {
        failures.add("covers disagrees for " + claim + " / " + requirement);
      }
      if (i % 16 == 0) {
        // Compile on this thread too, from the shared catalog, and compare with the shared result.
        Requirement local = f.catalog.requirement(f.requiredTexts.get(r).toArray(new String[0]));
        compare(expected, f.catalog.parseClaim(claim).check(local), "thread-local compile", claim, requirement, failures);
        if (!local.equals(requirement)) {
          failures.add("a requirement compiled on this thread differs: " + local);
        }
        // No entry holds a space, so the list form grants what the string form grants.
        List<Object> list = f.listClaims.get(c);
        compare(expected, requirement.check(list), "check(List)", list.toString(), requirement, failures);
        compare(expected, f.catalog.parseClaim(list).check(requirement), "parseClaim(List)", list.toString(), requirement, failures);
      }
      done++;
    }
    return done;
  }

  private static void compare(List<?> expected, Decision actual, String what, String claim, Requirement r,
      ConcurrentLinkedQueue<String> failures) {
    List<String> missing = new ArrayList<>();
    for (Object o : actual.missing()) {
      missing.add(o.toString());
    }
    List<String> want = new ArrayList<>();
    for (Object o : expected) {
      want.add(o.toString());
    }
    if (!missing.equals(want) && failures.size() < 20) {
      failures.add(what + " on \"" + claim + "\" for " + r + ": " + missing + ", the oracle says " + want);
    }
  }
}
