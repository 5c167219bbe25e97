package dev.scopegate.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH's own cost per call on this machine: a benchmark that returns a boolean stored in a field.
 * No check can measure below it, so it bounds the ratios of the few-nanosecond compiled checks.
 *
 * {@snippet lang=shell :
 * java -jar scope-benchmarks/target/benchmarks.jar BaselineBenchmark
 * }
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class BaselineBenchmark {
  boolean answer = true;

  /** Creates the state. */
  public BaselineBenchmark() {}

  /**
   * Returns the stored answer.
   *
   * @return the answer
   */
  @Benchmark
  public boolean returnField() {
    return answer;
  }
}
