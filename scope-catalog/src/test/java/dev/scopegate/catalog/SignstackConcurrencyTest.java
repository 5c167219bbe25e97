package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.testing.ReferenceOracle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The catalog constant, its requirements and the recipes' granted sets are shared by every thread
 * of a server; checked from eight threads at once, every answer is still the oracle's.
 */
class SignstackConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CHECKS_PER_THREAD = 3_000;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void recipesAndRequirementsAnswerLikeTheOracleFromEveryThread() throws Exception {
    ReferenceOracle oracle = new ReferenceOracle(SignstackScopes.CATALOG);
    List<Requirement> requirements = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (Scope s : SignstackScopes.CATALOG.knownScopes()) {
      requirements.add(SignstackScopes.CATALOG.requirement(s.toString()));
      required.add(s.toString());
    }
    SignstackRecipe[] recipes = SignstackRecipe.values();
    // expected[recipe][requirement]
    boolean[][] expected = new boolean[recipes.length][requirements.size()];
    for (int r = 0; r < recipes.length; r++) {
      for (int q = 0; q < requirements.size(); q++) {
        expected[r][q] = oracle.covers(oracle.granted(recipes[r].texts()), List.of(required.get(q)));
      }
    }

    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(7 + t);
        results.add(pool.submit(() -> {
          start.await();
          int done = 0;
          for (int i = 0; i < CHECKS_PER_THREAD; i++) {
            int r = random.nextInt(recipes.length);
            int q = random.nextInt(requirements.size());
            Requirement requirement = requirements.get(q);
            Decision viaGrant = recipes[r].grant().check(requirement);
            Decision viaClaim = requirement.check(String.join(" ", recipes[r].texts()));
            Decision viaList = requirement.check(recipes[r].texts());
            if (viaGrant.allowed() != expected[r][q] || !viaClaim.equals(viaGrant) || !viaList.equals(viaGrant)) {
              failures.add(recipes[r].id() + " vs " + requirement + ": " + viaGrant + " / " + viaClaim + " / " + viaList);
            }
            if (i % 32 == 0 && SignstackScopes.CATALOG.parse(required.get(q)) != requirement.scopes().get(0)) {
              failures.add("parse returned another instance for " + required.get(q));
            }
            done++;
          }
          return done;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(50, TimeUnit.SECONDS);
      }
      assertThat(failures).isEmpty();
      assertThat(total).isEqualTo(THREADS * CHECKS_PER_THREAD);
    } finally {
      pool.shutdownNow();
    }
  }
}
