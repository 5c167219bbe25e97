package dev.scopegate.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The command-line tool timed in fresh JVMs: {@code bin/scope lint} on a large OpenAPI document,
 * run several times by {@code bench.sh} under {@code /usr/bin/time -v}, each run's wall-clock time,
 * CPU time (user + system) and maximum resident set size written to the run description:
 *
 * <pre>
 * cli.lint.command=bin/scope lint ../shared/realworld-specs/okta-management.yaml
 * cli.lint.bytes=3472133
 * cli.lint.date=2026-12-02 19:40           (optional, as is the commit)
 * cli.lint.commit=54de02b
 * cli.lint.wall=1.01 0.98 1.03 ...     seconds
 * cli.lint.cpu=0.95 0.93 0.99 ...      seconds
 * cli.lint.rssKiB=95120 94880 ...      KiB
 * </pre>
 *
 * The target is a median wall-clock time of at most {@link #MEDIAN_LIMIT_SECONDS} s and a maximum
 * resident set size of at most {@link #RSS_LIMIT_MIB} MiB in every run, over at least {@link
 * #MIN_RUNS} runs.
 */
final class CliTiming {
  static final double MEDIAN_LIMIT_SECONDS = 1.2;
  static final long RSS_LIMIT_MIB = 256;
  static final int MIN_RUNS = 5;

  private final String command;
  private final String when;
  private final long bytes;
  private final double[] wall;
  private final double[] cpu;
  private final double[] rssKiB;

  private CliTiming(String command, String when, long bytes, double[] wall, double[] cpu, double[] rssKiB) {
    this.command = command;
    this.when = when;
    this.bytes = bytes;
    this.wall = wall;
    this.cpu = cpu;
    this.rssKiB = rssKiB;
  }

  /** The timing in a run description; empty when the run did not measure it. */
  static Optional<CliTiming> from(Properties run) {
    String command = run.getProperty("cli.lint.command");
    if (command == null || command.isBlank()) {
      return Optional.empty();
    }
    double[] wall = numbers(run, "cli.lint.wall", "seconds");
    double[] cpu = numbers(run, "cli.lint.cpu", "seconds");
    double[] rss = numbers(run, "cli.lint.rssKiB", "KiB");
    if (wall.length != cpu.length || wall.length != rss.length) {
      throw new ReportException("the run description's cli.lint.wall, cli.lint.cpu and cli.lint.rssKiB list "
          + wall.length + ", " + cpu.length + " and " + rss.length + " runs; they must list the same runs");
    }
    long bytes;
    try {
      bytes = Long.parseLong(run.getProperty("cli.lint.bytes", "0").strip());
    } catch (NumberFormatException e) {
      throw new ReportException("the run description's cli.lint.bytes is not a number: " + e.getMessage());
    }
    String date = run.getProperty("cli.lint.date", "").strip();
    String commit = run.getProperty("cli.lint.commit", "").strip();
    String when = (date.isEmpty() ? "" : " on " + date + " UTC") + (commit.isEmpty() ? "" : " at commit `" + commit + "`");
    return Optional.of(new CliTiming(command.strip(), when, bytes, wall, cpu, rss));
  }

  /**
   * The wall-clock verdict: the median, with the largest RSS, which every verdict requires (memory
   * is the same whichever time is judged).
   */
  Targets.Verdict wallVerdict() {
    double median = median(wall);
    return new Targets.Verdict(String.format(Locale.ROOT, "%.2f s median of %d runs; max RSS %.0f MiB%s", median, wall.length,
        maxRssMib(), wall.length >= MIN_RUNS ? "" : " (too few runs)"), met(median));
  }

  /** The CPU-time verdict: the median of user + system time, with the largest RSS. */
  Targets.Verdict cpuVerdict() {
    double median = median(cpu);
    return new Targets.Verdict(String.format(Locale.ROOT, "%.2f s median", median), met(median));
  }

  private boolean met(double median) {
    return wall.length >= MIN_RUNS && median <= MEDIAN_LIMIT_SECONDS && maxRssMib() <= RSS_LIMIT_MIB;
  }

  /** The section: the command, the document's size, and every run. */
  String section() {
    StringBuilder sb = new StringBuilder();
    sb.append("Command, run from the repository root: `").append(command).append("`");
    if (bytes > 0) {
      sb.append(String.format(Locale.ROOT, " (the document is %,d bytes)", bytes));
    }
    if (!when.isEmpty()) {
      sb.append(", measured").append(when);
    }
    sb.append(".\n\n| Run | Wall clock (s) | CPU, user + system (s) | Max RSS (MiB) |\n|--:|--:|--:|--:|\n");
    for (int i = 0; i < wall.length; i++) {
      sb.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.0f |%n", i + 1, wall[i], cpu[i], rssKiB[i] / 1024.0));
    }
    sb.append(String.format(Locale.ROOT, "| **median** | **%.2f** | **%.2f** | %.0f at most |%n", median(wall), median(cpu), maxRssMib()));
    return sb.toString();
  }

  private double maxRssMib() {
    return Arrays.stream(rssKiB).max().orElse(0) / 1024;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The numbers a key lists, one per run, in {@code unit} (for messages). */
  private static double[] numbers(Properties run, String key, String unit) {
    List<String> words = words(run, key);
    double[] out = new double[words.size()];
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = Double.parseDouble(words.get(i));
      } catch (NumberFormatException e) {
        throw new ReportException("the run description's " + key + " holds \"" + words.get(i) + "\", not a number of " + unit);
      }
    }
    return out;
  }

  private static List<String> words(Properties run, String key) {
    String value = run.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new ReportException("the run description has cli.lint.command but no \"" + key + "\"");
    }
    return new ArrayList<>(List.of(value.strip().split("\\s+")));
  }
}
