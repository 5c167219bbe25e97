package dev.scopegate.benchmarks.report;

import dev.scopegate.benchmarks.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets, each computed from one run as a row: target, requirement, what was
 * measured (the worst case, and where), met or not. A target whose results are missing from the
 * run is "not measured", never met.
 */
final class Targets {
  private static final String NOT_MEASURED = "not measured in this run";

  private Targets() {}

  /**
   * Scopegate at least {@code factor} times faster than {@code peer} in every scenario; the
   * measured cell also gives the margin over the allowed scenarios alone.
   */
  static String[] faster(Results results, String benchmark, String peer, double factor, String what) {
    String required = "\u2265 " + Report.factor(factor) + " faster";
    double worst = Double.POSITIVE_INFINITY;
    double worstAllowed = Double.POSITIVE_INFINITY;
    Scenario where = null;
    for (Scenario s : Scenario.values()) {
      Optional<Result> ours = results.find(benchmark + ".scopegate", s.name());
      Optional<Result> theirs = results.find(benchmark + "." + peer, s.name());
      if (ours.isEmpty() || theirs.isEmpty()) {
        return row(what, required, NOT_MEASURED, null);
      }
      double ratio = theirs.get().score() / ours.get().score();
      if (ratio < worst) {
        worst = ratio;
        where = s;
      }
      if (s.allowed()) {
        worstAllowed = Math.min(worstAllowed, ratio);
      }
    }
    String measured = Report.ratio(worst) + " (smallest margin: `" + where + "`)";
    if (!where.allowed()) {
      measured += "; allowed scenarios only: " + Report.ratio(worstAllowed);
    }
    return row(what, required, measured, worst >= factor);
  }

  /** Scopegate allocates nothing per operation, in every (or every allowed) scenario. */
  static String[] noAllocation(Results results, String benchmark, boolean allowedOnly, String what) {
    double worst = 0;
    Scenario where = null;
    for (Scenario s : Scenario.values()) {
      if (allowedOnly && !s.allowed()) {
        continue;
      }
      Optional<Result> r = results.find(benchmark, s.name());
      if (r.isEmpty() || Double.isNaN(r.get().bytesPerOp())) {
        return row(what, "0 B/op", NOT_MEASURED + " (run with -prof gc)", null);
      }
      if (where == null || r.get().bytesPerOp() > worst) {
        worst = r.get().bytesPerOp();
        where = s;
      }
    }
    String measured = String.format(Locale.ROOT, "%.3f B/op at most (`%s`)", worst, where);
    return row(what, "0 B/op (under " + Report.ZERO_BYTES + ")", measured, worst < Report.ZERO_BYTES);
  }

  /** Every parameter of the benchmarks takes under {@code nanos}. */
  static String[] under(Results results, List<String> benchmarks, double nanos, String what) {
    double worst = 0;
    String where = null;
    for (String benchmark : benchmarks) {
      for (String param : Report.params(results, benchmark)) {
        Result r = results.find(benchmark, param).orElseThrow();
        if (r.score() > worst) {
          worst = r.score();
          where = benchmark + " (" + param + ")";
        }
      }
    }
    if (where == null) {
      return row(what, "under " + Report.number(nanos) + " ns", NOT_MEASURED, null);
    }
    return row(what, "under " + Report.number(nanos) + " ns", Report.number(worst) + " ns at most (" + where + ")", worst < nanos);
  }

  /** The slowest size within {@code spread} times the fastest. */
  static String[] flat(Results results, String benchmark, double spread, String what) {
    List<String> sizes = Report.params(results, benchmark);
    if (sizes.size() < 2) {
      return row(what, "flat", NOT_MEASURED, null);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (String size : sizes) {
      double score = results.find(benchmark, size).orElseThrow().score();
      min = Math.min(min, score);
      max = Math.max(max, score);
    }
    String required = "flat: slowest size within " + Report.factor(spread) + " of the fastest";
    return row(what, required, Report.number(min) + " to " + Report.number(max) + " ns (" + Report.ratio(max / min) + ")", max / min <= spread);
  }

  /**
   * Linear or better: the growth exponent {@code k} of {@code time ~ scopes^k}, between the
   * smallest size of at least {@code from} scopes and the largest, is at most {@code limit}.
   * Below {@code from}, fixed costs and branch prediction dominate and the exponent says little.
   */
  static String[] linear(Results results, String benchmark, int from, double limit, String what) {
    List<String> sizes = Report.params(results, benchmark);
    String required = "linear or better: growth exponent k (time \u221d n^k) from " + from + " scopes to the largest \u2264 "
        + Report.factor(limit).replace("\u00d7", "");
    String start = null;
    for (String size : sizes) {
      if (start == null && Integer.parseInt(size) >= from) {
        start = size;
      }
    }
    String end = sizes.isEmpty() ? null : sizes.get(sizes.size() - 1);
    if (start == null || start.equals(end)) {
      return row(what, required, NOT_MEASURED, null);
    }
    double k = exponent(results, benchmark, start, end);
    String measured = String.format(Locale.ROOT, "k = %.2f (%s \u2192 %s scopes: %s the time for %s the scopes)", k,
        start, end, Report.ratio(score(results, benchmark, end) / score(results, benchmark, start)),
        Report.factor(Double.parseDouble(end) / Double.parseDouble(start)));
    return row(what, required, measured, k <= limit);
  }

  /** The growth exponent between two sizes: {@code log(time ratio) / log(size ratio)}. */
  static double exponent(Results results, String benchmark, String from, String to) {
    return Math.log(score(results, benchmark, to) / score(results, benchmark, from))
        / Math.log(Double.parseDouble(to) / Double.parseDouble(from));
  }

  private static double score(Results results, String benchmark, String param) {
    return results.find(benchmark, param).orElseThrow().score();
  }

  private static String[] row(String what, String required, String measured, Boolean met) {
    return new String[] {what, required, measured, met == null ? "\u2014" : met ? "yes" : "**no**"};
  }
}
