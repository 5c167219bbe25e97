package dev.scopegate.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.benchmarks.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final String RUN = "command=java -jar benchmarks.jar -prof gc\ndate=2026-11-23 17:00\ncommit=abc1234\n"
      + "cpu=AMD EPYC\ncores=2\nos=Linux 6.1 x86_64\nloadBefore=0.10 0.20 0.30\nloadAfter=1.00 1.10 1.20\n";

  /** One JMH result as JMH writes it, with the GC profiler's normalized allocation. */
  private static String result(String benchmark, String param, String paramName, double score, double bytes) {
    String params = param.isEmpty() ? "" : String.format(Locale.ROOT, "\"params\": {\"%s\": \"%s\"},", paramName, param);
    return String.format(Locale.ROOT,
        "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.scopegate.benchmarks.%s\", \"mode\": \"avgt\", \"threads\": 1,"
            + " \"forks\": 2, \"jvm\": \"/usr/bin/java\", \"jvmArgs\": [], \"jdkVersion\": \"17.0.15\","
            + " \"vmName\": \"OpenJDK 64-Bit Server VM\", \"vmVersion\": \"17.0.15+6\", \"warmupIterations\": 4,"
            + " \"warmupTime\": \"1 s\", \"measurementIterations\": 5, \"measurementTime\": \"1 s\", %s"
            + " \"primaryMetric\": {\"score\": %f, \"scoreError\": %f, \"scoreUnit\": \"ns/op\"},"
            + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": %f, \"scoreError\": 0.0, \"scoreUnit\": \"B/op\"}}}",
        benchmark, params, score, score / 100, bytes);
  }

  /** A run where Scopegate takes {@code ours} ns and each peer {@code ours * factor} in every scenario. */
  private static String run(double ours, double shiroFactor, double naiveFactor) {
    List<String> results = new ArrayList<>();
    for (String cls : List.of("CompiledCheckBenchmark", "TokenPathBenchmark")) {
      for (Scenario s : Scenario.values()) {
        results.add(result(cls + ".scopegate", s.name(), "scenario", ours, 0.001));
        results.add(result(cls + ".shiro", s.name(), "scenario", ours * shiroFactor, 96));
        results.add(result(cls + ".naiveHashSet", s.name(), "scenario", ours * naiveFactor, 0.0));
      }
    }
    for (int n : new int[] {1, 64, 1024}) {
      results.add(result("ScalingBenchmark.check", Integer.toString(n), "scopes", 2.0, 0));
      results.add(result("ScalingBenchmark.checkClaim", Integer.toString(n), "scopes", 40.0 * n, 0));
      results.add(result("ScalingBenchmark.parseClaim", Integer.toString(n), "scopes", 10.0 * (double) n * n, 24.0 * n));
    }
    results.add(result("DenialBenchmark.compiled", "1", "missing", 90, 280));
    results.add(result("DenialBenchmark.claim", "1", "missing", 400, 232));
    results.add(result("BaselineBenchmark.returnField", "", "", 0.9, 0));
    return "[" + String.join(",\n", results) + "]";
  }

  private static Properties runProperties() {
    return Report.properties(RUN, "run.properties");
  }

  private static String targetRow(String markdown, String target) {
    return markdown.lines().filter(l -> l.startsWith("| " + target + " |")).findFirst().orElseThrow();
  }

  @Test
  void ratiosAreThePeersTimeOverScopegatesAndJudgeTheTargets() {
    String md = Report.render(run(2.0, 60, 4), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check vs Shiro `implies`, pre-built"))
        .isEqualTo("| Compiled check vs Shiro `implies`, pre-built | \u2265 50\u00d7 faster | 60\u00d7 (smallest margin: `ONE_ALLOWED`) | yes |");
    assertThat(targetRow(md, "Compiled check vs naive `HashSet`"))
        .isEqualTo("| Compiled check vs naive `HashSet` | \u2265 5\u00d7 faster | 4.0\u00d7 (smallest margin: `ONE_ALLOWED`) | **no** |");
    assertThat(md).contains("|  | Shiro `WildcardPermission.implies`, pre-built | 120.0 \u00b1 1.20 | 96.0 | 60\u00d7 |");
  }

  @Test
  void allocationUnderATenthOfAByteCountsAsNone() {
    String md = Report.render(run(2.0, 60, 4), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check allocation, every scenario")).endsWith("| 0.001 B/op at most (`ONE_ALLOWED`) | yes |");
    assertThat(md).contains("| `ONE_ALLOWED` | **Scopegate** `GrantedScopes.covers` | 2.00 \u00b1 0.02 | 0 | 1.0\u00d7 |");
  }

  @Test
  void scalingJudgesFlatnessAndTheGrowthExponent() {
    String md = Report.render(run(2.0, 60, 4), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check, 1 \u2192 1,024 granted scopes")).endsWith("| 2.00 to 2.00 ns (1.0\u00d7) | yes |");
    assertThat(targetRow(md, "`check(claim)`, 1 \u2192 1,024 scopes"))
        .contains("k = 1.00 (64 \u2192 1024 scopes: 16\u00d7 the time for 16\u00d7 the scopes)").endsWith("| yes |");
    assertThat(targetRow(md, "`parseClaim`, 1 \u2192 1,024 scopes")).contains("k = 2.00").endsWith("| **no** |");
  }

  @Test
  void theDenialAndBaselineComeFromTheirBenchmarks() {
    String md = Report.render(run(2.0, 60, 4), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Denial (decision + message)"))
        .endsWith("| 400.0 ns at most (DenialBenchmark.claim (1)) | yes |");
    assertThat(md).contains("returning a stored boolean): 0.90 \u00b1 0.01 ns/op");
  }

  @Test
  void theRunTableComesFromTheRunDescriptionAndTheJson() {
    String md = Report.render(run(2.0, 60, 4), "scope-benchmarks/results/benchmarks.json", runProperties());
    assertThat(md)
        .contains("| Command | `java -jar benchmarks.jar -prof gc` |")
        .contains("| CPU | AMD EPYC, 2 cores |")
        .contains("| JVM | OpenJDK 64-Bit Server VM 17.0.15+6 (JDK 17.0.15) |")
        .contains("| JMH | 2 forks \u00d7 (4 warmup \u00d7 1 s + 5 measurement \u00d7 1 s), 1 thread |")
        .contains("| Raw results | `scope-benchmarks/results/benchmarks.json` |")
        .doesNotContain("{{");
  }

  @Test
  void targetsWithoutResultsAreNotMeasuredRatherThanMet() {
    String only = "[" + result("ScalingBenchmark.check", "1", "scopes", 2.0, 0) + "]";
    String md = Report.render(only, "partial.json", runProperties());
    assertThat(targetRow(md, "Compiled check vs Shiro `implies`, pre-built")).endsWith("| not measured in this run | \u2014 |");
    assertThat(targetRow(md, "Denial (decision + message)")).endsWith("| not measured in this run | \u2014 |");
  }

  @Test
  void inputErrorsNameTheFileAndTheReason() {
    assertThatThrownBy(() -> Report.render("{not json", "broken.json", runProperties()))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("broken.json is not JSON: ");
    assertThatThrownBy(() -> Report.render("{\"a\": 1}", "object.json", runProperties()))
        .isInstanceOf(ReportException.class)
        .hasMessage("object.json is not JMH JSON output: expected a non-empty array of results");
    assertThatThrownBy(() -> Report.render(run(2.0, 60, 4), "benchmarks.json", Report.properties("cores=2\n", "run.properties")))
        .isInstanceOf(ReportException.class)
        .hasMessage("the run description has no \"command\"");
  }

  @Test
  void numbersAreFormattedByMagnitude() {
    assertThat(Report.number(1.6021)).isEqualTo("1.60");
    assertThat(Report.number(185.64)).isEqualTo("185.6");
    assertThat(Report.number(45338.6)).isEqualTo("45,339");
    assertThat(Report.ratio(3.84)).isEqualTo("3.8\u00d7");
    assertThat(Report.ratio(63.2)).isEqualTo("63\u00d7");
    assertThat(Report.factor(1.5)).isEqualTo("1.5\u00d7");
    assertThat(Report.factor(50)).isEqualTo("50\u00d7");
    assertThat(Report.bytes(0.09)).isEqualTo("0");
    assertThat(Report.bytes(232.01)).isEqualTo("232.0");
  }
}
