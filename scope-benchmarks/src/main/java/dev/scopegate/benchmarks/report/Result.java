package dev.scopegate.benchmarks.report;

/**
 * One JMH result: a benchmark method with its parameter, the mean wall-clock time per operation
 * and its 99.9% error, the CPU time per operation ({@code cpu.time.norm}) and its error, and the
 * bytes allocated per operation ({@code gc.alloc.rate.norm}). A metric the run did not profile is
 * {@code NaN}.
 */
record Result(
    String benchmark, String param, double score, double error, String unit, double cpu, double cpuError, double bytesPerOp) {

  /** The value of one metric. */
  double of(Metric metric) {
    return metric == Metric.WALL ? score : cpu;
  }

  /** The 99.9% error of one metric. */
  double errorOf(Metric metric) {
    return metric == Metric.WALL ? error : cpuError;
  }
}
