package dev.scopegate.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.benchmarks.RuleScenario;
import dev.scopegate.benchmarks.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final String RUN = "command=java -jar benchmarks.jar -prof gc\ndate=2026-11-23 17:00\ncommit=abc1234\n"
      + "cpu=AMD EPYC\ncores=2\nos=Linux 6.1 x86_64\nloadBefore=0.10 0.20 0.30\nloadAfter=1.00 1.10 1.20\n";

  /** One JMH result as JMH writes it, with the CPU-time and GC profilers' metrics ({@code cpu} NaN: no CPU profiler). */
  private static String result(String benchmark, String param, String paramName, double score, double cpu, double bytes) {
    String params = param.isEmpty() ? "" : String.format(Locale.ROOT, "\"params\": {\"%s\": \"%s\"},", paramName, param);
    String cpuMetric = Double.isNaN(cpu) ? "" : String.format(Locale.ROOT,
        "\"cpu.time.norm\": {\"score\": %f, \"scoreError\": %f, \"scoreUnit\": \"ns/op\"},", cpu, cpu / 50);
    return String.format(Locale.ROOT,
        "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.scopegate.benchmarks.%s\", \"mode\": \"avgt\", \"threads\": 1,"
            + " \"forks\": 2, \"jvm\": \"/usr/bin/java\", \"jvmArgs\": [], \"jdkVersion\": \"17.0.15\","
            + " \"vmName\": \"OpenJDK 64-Bit Server VM\", \"vmVersion\": \"17.0.15+6\", \"warmupIterations\": 4,"
            + " \"warmupTime\": \"1 s\", \"measurementIterations\": 5, \"measurementTime\": \"1 s\", %s"
            + " \"primaryMetric\": {\"score\": %f, \"scoreError\": %f, \"scoreUnit\": \"ns/op\"},"
            + " \"secondaryMetrics\": {%s \"gc.alloc.rate.norm\": {\"score\": %f, \"scoreError\": 0.0, \"scoreUnit\": \"B/op\"}}}",
        benchmark, params, score, score / 100, cpuMetric, bytes);
  }

  /**
   * A run where Scopegate takes 2 ns wall clock and 1.6 ns CPU in every scenario, Shiro 60 times
   * as long on both, and the naive set {@code naiveWall} times as long on the wall clock and
   * {@code naiveCpu} times in CPU time; {@code cpu} false leaves the CPU profiler out.
   */
  private static String run(double naiveWall, double naiveCpu, boolean cpu) {
    double ours = 2.0;
    double oursCpu = cpu ? 1.6 : Double.NaN;
    List<String> results = new ArrayList<>();
    for (String cls : List.of("CompiledCheckBenchmark", "TokenPathBenchmark")) {
      for (Scenario s : Scenario.values()) {
        results.add(result(cls + ".scopegate", s.name(), "scenario", ours, oursCpu, 0.001));
        results.add(result(cls + ".shiro", s.name(), "scenario", ours * 60, oursCpu * 60, 48));
        results.add(result(cls + ".naiveHashSet", s.name(), "scenario", ours * naiveWall, oursCpu * naiveCpu, 0.0));
      }
    }
    for (int n : new int[] {1, 64, 1024}) {
      String size = Integer.toString(n);
      double scale = cpu ? 0.8 : Double.NaN;
      results.add(result("ScalingBenchmark.check", size, "scopes", 2.0, 1.6 * (cpu ? 1 : Double.NaN), 0));
      results.add(result("ScalingBenchmark.checkClaim", size, "scopes", 40.0 * n, 40.0 * n * scale, 0));
      results.add(result("ScalingBenchmark.parseClaim", size, "scopes", 10.0 * n * n, 10.0 * n * n * scale, 24.0 * n));
    }
    results.add(result("DenialBenchmark.compiled", "1", "missing", 90, cpu ? 70 : Double.NaN, 280));
    results.add(result("DenialBenchmark.claim", "1", "missing", 400, cpu ? 320 : Double.NaN, 232));
    results.add(result("BaselineBenchmark.returnField", "", "", 0.9, cpu ? 0.7 : Double.NaN, 0));
    return "[" + String.join(",\n", results) + "]";
  }

  private static Properties runProperties() {
    return Report.properties(RUN, "run.properties");
  }

  private static String targetRow(String markdown, String target) {
    return markdown.lines().filter(l -> l.startsWith("| " + target + " |")).findFirst().orElseThrow();
  }

  @Test
  void ratiosAreThePeersTimeOverScopegatesOnBothMeasures() {
    String md = Report.render(run(8, 8, true), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check vs Shiro `implies`, pre-built"))
        .isEqualTo("| Compiled check vs Shiro `implies`, pre-built | \u2265 50\u00d7 faster | 60\u00d7 (`ONE_ALLOWED`)"
            + " | 60\u00d7 (`ONE_ALLOWED`) | yes |");
    assertThat(md).contains(
        "|  | Shiro `WildcardPermission.implies`, pre-built | 120.0 \u00b1 1.20 | 96.0 \u00b1 1.92 | 48.0 | 60\u00d7 | 60\u00d7 |");
  }

  @Test
  void aTargetMetOnOneMeasureOnlySaysWhich() {
    String md = Report.render(run(4, 6, true), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check vs naive `HashSet`"))
        .isEqualTo("| Compiled check vs naive `HashSet` | \u2265 5\u00d7 faster | 4.0\u00d7 (`ONE_ALLOWED`) | 6.0\u00d7 (`ONE_ALLOWED`)"
            + " | **CPU time only** |");
    assertThat(targetRow(md, "Token path vs naive `split` + `HashSet`")).endsWith("| yes |");
  }

  @Test
  void withoutTheCpuProfilerTargetsAreJudgedOnTheWallClock() {
    String md = Report.render(run(4, 4, false), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check vs naive `HashSet`"))
        .isEqualTo("| Compiled check vs naive `HashSet` | \u2265 5\u00d7 faster | 4.0\u00d7 (`ONE_ALLOWED`) | not measured in this run"
            + " | **no** |");
    assertThat(md).contains("| `ONE_ALLOWED` | **Scopegate** `GrantedScopes.covers` | 2.00 \u00b1 0.02 | \u2014 | 0 | 1.0\u00d7 | \u2014 |");
  }

  @Test
  void allocationUnderATenthOfAByteCountsAsNone() {
    String md = Report.render(run(8, 8, true), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check allocation, every scenario"))
        .isEqualTo("| Compiled check allocation, every scenario | 0 B/op (under 0.1) | 0.001 B/op at most (`ONE_ALLOWED`) |  | yes |");
    assertThat(md).contains("| `ONE_ALLOWED` | **Scopegate** `GrantedScopes.covers` | 2.00 \u00b1 0.02 | 1.60 \u00b1 0.03 | 0 | 1.0\u00d7 | 1.0\u00d7 |");
  }

  @Test
  void scalingJudgesFlatnessAndTheGrowthExponent() {
    String md = Report.render(run(8, 8, true), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Compiled check, 1 \u2192 1,024 granted scopes"))
        .endsWith("| 2.00 to 2.00 ns (1.0\u00d7) over 64 scopes; 2.00 to 2.00 ns up to 64 (one inline word)"
            + " | 1.60 to 1.60 ns (1.0\u00d7) over 64 scopes; 1.60 to 1.60 ns up to 64 (one inline word) | yes |");
    assertThat(targetRow(md, "`check(claim)`, 1 \u2192 1,024 scopes"))
        .contains("| k = 1.00 (64 \u2192 1024 scopes: 16\u00d7 the time) |").endsWith("| yes |");
    assertThat(targetRow(md, "`parseClaim`, 1 \u2192 1,024 scopes")).contains("k = 2.00").endsWith("| **no** |");
    assertThat(md).contains("| `parseClaim(claim)` | 1 | 10.0 \u00b1 0.10 |  | 8.00 \u00b1 0.16 |  | 24.0 |")
        .contains("|  | 1,024 | 10,485,760 \u00b1 104,858 | 2.00 | 8,388,608 \u00b1 167,772 | 2.00 | 24,576 |");
  }

  @Test
  void theDenialAndBaselineComeFromTheirBenchmarks() {
    String md = Report.render(run(8, 8, true), "benchmarks.json", runProperties());
    assertThat(targetRow(md, "Denial (decision + message)"))
        .isEqualTo("| Denial (decision + message) | under 1 \u00b5s | 400.0 ns at most (claim, 1 missing)"
            + " | 320.0 ns at most (claim, 1 missing) | yes |");
    assertThat(md).contains("returning a stored boolean): 0.90 \u00b1 0.01 ns/op wall clock, 0.70 \u00b1 0.01 ns/op CPU.");
  }

  @Test
  void theRunTableComesFromTheRunDescriptionAndTheJson() {
    String md = Report.render(run(8, 8, true), "scope-benchmarks/results/benchmarks.json", runProperties());
    assertThat(md)
        .contains("| Command | `java -jar benchmarks.jar -prof gc` |")
        .contains("| CPU | AMD EPYC, 2 cores |")
        .contains("| JVM | OpenJDK 64-Bit Server VM 17.0.15+6 (JDK 17.0.15) |")
        .contains("| JMH | 2 forks \u00d7 (4 warmup \u00d7 1 s + 5 measurement \u00d7 1 s), 1 thread |")
        .contains("| Raw results | `scope-benchmarks/results/benchmarks.json` |")
        .doesNotContain("{{");
  }

  /** The compiled check's scaling target for these wall-clock times at 1, 64, 256 and 1,024 scopes. */
  private static String checkScaling(double at1, double at64, double at256, double at1024) {
    List<String> results = new ArrayList<>();
    double[] times = {at1, at64, at256, at1024};
    String[] sizes = {"1", "64", "256", "1024"};
    for (int i = 0; i < sizes.length; i++) {
      results.add(result("ScalingBenchmark.check", sizes[i], "scopes", times[i], times[i], 0));
    }
    String md = Report.render("[" + String.join(",\n", results) + "]", "scaling.json", runProperties());
    return targetRow(md, "Compiled check, 1 \u2192 1,024 granted scopes");
  }

  @Test
  void theCompiledCheckIsFlatWhenNoSizeIsSlowerThanTheArrayLayoutAllows() {
    // The one-word fast path: a step down at 64 scopes and below is not growth.
    assertThat(checkScaling(0.9, 0.95, 1.8, 1.85))
        .contains("| 1.80 to 1.85 ns (1.0\u00d7) over 64 scopes; 0.90 to 0.95 ns up to 64 (one inline word) |")
        .endsWith("| yes |");
    // Growth from 256 to 1,024 scopes is.
    assertThat(checkScaling(0.9, 0.95, 1.8, 2.8)).endsWith("| **no** |");
    // So is a small catalog slower than the large ones by more than the spread.
    assertThat(checkScaling(3.0, 0.95, 1.8, 1.85)).endsWith("| **no** |");
    assertThat(checkScaling(2.6, 0.95, 1.8, 1.85)).endsWith("| yes |");
  }

  /** A route-matching run: Scopegate's and the regex list's wall-clock times at 10, 150 and 1,000 routes (CPU 80%). */
  private static String routeRun(double[] ours, double[] regex, double oursBytes) {
    List<String> results = new ArrayList<>();
    String[] sizes = {"10", "150", "1000"};
    for (int i = 0; i < sizes.length; i++) {
      results.add(result("RouteMatchingBenchmark.scopegate", sizes[i], "routes", ours[i], ours[i] * 0.8, oursBytes));
      results.add(result("RouteMatchingBenchmark.springPathPattern", sizes[i], "routes", ours[i] * 30, ours[i] * 24, 1800));
      results.add(result("RouteMatchingBenchmark.regexList", sizes[i], "routes", regex[i], regex[i] * 0.8, 5600));
    }
    return Report.render("[" + String.join(",\n", results) + "]", "routes.json", runProperties());
  }

  @Test
  void routeMatchingTargetsComeFromTheRouteMatchingBenchmark() {
    String md = routeRun(new double[] {100, 120, 140}, new double[] {900, 2400, 20000}, 0.002);

    assertThat(targetRow(md, "Route matching (method, raw path, claim \u2192 decision) vs a naive regex list, 150 routes"))
        .endsWith("| \u2265 10\u00d7 faster | 20\u00d7 (150) | 20\u00d7 (150) | yes |");
    assertThat(targetRow(md, "Route matching allocation, allowed, every table size"))
        .endsWith("| 0 B/op (under 0.1) | 0.002 B/op at most (10) |  | yes |");
    assertThat(targetRow(md, "Route matching, 10 \u2192 1,000 routes"))
        .endsWith("| 100.0 ns (10) to 140.0 ns (1000): 1.4\u00d7 | 80.0 ns (10) to 112.0 ns (1000): 1.4\u00d7 | yes |");
    assertThat(md)
        .contains("| 150 | **Scopegate** `Guard.check` | 120.0 \u00b1 1.20 | 96.0 \u00b1 1.92 | 0 | 1.0\u00d7 | 1.0\u00d7 |")
        .contains("|  | naive regex list \u2192 `check` | 2,400 \u00b1 24.0 | 1,920 \u00b1 38.4 | 5,600 | 20\u00d7 | 20\u00d7 |")
        .contains("| 1,000 | **Scopegate** `Guard.check` |");
  }

  @Test
  void routeMatchingTargetsFailWhenTheyAreMissed() {
    String md = routeRun(new double[] {100, 160, 140}, new double[] {900, 1500, 20000}, 16);

    assertThat(targetRow(md, "Route matching (method, raw path, claim \u2192 decision) vs a naive regex list, 150 routes"))
        .endsWith("| 9.4\u00d7 (150) | 9.4\u00d7 (150) | **no** |");
    assertThat(targetRow(md, "Route matching allocation, allowed, every table size")).endsWith("| 16.000 B/op at most (10) |  | **no** |");
    assertThat(targetRow(md, "Route matching, 10 \u2192 1,000 routes")).contains("100.0 ns (10) to 160.0 ns (150): 1.6\u00d7").endsWith("| **no** |");
  }

  @Test
  void targetsWithoutResultsAreNotMeasuredRatherThanMet() {
    String only = "[" + result("ScalingBenchmark.check", "1", "scopes", 2.0, 1.6, 0) + "]";
    String md = Report.render(only, "partial.json", runProperties());
    assertThat(targetRow(md, "Compiled check vs Shiro `implies`, pre-built"))
        .endsWith("| not measured in this run | not measured in this run | \u2014 |");
    assertThat(targetRow(md, "Denial (decision + message)")).endsWith("| not measured in this run | not measured in this run | \u2014 |");
    assertThat(targetRow(md, "Route matching, 10 \u2192 1,000 routes")).endsWith("| not measured in this run | not measured in this run | \u2014 |");
    assertThat(targetRow(md, "Route matching allocation, allowed, every table size")).endsWith("| not measured in this run |  | \u2014 |");
    assertThat(targetRow(md, "Route matching (method, raw path, claim \u2192 decision) vs a naive regex list, 150 routes"))
        .endsWith("| not measured in this run | not measured in this run | \u2014 |");
  }

  private static final String SPRING_FASTER = "Spring request authorization (`authorize`, prepared request) vs Spring Security's "
      + "`RequestMatcherDelegatingAuthorizationManager` + `hasAllScopes`, 150 routes";

  /** A Spring authorization run: Scopegate's and Spring Security's wall-clock times at 10, 150 and 1,000 routes (CPU 80%). */
  private static String springRun(double[] ours, double[] spring, double oursBytes) {
    List<String> results = new ArrayList<>();
    String[] sizes = {"10", "150", "1000"};
    for (int i = 0; i < sizes.length; i++) {
      results.add(result("SpringAuthorizationBenchmark.scopegate", sizes[i], "routes", ours[i], ours[i] * 0.8, oursBytes));
      results.add(result("SpringAuthorizationBenchmark.springSecurity", sizes[i], "routes", spring[i], spring[i] * 0.8, 3600));
    }
    return Report.render("[" + String.join(",\n", results) + "]", "spring.json", runProperties());
  }

  @Test
  void springAuthorizationTargetsAndSpringsCurveComeFromTheSpringBenchmark() {
    String md = springRun(new double[] {100, 110, 130}, new double[] {900, 2200, 30000}, 0.002);

    assertThat(targetRow(md, SPRING_FASTER)).endsWith("| \u2265 10\u00d7 faster | 20\u00d7 (150) | 20\u00d7 (150) | yes |");
    assertThat(targetRow(md, "Spring request authorization allocation, allowed, every table size"))
        .endsWith("| 0 B/op (under 0.1) | 0.002 B/op at most (10) |  | yes |");
    assertThat(targetRow(md, "Spring request authorization, 10 \u2192 1,000 routes"))
        .endsWith("| 100.0 ns (10) to 130.0 ns (1000): 1.3\u00d7 | 80.0 ns (10) to 104.0 ns (1000): 1.3\u00d7 | yes |");
    assertThat(md)
        .contains("| 150 | **Scopegate** `GuardAuthorizationManager.authorize` | 110.0 \u00b1 1.10 |")
        .contains("|  | Spring Security `RequestMatcherDelegatingAuthorizationManager`, `PathPatternRequestMatcher` \u2192 `hasAllScopes`"
            + " | 2,200 \u00b1 22.0 | 1,760 \u00b1 35.2 | 3,600 | 20\u00d7 | 20\u00d7 |")
        .contains("Spring Security's own curve, wall clock: 900.0 ns (10) to 30,000 ns (1000): 33\u00d7.");
  }

  @Test
  void springAuthorizationTargetsFailWhenMissedAndAreNotMeasuredWithoutResults() {
    String md = springRun(new double[] {100, 250, 130}, new double[] {900, 2200, 30000}, 24);

    assertThat(targetRow(md, SPRING_FASTER)).endsWith("| 8.8\u00d7 (150) | 8.8\u00d7 (150) | **no** |");
    assertThat(targetRow(md, "Spring request authorization allocation, allowed, every table size"))
        .endsWith("| 24.000 B/op at most (10) |  | **no** |");
    assertThat(targetRow(md, "Spring request authorization, 10 \u2192 1,000 routes")).endsWith("| **no** |");

    String none = Report.render("[" + result("ScalingBenchmark.check", "1", "scopes", 2.0, 1.6, 0) + "]", "partial.json", runProperties());
    assertThat(targetRow(none, SPRING_FASTER)).endsWith("| not measured in this run | not measured in this run | \u2014 |");
    assertThat(none).contains("## 8. Spring Security request authorization").contains("Not measured in this run.\n\n## 9. The command-line tool");
  }

  /** A rule run: Scopegate 2 ns compiled and 10 ns on the token path, the naive peer {@code naive} ns, EQUAL_CATALOG {@code equal} ns. */
  private static String ruleRun(double naive, double equal, double bytes) {
    List<String> results = new ArrayList<>();
    for (RuleScenario s : RuleScenario.values()) {
      double ours = s == RuleScenario.EQUAL_CATALOG ? equal : 2.0;
      results.add(result("RuleBenchmark.scopegate", s.name(), "scenario", ours, ours, bytes));
      results.add(result("RuleBenchmark.scopegateClaim", s.name(), "scenario", 10, 10, 0));
      results.add(result("RuleBenchmark.naiveHashSet", s.name(), "scenario", naive, naive, 0));
    }
    return "[" + String.join(",\n", results) + "]";
  }

  private static final String RULES = "Rules real APIs use (opaque Okta, implied, second alternative, equal catalogs) vs naive `HashSet` + fallbacks";
  private static final String EQUAL = "Equal-but-not-identical catalog vs identical, compiled check";
  private static final String MEMORY = "Compiled rules of 1,000 routes over a 1,024-scope catalog (JOL, retained)";

  @Test
  void ruleTargetsJudgeEveryRuleScenario() {
    String md = Report.render(ruleRun(12, 2.4, 0), "benchmarks.json", runProperties());
    assertThat(targetRow(md, RULES)).isEqualTo("| " + RULES + " | \u2265 5\u00d7 faster | 5.0\u00d7 (`EQUAL_CATALOG`)"
        + " | 5.0\u00d7 (`EQUAL_CATALOG`) | yes |");
    assertThat(targetRow(md, EQUAL)).isEqualTo("| " + EQUAL + " | within 1.5\u00d7 | 1.2\u00d7 (2.40 vs 2.00 ns)"
        + " | 1.2\u00d7 (2.40 vs 2.00 ns) | yes |");
    assertThat(targetRow(md, "Rules real APIs use, allocation (compiled and token path, all allowed)"))
        .endsWith("| 0.000 B/op at most (`scopegate, OKTA_OPAQUE`) |  | yes |");
    assertThat(md).contains("| `SECOND_ALTERNATIVE` | `openid profile email accounting.transactions.read accounting.contacts.read"
        + " accounting.settings.read` | `accounting.transactions` or `accounting.transactions.read` |");
    assertThat(md).contains("|  | naive `HashSet<String>` + hand-written fallbacks | 12.0 \u00b1 0.12 | 12.0 \u00b1 0.24 | 0 | 6.0\u00d7 | 6.0\u00d7 |");

    String slow = Report.render(ruleRun(8, 3.2, 24), "benchmarks.json", runProperties());
    assertThat(targetRow(slow, RULES)).endsWith("| **no** |");
    assertThat(targetRow(slow, EQUAL)).contains("1.6\u00d7 (3.20 vs 2.00 ns)").endsWith("| **no** |");
    assertThat(targetRow(slow, "Rules real APIs use, allocation (compiled and token path, all allowed)")).endsWith("| **no** |");
  }

  @Test
  void theMemoryTargetComesFromTheRunDescription() {
    String measured = Report.render(run(8, 8, true), "benchmarks.json",
        Report.properties(RUN + "memory.rules.bytes=524288\nmemory.rules.routes=1000\n", "run.properties"));
    assertThat(targetRow(measured, MEMORY)).isEqualTo("| " + MEMORY + " | under 2 MB | 0.50 MB (524 B per route) |  | yes |");
    String over = Report.render(run(8, 8, true), "benchmarks.json",
        Report.properties(RUN + "memory.rules.bytes=3145728\nmemory.rules.routes=1000\n", "run.properties"));
    assertThat(targetRow(over, MEMORY)).endsWith("| 3.00 MB (3,145 B per route) |  | **no** |");
    assertThat(targetRow(Report.render(run(8, 8, true), "benchmarks.json", runProperties()), MEMORY))
        .endsWith("| not measured in this run |  | \u2014 |");
    assertThatThrownBy(() -> Report.render(run(8, 8, true), "benchmarks.json",
            Report.properties(RUN + "memory.rules.bytes=lots\n", "run.properties")))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("the run description's memory.rules.bytes or memory.rules.routes is not a number");
  }

  private static final String CLI = "`bin/scope lint` on Okta's 3.5 MB OpenAPI document, fresh JVM each run (`/usr/bin/time -v`)";

  private static String cliRun(String wall, String cpu, String rss) {
    return RUN + "cli.lint.command=bin/scope lint okta.yaml\ncli.lint.bytes=3472133\ncli.lint.date=2026-12-02 19:40\n"
        + "cli.lint.commit=abc1234\ncli.lint.wall=" + wall + "\ncli.lint.cpu=" + cpu + "\ncli.lint.rssKiB=" + rss + "\n";
  }

  @Test
  void theCommandLineTargetIsTheMedianWallClockAndTheLargestRss() {
    String met = Report.render(run(8, 8, true), "benchmarks.json",
        Report.properties(cliRun("1.30 0.90 1.00 0.95 1.10", "0.80 0.85 0.90 0.95 1.00", "90000 95000 97280 91000 92000"), "run.properties"));
    assertThat(targetRow(met, CLI))
        .isEqualTo("| " + CLI + " | median \u2264 1.2 s over \u2265 5 runs; max RSS \u2264 256 MiB"
            + " | 1.00 s median of 5 runs; max RSS 95 MiB | 0.90 s median | yes |");
    assertThat(met).contains("Command, run from the repository root: `bin/scope lint okta.yaml` (the document is 3,472,133 bytes),"
            + " measured on 2026-12-02 19:40 UTC at commit `abc1234`.")
        .contains("| 1 | 1.30 | 0.80 | 88 |\n")
        .contains("| **median** | **1.00** | **0.90** | 95 at most |\n");

    // The median, not the mean or the best run, over an even number of runs too.
    String slow = Report.render(run(8, 8, true), "benchmarks.json",
        Report.properties(cliRun("0.50 1.30 1.20 1.40", "0.5 0.6 0.7 0.8", "1 1 1 1"), "run.properties"));
    assertThat(targetRow(slow, CLI)).contains("| 1.25 s median of 4 runs; max RSS 0 MiB (too few runs) | 0.65 s median | **no** |");
    String heavy = Report.render(run(8, 8, true), "benchmarks.json",
        Report.properties(cliRun("1 1 1 1 1", "1 1 1 1 1", "1000 1000 263169 1000 1000"), "run.properties"));
    assertThat(targetRow(heavy, CLI)).contains("max RSS 257 MiB | 1.00 s median | **no** |");

    assertThat(targetRow(Report.render(run(8, 8, true), "benchmarks.json", runProperties()), CLI))
        .endsWith("| not measured in this run | not measured in this run | \u2014 |");
    assertThatThrownBy(() -> Report.render(run(8, 8, true), "benchmarks.json",
            Report.properties(cliRun("1 1", "1 1 1", "1 1"), "run.properties")))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("list 2, 3 and 2 runs");
    assertThatThrownBy(() -> Report.render(run(8, 8, true), "benchmarks.json",
            Report.properties(cliRun("1 fast", "1 1", "1 1"), "run.properties")))
        .isInstanceOf(ReportException.class)
        .hasMessage("the run description's cli.lint.wall holds \"fast\", not a number of seconds");
  }

  private static final String REFERENCE = "Committed scenarios (Scopegate's results in the reference run, section 10)";

  @Test
  void committedScenariosAreComparedWithTheReferenceRunScopegatesResultsOnly() {
    String referenceJson = "[" + String.join(",\n",
        result("CompiledCheckBenchmark.scopegate", "ONE_ALLOWED", "scenario", 1.9, 1.5, 0),
        result("CompiledCheckBenchmark.shiro", "ONE_ALLOWED", "scenario", 1.0, 1.0, 0),
        result("DenialBenchmark.compiled", "1", "missing", 85, 70, 280),
        result("BaselineBenchmark.returnField", "", "", 0.1, 0.1, 0)) + "]";
    ReferenceRun reference = ReferenceRun.of(referenceJson, "reference.json",
        Report.properties("commit=1234abc\ndate=2026-11-23 20:38\n", "reference.properties"));
    String met = Report.render(run(8, 8, true), "benchmarks.json", runProperties(), java.util.Optional.of(reference));
    // 2.0 / 1.9 on the wall clock, 1.6 / 1.5 in CPU time; the faster Shiro and baseline are peers, not compared.
    assertThat(targetRow(met, REFERENCE)).isEqualTo("| " + REFERENCE + " | each within 10% of the reference, or faster"
        + " | slowest 1.1\u00d7 of the reference (`DenialBenchmark.compiled 1`), over 2 scenarios"
        + " | slowest 1.1\u00d7 of the reference (`CompiledCheckBenchmark.scopegate ONE_ALLOWED`), over 2 scenarios | yes |");
    assertThat(met).contains("The reference run: commit `1234abc`, 2026-11-23 20:38 UTC.")
        .contains("| `CompiledCheckBenchmark.scopegate` | `ONE_ALLOWED` | 1.90 | 2.00 | 1.05 | 1.50 | 1.60 | 1.07 |\n")
        .doesNotContain("| `CompiledCheckBenchmark.shiro` |");

    String slowerJson = "[" + String.join(",\n",
        result("ScalingBenchmark.checkClaim", "1024", "scopes", 30_000, 30_000, 0),
        result("TokenPathBenchmark.scopegate", "NOT_IN_THIS_RUN", "scenario", 5, 5, 0)) + "]";
    String slower = Report.render(run(8, 8, true), "benchmarks.json", runProperties(),
        java.util.Optional.of(ReferenceRun.of(slowerJson, "reference.json", Report.properties("", "reference.properties"))));
    assertThat(targetRow(slower, REFERENCE)).contains("slowest 1.4\u00d7 of the reference (`ScalingBenchmark.checkClaim 1024`), over 1 scenarios")
        .endsWith("| **CPU time only** |"); // 32,768 / 30,000 = 1.09 in CPU time
    assertThat(slower).contains("| `ScalingBenchmark.checkClaim` | `1024` | 30,000 | 40,960 | **1.37** |")
        .contains("| `TokenPathBenchmark.scopegate` | `NOT_IN_THIS_RUN` | 5.00 | not measured | \u2014 |");

    assertThat(targetRow(Report.render(run(8, 8, true), "benchmarks.json", runProperties()), REFERENCE))
        .endsWith("| not measured in this run | not measured in this run | \u2014 |");
  }

  @Test
  void inputErrorsNameTheFileAndTheReason() {
    assertThatThrownBy(() -> Report.render("{not json", "broken.json", runProperties()))
        .isInstanceOf(ReportException.class)
        .hasMessageStartingWith("broken.json is not JSON: ");
    assertThatThrownBy(() -> Report.render("{\"a\": 1}", "object.json", runProperties()))
        .isInstanceOf(ReportException.class)
        .hasMessage("object.json is not JMH JSON output: expected a non-empty array of results");
    assertThatThrownBy(() -> Report.render(run(8, 8, true), "benchmarks.json", Report.properties("cores=2\n", "run.properties")))
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
    assertThat(Report.ratio(Double.NaN)).isEqualTo("\u2014");
    assertThat(Report.bytes(0.09)).isEqualTo("0");
    assertThat(Report.bytes(232.01)).isEqualTo("232.0");
  }
}
