package dev.scopegate.benchmarks.report;

import dev.scopegate.benchmarks.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The targets, each computed from one run as a row: target, requirement, what was
 * measured on the wall clock and in CPU time (the worst case, and where), and whether it is met.
 * A target is met when it holds on both measures; when only one holds, the row says which. A
 * target whose results are missing from the run is "not measured", never met.
 */
final class Targets {
  static final String NOT_MEASURED = "not measured in this run";

  /** One measure's outcome: what it found, and whether that meets the target ({@code null}: not measured). */
  record Verdict(String measured, Boolean met) {
    static Verdict notMeasured() {
      return new Verdict(NOT_MEASURED, null);
    }
  }

  private Targets() {}

  /** A row judged on both measures. */
  static String[] timed(String what, String required, Verdict wall, Verdict cpu) {
    String met;
    if (wall.met() == null && cpu.met() == null) {
      met = "\u2014";
    } else if (cpu.met() == null || wall.met() == null) {
      Boolean only = wall.met() == null ? cpu.met() : wall.met();
      met = only ? "yes" : "**no**";
    } else if (wall.met() && cpu.met()) {
      met = "yes";
    } else if (!wall.met() && !cpu.met()) {
      met = "**no**";
    } else {
      met = "**" + (wall.met() ? Metric.WALL : Metric.CPU).label() + " only**";
    }
    return new String[] {what, required, wall.measured(), cpu.measured(), met};
  }

  /** A row about allocation, which has one measure. */
  static String[] allocation(String what, String required, Verdict bytes) {
    return new String[] {what, required, bytes.measured(), "", bytes.met() == null ? "\u2014" : bytes.met() ? "yes" : "**no**"};
  }

  /**
   * Scopegate at least {@code factor} times faster than {@code peer} in every scenario; the
   * measured cell also gives the margin over the allowed scenarios alone when a denial is the
   * smallest.
   */
  static Verdict faster(Results results, String benchmark, String peer, double factor, Metric metric) {
    return faster(results, benchmark, peer, factor, metric, SCENARIOS, Targets::allowed);
  }

  /** The Signstack scenarios' names. */
  static final List<String> SCENARIOS = names(Scenario.values());

