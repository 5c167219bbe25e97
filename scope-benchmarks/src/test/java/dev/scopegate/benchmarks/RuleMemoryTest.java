package dev.scopegate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.ScopeCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiled rules' memory: a deterministic measurement (JOL counts objects, no clock), so the
 * target is checked in every build and not only in a benchmark run.
 */
class RuleMemoryTest {
  @Test
  void aThousandRoutesOverAThousandScopesHoldUnderTwoMegabytes() {
    ScopeCatalog catalog = GeneratedCatalog.of(RuleMemory.CATALOG_SCOPES);
    List<AccessRule> rules = RuleMemory.routes(catalog);
    assertThat(rules).hasSize(RuleMemory.ROUTES);
    assertThat(rules).filteredOn(r -> r.alternatives().size() == 2).hasSize(RuleMemory.ROUTES / 10);
    long bytes = RuleMemory.retainedBytes(catalog, rules);
    assertThat(bytes).isPositive().isLessThan(2L * 1024 * 1024);
  }

  @Test
  void whatARuleHoldsDoesNotGrowWithTheCatalog() {
    ScopeCatalog small = GeneratedCatalog.of(256);
    ScopeCatalog large = GeneratedCatalog.of(4_096);
    long inSmall = RuleMemory.retainedBytes(small, RuleMemory.routes(small));
    long inLarge = RuleMemory.retainedBytes(large, RuleMemory.routes(large));
    // 16 times the catalog; a catalog-sized array per rule would grow the rules with it.
    assertThat((double) inLarge / inSmall).as("%s bytes over 4,096 scopes, %s over 256", inLarge, inSmall).isLessThan(1.3);
  }

  @Test
  void mainPrintsTheRunDescriptionLines() {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      RuleMemory.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    // JOL may print warnings of its own; bench.sh keeps the memory.* lines.
    assertThat(captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("memory.")))
        .hasSize(3)
        .anyMatch(l -> l.matches("memory\\.rules\\.bytes=\\d+"))
        .contains("memory.rules.routes=1000", "memory.rules.catalogScopes=1024");
  }
}
