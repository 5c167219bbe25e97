package dev.scopegate.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The scenarios an earlier report committed, measured again: every Scopegate result of a reference
 * run (its JMH JSON and run description, committed under {@code results/reference/}) next to the
 * same benchmark and parameter in this run. A change to the engine must keep each of them within
 * {@link #FACTOR} of the reference, or make it faster.
 *
 * <p>Scopegate's results are its own benchmark methods ({@code scopegate...}) and the benchmarks
 * that measure only Scopegate ({@code DenialBenchmark}, {@code ScalingBenchmark}); the peers and
 * the empty baseline are not compared.
 */
final class ReferenceRun {
  /** The largest slowdown against the reference that still meets the target. */
  static final double FACTOR = 1.10;

  private final Results reference;
  private final String label;

  private ReferenceRun(Results reference, String label) {
    this.reference = reference;
    this.label = label;
  }

  /**
   * A reference run.
   *
   * @param json its JMH JSON
   * @param source the JSON file's name, for messages
   * @param run its run description, for the commit and date it names
   */
  static ReferenceRun of(String json, String source, Properties run) {
    String commit = run.getProperty("commit", "?").strip();
    String date = run.getProperty("date", "?").strip();
    return new ReferenceRun(Results.parse(json, source), "commit `" + commit + "`, " + date + " UTC");
  }

  /** Whether a result is one of Scopegate's own. */
  static boolean isScopegate(String benchmark) {
    String method = benchmark.substring(benchmark.indexOf('.') + 1);
    return method.startsWith("scopegate") || benchmark.startsWith("DenialBenchmark.") || benchmark.startsWith("ScalingBenchmark.");
  }

  /** One committed scenario: the reference result and this run's, if it measured it. */
  private record Pair(Result reference, Optional<Result> current) {
    double ratio(Metric metric) {
      return current.map(c -> c.of(metric) / reference.of(metric)).orElse(Double.NaN);
    }
  }

  private List<Pair> pairs(Results current) {
    List<Pair> out = new ArrayList<>();
    for (Result r : reference.all()) {
      if (isScopegate(r.benchmark())) {
        out.add(new Pair(r, current.find(r.benchmark(), r.param())));
      }
    }
    return out;
  }

  /**
   * The slowest committed scenario against the reference on one measure: met when every one this
   * run measured is within {@link #FACTOR}; not measured when this run measured none of them (or
   * the measure is missing from either run).
   */
  Targets.Verdict verdict(Results current, Metric metric) {
    double worst = Double.NaN;
    String where = "";
    int compared = 0;
    for (Pair p : pairs(current)) {
      double ratio = p.ratio(metric);
      if (Double.isNaN(ratio)) {
        continue;
      }
      compared++;
      if (Double.isNaN(worst) || ratio > worst) {
        worst = ratio;
        where = p.reference().benchmark() + (p.reference().param().isEmpty() ? "" : " " + p.reference().param());
      }
    }
    if (compared == 0) {
      return Targets.Verdict.notMeasured();
    }
    return new Targets.Verdict(
        String.format(Locale.ROOT, "slowest %s of the reference (`%s`), over %d scenarios", Report.ratio(worst), where, compared),
        worst <= FACTOR);
  }

  /** The section: what the reference run was, and every committed scenario in both runs. */
  String section(Results current) {
    StringBuilder sb = new StringBuilder("The reference run: ").append(label).append(".\n\n")
        .append("| Benchmark | Parameter | Reference ns/op | This run ns/op | Ratio, wall | Reference CPU ns/op | This run CPU ns/op | Ratio, CPU |\n")
        .append("|---|---|--:|--:|--:|--:|--:|--:|\n");
    for (Pair p : pairs(current)) {
      Result ref = p.reference();
      sb.append("| `").append(ref.benchmark()).append("` | ").append(ref.param().isEmpty() ? "" : "`" + ref.param() + "`")
          .append(" | ").append(Report.number(ref.of(Metric.WALL)))
          .append(" | ").append(p.current().map(c -> Report.number(c.of(Metric.WALL))).orElse("not measured"))
          .append(" | ").append(cell(p.ratio(Metric.WALL)))
          .append(" | ").append(Double.isNaN(ref.of(Metric.CPU)) ? "\u2014" : Report.number(ref.of(Metric.CPU)))
          .append(" | ").append(p.current().filter(c -> !Double.isNaN(c.of(Metric.CPU))).map(c -> Report.number(c.of(Metric.CPU))).orElse("\u2014"))
          .append(" | ").append(cell(p.ratio(Metric.CPU)))
          .append(" |\n");
    }
    return sb.toString();
  }

  /** A ratio, bold when it misses the target. */
  private static String cell(double ratio) {
    if (Double.isNaN(ratio)) {
      return "\u2014";
    }
    String text = String.format(Locale.ROOT, "%.2f", ratio);
    return ratio > FACTOR ? "**" + text + "**" : text;
  }
}
