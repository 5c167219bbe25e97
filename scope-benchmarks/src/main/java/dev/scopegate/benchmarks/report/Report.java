package dev.scopegate.benchmarks.report;

import dev.scopegate.benchmarks.RuleMemory;
import dev.scopegate.benchmarks.RuleScenario;
import dev.scopegate.benchmarks.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes BENCHMARKS.md from a JMH JSON result file and the run's description ({@code
 * run.properties}, written by {@code scope-benchmarks/bench.sh}: command, date, commit, CPU,
 * cores, OS, load averages). The prose comes from a template; every number comes from the run.
 * Times are reported twice, as JMH's wall-clock score and as CPU time per operation ({@code
 * cpu.time.norm} from {@link dev.scopegate.benchmarks.CpuTimeProfiler}), and each time target is
 * judged on both.
 */
public final class Report {
  /** Below this many bytes per operation, an allocation is JMH's own bookkeeping, not the code's. */
  static final double ZERO_BYTES = 0.1;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)\\}\\}");
  private static final String SCOPEGATE = "scopegate";

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("CompiledCheckBenchmark.scopegate", "**Scopegate** `GrantedScopes.covers`"),
      Map.entry("CompiledCheckBenchmark.naiveHashSet", "naive `HashSet<String>` + `family:*` lookup"),
      Map.entry("CompiledCheckBenchmark.shiro", "Shiro `WildcardPermission.implies`, pre-built"),
      Map.entry("CompiledCheckBenchmark.spring", "Spring Security authority managers\u00b9, pre-built"),
      Map.entry("CompiledCheckBenchmark.quarkus", "Quarkus `StringPermission.implies`\u00b9, pre-built"),
      Map.entry("TokenPathBenchmark.scopegate", "**Scopegate** `Requirement.check(String)`"),
      Map.entry("TokenPathBenchmark.scopegateParseClaim", "Scopegate `parseClaim` \u2192 `check`"),
      Map.entry("TokenPathBenchmark.naiveHashSet", "naive `split` \u2192 `HashSet` \u2192 lookups"),
      Map.entry("TokenPathBenchmark.shiro", "Shiro parse per request \u2192 `implies`"),
      Map.entry("TokenPathBenchmark.spring", "Spring authorities converter \u2192 managers\u00b9"),
      Map.entry("TokenPathBenchmark.quarkus", "Quarkus `StringPermission` per entry \u2192 `implies`\u00b9"),
      Map.entry("ListClaimBenchmark.scopegate", "**Scopegate** `Requirement.check(List)`"),
      Map.entry("ListClaimBenchmark.scopegateParseClaim", "Scopegate `parseClaim(List)` \u2192 `check`"),
      Map.entry("ListClaimBenchmark.naiveHashSet", "naive `new HashSet<>(list)` \u2192 lookups"),
      Map.entry("ListClaimBenchmark.shiro", "Shiro parse per request \u2192 `implies`"),
      Map.entry("ListClaimBenchmark.spring", "Spring authorities converter (`scp`) \u2192 managers\u00b9"),
      Map.entry("ListClaimBenchmark.quarkus", "Quarkus `StringPermission` per entry \u2192 `implies`\u00b9"),
      Map.entry("RuleBenchmark.scopegate", "**Scopegate** `GrantedScopes.covers(AccessRule)`"),
      Map.entry("RuleBenchmark.scopegateClaim", "Scopegate `AccessRule.check(String)`, token path"),
      Map.entry("RuleBenchmark.naiveHashSet", "naive `HashSet<String>` + hand-written fallbacks"),
      Map.entry("RouteMatchingBenchmark.scopegate", "**Scopegate** `Guard.check`"),
      Map.entry("RouteMatchingBenchmark.springPathPattern", "Spring `PathPatternParser`, most specific first \u2192 `check`"),
      Map.entry("RouteMatchingBenchmark.regexList", "naive regex list \u2192 `check`"),
      Map.entry("SpringAuthorizationBenchmark.scopegate", "**Scopegate** `GuardAuthorizationManager.authorize`"),
      Map.entry("SpringAuthorizationBenchmark.springSecurity",
          "Spring Security `RequestMatcherDelegatingAuthorizationManager`, `PathPatternRequestMatcher` \u2192 `hasAllScopes`"));

  private static final List<String> COMPILED = List.of(SCOPEGATE, "naiveHashSet", "shiro", "spring", "quarkus");
  private static final List<String> TOKEN = List.of(SCOPEGATE, "scopegateParseClaim", "naiveHashSet", "shiro", "spring", "quarkus");
  private static final List<String> RULE = List.of(SCOPEGATE, "scopegateClaim", "naiveHashSet");
  private static final List<String> RULE_SCENARIOS = Targets.names(RuleScenario.values());
  /** The largest memory the compiled rules of {@link RuleMemory#ROUTES} routes may take. */
  static final long MEMORY_LIMIT = 2L * 1024 * 1024;
  private static final String ROUTES = "RouteMatchingBenchmark";
  private static final List<String> ROUTE_MATCHING = List.of(SCOPEGATE, "springPathPattern", "regexList");
  private static final String SPRING = "SpringAuthorizationBenchmark";
  private static final List<String> SPRING_AUTHORIZATION = List.of(SCOPEGATE, "springSecurity");

  private Report() {}

  /**
   * Writes the report: {@code Report <results.json> <run.properties> <output.md>}, comparing with
   * the reference run in {@code reference/} beside the results when there is one. Exits with 2
   * on wrong arguments and 1 when an input cannot be read, with a one-line message.
   *
   * @param args the JMH JSON file, the run description, the Markdown file to write
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: Report <results.json> <run.properties> <output.md>");
      System.exit(2);
    }
    try {
      String markdown = render(read(Path.of(args[0])), args[0], properties(read(Path.of(args[1])), args[1]), reference(Path.of(args[0])));
      Files.writeString(Path.of(args[2]), markdown, StandardCharsets.UTF_8);
    } catch (ReportException e) {
      System.err.println("report: " + e.getMessage());
      System.exit(1);
    } catch (IOException e) {
      System.err.println("report: cannot write " + args[2] + ": " + describe(e));
      System.exit(1);
    }
  }

  /**
   * Renders BENCHMARKS.md.
   *
   * @param json the JMH {@code -rf json} output
   * @param source the JSON file's name, for messages and the report
   * @param run the run's description
   * @return the Markdown text
   * @throws ReportException if the JSON is not JMH output or the run description lacks a key
   */
  public static String render(String json, String source, Properties run) {
    return render(json, source, run, Optional.empty());
  }

  /**
   * Renders BENCHMARKS.md, comparing the committed scenarios with a reference run when one is
   * given.
   *
   * @param json the JMH {@code -rf json} output
   * @param source the JSON file's name, for messages and the report
   * @param run the run's description
   * @param reference the reference run, if any
   * @return the Markdown text
   * @throws ReportException if a JSON is not JMH output or the run description lacks a key
   */
  static String render(String json, String source, Properties run, Optional<ReferenceRun> reference) {
    Results results = Results.parse(json, source);
    Map<String, Function<Results, String>> sections = Map.ofEntries(
        Map.entry("run", r -> runTable(r, run, source)),
        Map.entry("targets", r -> targets(r, run, reference)),
        Map.entry("reference", r -> reference.map(ref -> ref.section(r)).orElse("No reference run is committed.\n")),
        Map.entry("scenarios", r -> scenarios()),
        Map.entry("compiled", r -> comparison(r, "CompiledCheckBenchmark", COMPILED, Targets.SCENARIOS)),
        Map.entry("token", r -> comparison(r, "TokenPathBenchmark", TOKEN, Targets.SCENARIOS)),
        Map.entry("list", r -> comparison(r, "ListClaimBenchmark", TOKEN, Targets.SCENARIOS)),
        Map.entry("rules", r -> ruleScenarios() + "\n" + comparison(r, "RuleBenchmark", RULE, RULE_SCENARIOS)),
        Map.entry("denial", Report::denial),
        Map.entry("baseline", Report::baseline),
        Map.entry("scaling", Report::scaling),
        Map.entry("routes", Report::routeMatching),
        Map.entry("spring", Report::springAuthorization),
        Map.entry("cli", r -> CliTiming.from(run).map(CliTiming::section).orElse("Not measured in this run.\n")));
    Matcher m = PLACEHOLDER.matcher(template());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Function<Results, String> section = sections.get(m.group(1));
      if (section == null) {
        throw new ReportException("the template has an unknown placeholder {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(section.apply(results)));
    }
    m.appendTail(out);
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Sections.

  private static String runTable(Results results, Properties run, String source) {
    StringBuilder sb = new StringBuilder("| | |\n|---|---|\n");
    row(sb, "Command", "`" + required(run, "command") + "`");
    row(sb, "Raw results", "`" + source + "`");
    row(sb, "Date (UTC)", required(run, "date"));
    row(sb, "Commit", "`" + required(run, "commit") + "`");
    row(sb, "CPU", required(run, "cpu") + ", " + required(run, "cores") + " cores");
    row(sb, "OS", required(run, "os"));
    row(sb, "JVM", results.jvm());
    row(sb, "JVM options", results.jvmArgs());
    row(sb, "JMH", results.settings());
    row(sb, "Load average (1, 5, 15 min) before / after", required(run, "loadBefore") + " / " + required(run, "loadAfter"));
    return sb.toString();
  }

  private static String scenarios() {
    StringBuilder sb = new StringBuilder("| Scenario | Claim | Required scopes | Answer |\n|---|---|---|---|\n");
    for (Scenario s : Scenario.values()) {
      sb.append("| `").append(s).append("` | ").append(s.claim().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append(" | `").append(String.join("`, `", s.required())).append("` | ")
          .append(s.allowed() ? "allowed" : "denied").append(" |\n");
    }
    return sb.toString();
  }

  private static String ruleScenarios() {
    StringBuilder sb = new StringBuilder("| Scenario | Claim | Rule (alternatives separated by \u201cor\u201d) |\n|---|---|---|\n");
    for (RuleScenario s : RuleScenario.values()) {
      List<String> alternatives = new ArrayList<>();
      for (List<String> a : s.alternatives()) {
        alternatives.add("`" + String.join("`, `", a) + "`");
      }
      sb.append("| `").append(s).append("` | `").append(s.claim()).append("` | ").append(String.join(" or ", alternatives))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String comparison(Results results, String benchmark, List<String> methods, List<String> params) {
    String rows = rows(results, benchmark, methods, params, s -> "`" + s + "`");
    return rows.isEmpty() ? "Not measured in this run.\n" : header("Scenario", "---") + rows;
  }

  /** The table head of a side-by-side comparison whose first column is {@code column}. */
  private static String header(String column, String alignment) {
    return "| " + column + " | Implementation | ns/op (\u00b1 99.9%) | CPU ns/op (\u00b1 99.9%) | B/op | vs Scopegate, wall | vs Scopegate, CPU |\n"
        + "|" + alignment + "|---|--:|--:|--:|--:|--:|\n";
  }

  /**
   * One row per implementation measured at each parameter value, the value named once in the
   * first column, with its ratios to Scopegate's result at that value; empty when none was measured.
   */
  private static String rows(
      Results results, String benchmark, List<String> methods, List<String> params, Function<String, String> firstCell) {
    StringBuilder sb = new StringBuilder();
    for (String s : params) {
      Optional<Result> ours = results.find(benchmark + "." + SCOPEGATE, s);
      boolean first = true;
      for (String method : methods) {
        Optional<Result> found = results.find(benchmark + "." + method, s);
        if (found.isEmpty()) {
          continue;
        }
        Result r = found.get();
        sb.append("| ").append(first ? firstCell.apply(s) : "").append(" | ")
            .append(LABELS.getOrDefault(benchmark + "." + method, method)).append(" | ")
            .append(time(r, Metric.WALL)).append(" | ").append(time(r, Metric.CPU)).append(" | ")
            .append(bytes(r.bytesPerOp())).append(" | ")
            .append(ours.map(o -> ratio(r.score() / o.score())).orElse("\u2014")).append(" | ")
            .append(ours.map(o -> ratio(r.cpu() / o.cpu())).orElse("\u2014")).append(" |\n");
        first = false;
      }
    }
    return sb.toString();
  }

  private static String routeMatching(Results results) {
    return bySize(results, ROUTES, ROUTE_MATCHING);
  }

  private static String springAuthorization(Results results) {
    if (params(results, SPRING + "." + SCOPEGATE).isEmpty()) {
      return "Not measured in this run.\n";
    }
    String table = bySize(results, SPRING, SPRING_AUTHORIZATION);
    Targets.Verdict curve = Targets.flatAcross(results, SPRING + ".springSecurity", Double.POSITIVE_INFINITY, Metric.WALL);
    return table + "\nSpring Security's own curve, wall clock: " + curve.measured() + ".\n";
  }

  /** A benchmark's implementations side by side at each route-table size. */
  private static String bySize(Results results, String benchmark, List<String> methods) {
    return header("Routes", "--:") + rows(results, benchmark, methods, params(results, benchmark + "." + SCOPEGATE),
        size -> String.format(Locale.ROOT, "%,d", Integer.parseInt(size)));
  }

  private static String baseline(Results results) {
    return results.find("BaselineBenchmark.returnField", "")
        .map(r -> "JMH's own cost per call on this machine (`BaselineBenchmark`, returning a stored boolean): "
            + time(r, Metric.WALL) + " ns/op wall clock, " + time(r, Metric.CPU)
            + " ns/op CPU. No check measures below it, so it caps the ratios of the few-nanosecond checks.")
        .orElse("JMH's own cost per call (`BaselineBenchmark`) was not measured in this run.");
  }

  private static String denial(Results results) {
    StringBuilder sb = new StringBuilder(
        "| Missing scopes | Denial built from | ns/op (\u00b1 99.9%) | CPU ns/op (\u00b1 99.9%) | B/op |\n|--:|---|--:|--:|--:|\n");
    for (String missing : params(results, "DenialBenchmark.compiled")) {
      for (String[] path : List.of(
          new String[] {"DenialBenchmark.compiled", "pre-built grant, `GrantedScopes.check`"},
          new String[] {"DenialBenchmark.claim", "the claim, `Requirement.check(String)`"})) {
        results.find(path[0], missing).ifPresent(r -> sb.append("| ").append(missing).append(" | ").append(path[1])
            .append(" | ").append(time(r, Metric.WALL)).append(" | ").append(time(r, Metric.CPU))
            .append(" | ").append(bytes(r.bytesPerOp())).append(" |\n"));
      }
    }
    return sb.toString();
  }

  private static String scaling(Results results) {
    StringBuilder sb = new StringBuilder(
        "| Benchmark | Scopes | ns/op (\u00b1 99.9%) | k | CPU ns/op (\u00b1 99.9%) | k (CPU) | B/op |\n|---|--:|--:|--:|--:|--:|--:|\n");
    for (String[] method : List.of(
        new String[] {"check", "`covers`, compiled"},
        new String[] {"checkClaim", "`Requirement.check(claim)`"},
        new String[] {"parseClaim", "`parseClaim(claim)`"})) {
      String benchmark = "ScalingBenchmark." + method[0];
      String previous = null;
      for (String size : params(results, benchmark)) {
        Result r = results.find(benchmark, size).orElseThrow();
        sb.append("| ").append(previous == null ? method[1] : "").append(" | ")
            .append(String.format(Locale.ROOT, "%,d", Integer.parseInt(size))).append(" | ")
            .append(time(r, Metric.WALL)).append(" | ").append(exponent(results, benchmark, previous, size, Metric.WALL))
            .append(" | ").append(time(r, Metric.CPU)).append(" | ").append(exponent(results, benchmark, previous, size, Metric.CPU))
            .append(" | ").append(bytes(r.bytesPerOp())).append(" |\n");
        previous = size;
      }
    }
    return sb.toString();
  }

  private static String exponent(Results results, String benchmark, String from, String to, Metric metric) {
    if (from == null) {
      return "";
    }
    double k = Targets.exponent(results, benchmark, from, to, metric);
    return Double.isNaN(k) ? "\u2014" : String.format(Locale.ROOT, "%.2f", k);
  }

  private static String targets(Results results, Properties run, Optional<ReferenceRun> reference) {
    List<String[]> rows = new ArrayList<>();
    rows.add(Targets.timed("Committed scenarios (Scopegate's results in the reference run, section 10)",
        String.format(Locale.ROOT, "each within %.0f%% of the reference, or faster", (ReferenceRun.FACTOR - 1) * 100),
        reference.map(ref -> ref.verdict(results, Metric.WALL)).orElse(Targets.Verdict.notMeasured()),
        reference.map(ref -> ref.verdict(results, Metric.CPU)).orElse(Targets.Verdict.notMeasured())));
    rows.add(Targets.timed("Compiled check vs Shiro `implies`, pre-built", "\u2265 50\u00d7 faster",
        Targets.faster(results, "CompiledCheckBenchmark", "shiro", 50, Metric.WALL),
        Targets.faster(results, "CompiledCheckBenchmark", "shiro", 50, Metric.CPU)));
    rows.add(Targets.timed("Compiled check vs naive `HashSet`", "\u2265 5\u00d7 faster",
        Targets.faster(results, "CompiledCheckBenchmark", "naiveHashSet", 5, Metric.WALL),
        Targets.faster(results, "CompiledCheckBenchmark", "naiveHashSet", 5, Metric.CPU)));
    rows.add(Targets.allocation("Compiled check allocation, every scenario", "0 B/op (under " + ZERO_BYTES + ")",
        Targets.noAllocation(results, "CompiledCheckBenchmark.scopegate", false)));
    rows.add(Targets.timed("Token path (string claim \u2192 decision) vs Shiro parse + `implies`", "\u2265 10\u00d7 faster",
        Targets.faster(results, "TokenPathBenchmark", "shiro", 10, Metric.WALL),
        Targets.faster(results, "TokenPathBenchmark", "shiro", 10, Metric.CPU)));
    rows.add(Targets.timed("Token path vs naive `split` + `HashSet`", "\u2265 2\u00d7 faster",
        Targets.faster(results, "TokenPathBenchmark", "naiveHashSet", 2, Metric.WALL),
        Targets.faster(results, "TokenPathBenchmark", "naiveHashSet", 2, Metric.CPU)));
    rows.add(Targets.allocation("Token path allocation, allowed scenarios", "0 B/op (under " + ZERO_BYTES + ")",
        Targets.noAllocation(results, "TokenPathBenchmark.scopegate", true)));
    List<String> denials = List.of("DenialBenchmark.compiled", "DenialBenchmark.claim");
    rows.add(Targets.timed("Denial (decision + message)", "under 1 \u00b5s",
        Targets.under(results, denials, 1000, Metric.WALL), Targets.under(results, denials, 1000, Metric.CPU)));
    rows.add(Targets.timed("Compiled check, 1 \u2192 1,024 granted scopes", "flat: no size slower than 1.5\u00d7 the fastest over 64 scopes",
        Targets.flat(results, "ScalingBenchmark.check", 1.5, Metric.WALL),
        Targets.flat(results, "ScalingBenchmark.check", 1.5, Metric.CPU)));
    String linear = "linear or better: growth exponent k (time \u221d n^k) from 64 scopes up \u2264 1.1";
    rows.add(Targets.timed("`check(claim)`, 1 \u2192 1,024 scopes", linear,
        Targets.linear(results, "ScalingBenchmark.checkClaim", 64, 1.1, Metric.WALL),
        Targets.linear(results, "ScalingBenchmark.checkClaim", 64, 1.1, Metric.CPU)));
    rows.add(Targets.timed("`parseClaim`, 1 \u2192 1,024 scopes", linear,
        Targets.linear(results, "ScalingBenchmark.parseClaim", 64, 1.1, Metric.WALL),
        Targets.linear(results, "ScalingBenchmark.parseClaim", 64, 1.1, Metric.CPU)));
    rows.add(Targets.timed("Rules real APIs use (opaque Okta, implied, second alternative, equal catalogs) vs naive `HashSet` + fallbacks",
        "\u2265 5\u00d7 faster",
        Targets.faster(results, "RuleBenchmark", "naiveHashSet", 5, Metric.WALL, RULE_SCENARIOS, s -> true),
        Targets.faster(results, "RuleBenchmark", "naiveHashSet", 5, Metric.CPU, RULE_SCENARIOS, s -> true)));
    rows.add(Targets.allocation("Rules real APIs use, allocation (compiled and token path, all allowed)", "0 B/op (under " + ZERO_BYTES + ")",
        Targets.noAllocation(results, List.of("RuleBenchmark.scopegate", "RuleBenchmark.scopegateClaim"), RULE_SCENARIOS)));
    rows.add(Targets.timed("Equal-but-not-identical catalog vs identical, compiled check", "within 1.5\u00d7",
        Targets.within(results, "RuleBenchmark.scopegate", "EQUAL_CATALOG", "IDENTICAL_CATALOG", 1.5, Metric.WALL),
        Targets.within(results, "RuleBenchmark.scopegate", "EQUAL_CATALOG", "IDENTICAL_CATALOG", 1.5, Metric.CPU)));
    rows.add(Targets.allocation(String.format(Locale.ROOT, "Compiled rules of %,d routes over a %,d-scope catalog (JOL, retained)",
            RuleMemory.ROUTES, RuleMemory.CATALOG_SCOPES), "under 2 MB", Targets.memory(run, MEMORY_LIMIT)));
    String guard = ROUTES + "." + SCOPEGATE;
    rows.add(Targets.timed("Route matching (method, raw path, claim \u2192 decision) vs a naive regex list, 150 routes",
        "\u2265 10\u00d7 faster",
        Targets.fasterAt(results, ROUTES, "regexList", "150", 10, Metric.WALL),
        Targets.fasterAt(results, ROUTES, "regexList", "150", 10, Metric.CPU)));
    rows.add(Targets.allocation("Route matching allocation, allowed, every table size", "0 B/op (under " + ZERO_BYTES + ")",
        Targets.noAllocationAtAnySize(results, guard)));
    rows.add(Targets.timed("Route matching, 10 \u2192 1,000 routes", "flat: no size slower than 1.5\u00d7 the fastest",
        Targets.flatAcross(results, guard, 1.5, Metric.WALL),
        Targets.flatAcross(results, guard, 1.5, Metric.CPU)));
    String adapter = SPRING + "." + SCOPEGATE;
    rows.add(Targets.timed("Spring request authorization (`authorize`, prepared request) vs Spring Security's "
            + "`RequestMatcherDelegatingAuthorizationManager` + `hasAllScopes`, 150 routes", "\u2265 10\u00d7 faster",
        Targets.fasterAt(results, SPRING, "springSecurity", "150", 10, Metric.WALL),
        Targets.fasterAt(results, SPRING, "springSecurity", "150", 10, Metric.CPU)));
    rows.add(Targets.allocation("Spring request authorization allocation, allowed, every table size", "0 B/op (under " + ZERO_BYTES + ")",
        Targets.noAllocationAtAnySize(results, adapter)));
    rows.add(Targets.timed("Spring request authorization, 10 \u2192 1,000 routes", "flat: no size slower than 1.5\u00d7 the fastest",
        Targets.flatAcross(results, adapter, 1.5, Metric.WALL),
        Targets.flatAcross(results, adapter, 1.5, Metric.CPU)));
    Optional<CliTiming> cli = CliTiming.from(run);
    rows.add(Targets.timed("`bin/scope lint` on Okta's 3.5 MB OpenAPI document, fresh JVM each run (`/usr/bin/time -v`)",
        String.format(Locale.ROOT, "median \u2264 %.1f s over \u2265 %d runs; max RSS \u2264 %d MiB", CliTiming.MEDIAN_LIMIT_SECONDS,
            CliTiming.MIN_RUNS, CliTiming.RSS_LIMIT_MIB),
        cli.map(CliTiming::wallVerdict).orElse(Targets.Verdict.notMeasured()),
        cli.map(CliTiming::cpuVerdict).orElse(Targets.Verdict.notMeasured())));
    StringBuilder sb = new StringBuilder("| Target | Required | Wall clock | CPU time | Met |\n|---|---|---|---|---|\n");
    for (String[] r : rows) {
      sb.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Formatting and helpers.

  /** The parameter values a benchmark ran with, in numeric order. */
  static List<String> params(Results results, String benchmark) {
    TreeSet<Integer> values = new TreeSet<>();
    for (Result r : results.all()) {
      if (r.benchmark().equals(benchmark)) {
        try {
          values.add(Integer.parseInt(r.param()));
        } catch (NumberFormatException e) {
          throw new ReportException(benchmark + " has the non-numeric parameter \"" + r.param() + "\"");
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int v : values) {
      out.add(Integer.toString(v));
    }
    return out;
  }

  static String time(Result r, Metric metric) {
    double value = r.of(metric);
    if (Double.isNaN(value)) {
      return "\u2014";
    }
    String unit = metric == Metric.CPU || r.unit().equals("ns/op") ? "" : " " + r.unit();
    double error = r.errorOf(metric);
    return Double.isNaN(error) ? number(value) + unit : number(value) + " \u00b1 " + number(error) + unit;
  }

  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "\u2014";
    }
    return bytes < ZERO_BYTES ? "0" : number(bytes);
  }

  static String ratio(double ratio) {
    if (Double.isNaN(ratio)) {
      return "\u2014";
    }
    return String.format(Locale.ROOT, ratio < 10 ? "%.1f\u00d7" : "%,.0f\u00d7", ratio);
  }

  static String number(double value) {
    if (value < 10) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    if (value < 1000) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static void row(StringBuilder sb, String key, String value) {
    sb.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  private static String required(Properties run, String key) {
    String value = run.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new ReportException("the run description has no \"" + key + "\"");
    }
    return value.strip();
  }

  private static String template() {
    try (InputStream in = Report.class.getResourceAsStream("BENCHMARKS.template.md")) {
      if (in == null) {
        throw new ReportException("the template BENCHMARKS.template.md is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("cannot read the template BENCHMARKS.template.md: " + describe(e));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReportException("cannot read " + file + ": " + describe(e));
    }
  }

  /**
   * The reference run committed next to the results ({@code reference/benchmarks.json} and {@code
   * reference/run.properties} beside {@code results}), if there is one.
   */
  static Optional<ReferenceRun> reference(Path results) {
    Path dir = results.toAbsolutePath().resolveSibling("reference");
    Path json = dir.resolve("benchmarks.json");
    if (!Files.isRegularFile(json)) {
      return Optional.empty();
    }
    Path run = dir.resolve("run.properties");
    return Optional.of(ReferenceRun.of(read(json), json.toString(), properties(read(run), run.toString())));
  }

  /** Reads a run description ({@code key=value} lines). */
  static Properties properties(String text, String source) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new ReportException(source + " is not a properties file: " + e.getMessage());
    }
    return p;
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
  }
}