  static List<String> names(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(v.name());
    }
    return out;
  }

  private static boolean allowed(String scenario) {
    return Scenario.valueOf(scenario).allowed();
  }

  /**
   * Scopegate ({@code benchmark.scopegate}) at least {@code factor} times faster than {@code peer}
   * in each of the parameters; the measured cell also gives the margin over the allowed ones alone
   * when a denial is the smallest.
   */
  static Verdict faster(
      Results results, String benchmark, String peer, double factor, Metric metric, List<String> params, Predicate<String> allowed) {
    double worst = Double.POSITIVE_INFINITY;
    double worstAllowed = Double.POSITIVE_INFINITY;
    String where = null;
    for (String s : params) {
      Optional<Result> ours = results.find(benchmark + ".scopegate", s);
      Optional<Result> theirs = results.find(benchmark + "." + peer, s);
      if (ours.isEmpty() || theirs.isEmpty() || Double.isNaN(ours.get().of(metric)) || Double.isNaN(theirs.get().of(metric))) {
        return Verdict.notMeasured();
      }
      double ratio = theirs.get().of(metric) / ours.get().of(metric);
      if (ratio < worst) {
        worst = ratio;
        where = s;
      }
      if (allowed.test(s)) {
        worstAllowed = Math.min(worstAllowed, ratio);
      }
    }
    String measured = Report.ratio(worst) + " (`" + where + "`)";
    if (!allowed.test(where)) {
      measured += "; allowed only: " + Report.ratio(worstAllowed);
    }
    return new Verdict(measured, worst >= factor);
  }

  /** Scopegate allocates nothing per operation, in every (or every allowed) scenario. */
  static Verdict noAllocation(Results results, String benchmark, boolean allowedOnly) {
    List<String> params = new ArrayList<>();
    for (Scenario s : Scenario.values()) {
      if (!allowedOnly || s.allowed()) {
        params.add(s.name());
      }
    }
    return noAllocation(results, List.of(benchmark), params);
  }

  /** The benchmarks allocate nothing per operation, in each of the parameters. */
  static Verdict noAllocation(Results results, List<String> benchmarks, List<String> params) {
    double worst = 0;
    String where = null;
    for (String benchmark : benchmarks) {
      for (String s : params) {
        Optional<Result> r = results.find(benchmark, s);
        if (r.isEmpty() || Double.isNaN(r.get().bytesPerOp())) {
          return new Verdict(NOT_MEASURED + " (run with -prof gc)", null);
        }
        if (where == null || r.get().bytesPerOp() > worst) {
          worst = r.get().bytesPerOp();
          where = benchmarks.size() == 1 ? s : benchmark.substring(benchmark.indexOf('.') + 1) + ", " + s;
        }
      }
    }
    return new Verdict(String.format(Locale.ROOT, "%.3f B/op at most (`%s`)", worst, where), worst < Report.ZERO_BYTES);
  }

  /**
   * Scopegate in one parameter at most {@code factor} times its time in another: {@code
   * EQUAL_CATALOG} against {@code IDENTICAL_CATALOG}.
   */
  static Verdict within(Results results, String benchmark, String param, String reference, double factor, Metric metric) {
    Optional<Result> r = results.find(benchmark, param);
    Optional<Result> ref = results.find(benchmark, reference);
    if (r.isEmpty() || ref.isEmpty() || Double.isNaN(r.get().of(metric)) || Double.isNaN(ref.get().of(metric))) {
      return Verdict.notMeasured();
    }
    double ratio = r.get().of(metric) / ref.get().of(metric);
    return new Verdict(String.format(Locale.ROOT, "%s (%s vs %s ns)", Report.ratio(ratio), Report.number(r.get().of(metric)),
        Report.number(ref.get().of(metric))), ratio <= factor);
  }

  /** The compiled rules' memory, from the run description ({@code memory.rules.*}, written by bench.sh), under {@code limit} bytes. */
  static Verdict memory(Properties run, long limit) {
    String bytes = run.getProperty("memory.rules.bytes");
    if (bytes == null || bytes.isBlank()) {
      return Verdict.notMeasured();
    }
    long value;
    long routes;
    try {
      value = Long.parseLong(bytes.strip());
      routes = Long.parseLong(run.getProperty("memory.rules.routes", "0").strip());
    } catch (NumberFormatException e) {
      throw new ReportException("the run description's memory.rules.bytes or memory.rules.routes is not a number: " + e.getMessage());
    }
    String perRoute = routes > 0 ? String.format(Locale.ROOT, " (%,d B per route)", value / routes) : "";
    return new Verdict(String.format(Locale.ROOT, "%,.2f MB%s", value / 1_048_576.0, perRoute), value < limit);
  }

  /** Every parameter of the benchmarks takes under {@code nanos}. */
  static Verdict under(Results results, List<String> benchmarks, double nanos, Metric metric) {
    double worst = 0;
    String where = null;
    for (String benchmark : benchmarks) {
      for (String param : Report.params(results, benchmark)) {
        double value = results.find(benchmark, param).orElseThrow().of(metric);
        if (Double.isNaN(value)) {
          return Verdict.notMeasured();
        }
        if (value > worst) {
          worst = value;
          where = benchmark.substring(benchmark.indexOf('.') + 1) + ", " + param + " missing";
        }
      }
    }
    if (where == null) {
      return Verdict.notMeasured();
    }
    return new Verdict(Report.number(worst) + " ns at most (" + where + ")", worst < nanos);
  }

  /**
   * Flat: no size is slower than {@code spread} times the fastest size over {@link #INLINE_WORD}
   * scopes. Up to that many scopes the granted set keeps its one bitset word inline and the check
   * reads no array, a constant step faster than every larger size; those sizes are shown
   * separately and, like the larger ones, fail the target only when slower than {@code spread}
   * times that fastest larger size. So growth with size fails it; the one-word fast path does not.
   */
  static Verdict flat(Results results, String benchmark, double spread, Metric metric) {
    List<String> sizes = Report.params(results, benchmark);
    double[] small = {Double.POSITIVE_INFINITY, 0};
    double[] large = {Double.POSITIVE_INFINITY, 0};
    for (String size : sizes) {
      double value = score(results, benchmark, size, metric);
      if (Double.isNaN(value)) {
        return Verdict.notMeasured();
      }
      double[] range = Integer.parseInt(size) <= INLINE_WORD ? small : large;
      range[0] = Math.min(range[0], value);
      range[1] = Math.max(range[1], value);
    }
    if (large[1] == 0 || small[1] == 0) {
      return Verdict.notMeasured();
    }
    double worst = Math.max(small[1], large[1]) / large[0];
    String measured = Report.number(large[0]) + " to " + Report.number(large[1]) + " ns (" + Report.ratio(large[1] / large[0])
        + ") over " + INLINE_WORD + " scopes; " + Report.number(small[0]) + " to " + Report.number(small[1])
        + " ns up to " + INLINE_WORD + " (one inline word)";
    return new Verdict(measured, worst <= spread);
  }

  /**
   * Scopegate at least {@code factor} times faster than {@code peer} at one parameter value (a
   * route-table size).
   */
  static Verdict fasterAt(Results results, String benchmark, String peer, String param, double factor, Metric metric) {
    Optional<Result> ours = results.find(benchmark + ".scopegate", param);
    Optional<Result> theirs = results.find(benchmark + "." + peer, param);
    if (ours.isEmpty() || theirs.isEmpty() || Double.isNaN(ours.get().of(metric)) || Double.isNaN(theirs.get().of(metric))) {
      return Verdict.notMeasured();
    }
    double ratio = theirs.get().of(metric) / ours.get().of(metric);
    return new Verdict(Report.ratio(ratio) + " (" + param + ")", ratio >= factor);
  }

  /** A benchmark allocates nothing per operation at any of its parameter values. */
  static Verdict noAllocationAtAnySize(Results results, String benchmark) {
    double worst = 0;
    String where = null;
    for (String param : Report.params(results, benchmark)) {
      double bytes = results.find(benchmark, param).orElseThrow().bytesPerOp();
      if (Double.isNaN(bytes)) {
        return new Verdict(NOT_MEASURED + " (run with -prof gc)", null);
      }
      if (where == null || bytes > worst) {
        worst = bytes;
        where = param;
      }
    }
    if (where == null) {
      return Verdict.notMeasured();
    }
    return new Verdict(String.format(Locale.ROOT, "%.3f B/op at most (%s)", worst, where), worst < Report.ZERO_BYTES);
  }

  /**
   * Flat across every parameter value: the slowest is at most {@code spread} times the fastest.
   * Needs at least two values.
   */
  static Verdict flatAcross(Results results, String benchmark, double spread, Metric metric) {
    List<String> params = Report.params(results, benchmark);
    double fastest = Double.POSITIVE_INFINITY;
    double slowest = 0;
    String fastestAt = null;
    String slowestAt = null;
    for (String param : params) {
      double value = score(results, benchmark, param, metric);
      if (Double.isNaN(value)) {
        return Verdict.notMeasured();
      }
      if (value < fastest) {
        fastest = value;
        fastestAt = param;
      }
      if (value > slowest) {
        slowest = value;
        slowestAt = param;
      }
    }
    if (params.size() < 2) {
      return Verdict.notMeasured();
    }
    String measured = Report.number(fastest) + " ns (" + fastestAt + ") to " + Report.number(slowest) + " ns ("
        + slowestAt + "): " + Report.ratio(slowest / fastest);
    return new Verdict(measured, slowest <= spread * fastest);
  }

  /** How many scopes a granted set's inline bitset word holds. */
  static final int INLINE_WORD = Long.SIZE;

  /**
   * Linear or better: the growth exponent {@code k} of {@code time ~ scopes^k}, between the
   * smallest size of at least {@code from} scopes and the largest, is at most {@code limit}.
   * Below {@code from}, fixed costs and branch prediction dominate and the exponent says little.
   */
  static Verdict linear(Results results, String benchmark, int from, double limit, Metric metric) {
    List<String> sizes = Report.params(results, benchmark);
    String start = null;
    for (String size : sizes) {
      if (start == null && Integer.parseInt(size) >= from) {
        start = size;
      }
    }
    String end = sizes.isEmpty() ? null : sizes.get(sizes.size() - 1);
    if (start == null || start.equals(end)) {
      return Verdict.notMeasured();
    }
    double k = exponent(results, benchmark, start, end, metric);
    if (Double.isNaN(k)) {
      return Verdict.notMeasured();
    }
    String measured = String.format(Locale.ROOT, "k = %.2f (%s \u2192 %s scopes: %s the time)", k, start, end,
        Report.ratio(score(results, benchmark, end, metric) / score(results, benchmark, start, metric)));
    return new Verdict(measured, k <= limit);
  }

  /** The growth exponent between two sizes: {@code log(time ratio) / log(size ratio)}. */
  static double exponent(Results results, String benchmark, String from, String to, Metric metric) {
    return Math.log(score(results, benchmark, to, metric) / score(results, benchmark, from, metric))
        / Math.log(Double.parseDouble(to) / Double.parseDouble(from));
  }

  private static double score(Results results, String benchmark, String param, Metric metric) {
    return results.find(benchmark, param).orElseThrow().of(metric);
  }
}
