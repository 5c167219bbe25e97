package dev.scopegate.benchmarks.report;

/** The two times the report compares: JMH's wall-clock score, and CPU time per operation. */
enum Metric {
  /** JMH's primary score, wall-clock time per operation. */
  WALL("wall clock"),
  /** {@code cpu.time.norm} from {@code CpuTimeProfiler}: the JVM's CPU time per operation. */
  CPU("CPU time");

  private final String label;

  Metric(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
