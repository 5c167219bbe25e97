package dev.scopegate.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting {@code cpu.time.norm}: the benchmark JVM's CPU time per operation,
 * measured over each iteration (the benchmark thread, plus the GC threads' work for what it
 * allocates).
 *
 * <p>On a machine shared with other work, JMH's wall-clock score grows with everything else that
 * runs; CPU time counts only what this JVM did, so ratios between benchmarks measured at different
 * moments stay comparable. It does not remove every effect of sharing (caches, a busy sibling
 * hyperthread).
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar -prof dev.scopegate.benchmarks.CpuTimeProfiler
 * }
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  /** Creates the profiler; JMH instantiates it by name. */
  public CpuTimeProfiler() {}

  /**
   * What JMH lists for {@code -lprof}.
   *
   * @return the description
   */
  @Override
  public String getDescription() {
    return "Process CPU time per operation (cpu.time.norm), robust to other work on the machine";
  }

  /**
   * Notes the CPU time used so far.
   *
   * @param benchmarkParams the benchmark
   * @param iterationParams the iteration
   */
  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = os.getProcessCpuTime();
  }

  /**
   * Divides the CPU time the iteration used by the operations it ran.
   *
   * @param benchmarkParams the benchmark
   * @param iterationParams the iteration
   * @param result the iteration's result, with its operation count
   * @return the CPU nanoseconds per operation
   */
  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long used = os.getProcessCpuTime() - start;
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || used < 0) {
      return List.of();
    }
    return List.of(new ScalarResult("cpu.time.norm", (double) used / ops, "ns/op", AggregationPolicy.AVG));
  }
}
