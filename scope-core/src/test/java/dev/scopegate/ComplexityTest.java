package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.testing.CountingClassLoader;
import dev.scopegate.testing.OperationCounter;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No entry point takes more than linear time: each operation runs on a 1x input (4,096 characters)
 * and a 16x input (65,536, the claim limit) of the same shape, and the work must grow at most
 * {@value #BOUND} times.
 *
 * <p>Work is measured two ways, neither of them a clock: the engine's own branches and method
 * entries, counted by a rewritten copy of its classes ({@link CountingClassLoader}), and the bytes
 * the thread allocates ({@code com.sun.management.ThreadMXBean}), which catches copying done
 * inside the JDK (a {@code substring} per entry, a list that grows). Both are deterministic for a
 * given input.
 *
 * <p>Why linear is the right expectation: every claim reader makes one pass over the characters
 * to split on U+0020, looks each entry up in a hash table (entries longer than the longest scope
 * are rejected by length before hashing), and diagnoses a rejected entry in one more pass over it;
 * strict parsers stop at the first bad entry. Work per character and per entry is bounded, so 16x
 * the input is at most 16x the work, plus a constant. The bound of {@value #BOUND} leaves room for
 * a constant factor and still fails a quadratic step, which would grow 256 times.
 */
class ComplexityTest {
  private static final int BOUND = 32;
  private static final int SMALL = 4_096;
  private static final int LARGE = 16 * SMALL;

  private static BiFunction<String, String, Object> workloads;

  /** Input shapes: the unit is repeated to fill the size. */
  static final List<String> SHAPES = List.of(
      "workflow:read ", "Workflow:read ", "x:y ", "workflow:nope ", "file:* ", "workflow:r\u0435ad ",
      "a", ":", " ", "\u0000", "workflow:read\t", "*");

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void loadCountingEngine() throws ReflectiveOperationException {
    URL engine = ScopeCatalog.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader loader = new CountingClassLoader(ComplexityTest.class.getClassLoader(), List.of("dev.scopegate."), engine);
    Class<?> type = loader.loadClass(ComplexityWorkloads.class.getName());
    assertThat(type.getClassLoader()).isSameAs(loader);
    workloads = (BiFunction<String, String, Object>) type.getConstructor().newInstance();
  }

  static Stream<Arguments> cases() {
    return ComplexityWorkloads.OPERATIONS.stream().flatMap(op -> SHAPES.stream().map(shape -> Arguments.of(op, shape)));
  }

  @ParameterizedTest(name = "{0} on \"{1}\"")
  @MethodSource("cases")
  void sixteenTimesTheInputIsAtMostLinearlyMoreWork(String operation, String shape) {
    String small = fill(shape, SMALL);
    String large = fill(shape, LARGE);
    assertThat(large.length()).isLessThanOrEqualTo(ScopeCatalog.MAX_CLAIM_LENGTH);

    Work one = measure(operation, small);
    Work sixteen = measure(operation, large);
    assertThat(one.operations()).as("the counting copy of the engine ran").isPositive();
    assertThat(sixteen.operations())
        .as("%s on 16x \"%s\": %s operations vs %s at 1x", operation, shape, sixteen.operations(), one.operations())
        .isLessThanOrEqualTo(BOUND * one.operations());
    assertThat(sixteen.bytes())
        .as("%s on 16x \"%s\": %s bytes allocated vs %s at 1x", operation, shape, sixteen.bytes(), one.bytes())
        .isLessThanOrEqualTo(BOUND * Math.max(one.bytes(), 1024));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scanningOperations")
  void theCounterSeesTheWorkGrow(String operation) {
    // Guards the measure itself: an operation that reads every character must count more at 16x.
    Work one = measure(operation, fill("Workflow:read ", SMALL));
    Work sixteen = measure(operation, fill("Workflow:read ", LARGE));
    assertThat(sixteen.operations()).isGreaterThan(8 * one.operations());
  }

  static Stream<String> scanningOperations() {
    return Stream.of("parseClaim(String)", "Requirement.check(String)", "Requirement.check(List)", "parseClaim(List)");
  }

  record Work(long operations, long bytes) {}

  private static Work measure(String operation, String input) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    workloads.apply(operation, input); // load and link everything first
    // The workload splits list inputs itself; take that out of the allocation figure.
    long splitBytes = allocated(threads, () -> List.of(input.split(" ")));
    long bytesBefore = threads.getCurrentThreadAllocatedBytes();
    long before = OperationCounter.count();
    Object result = workloads.apply(operation, input);
    long operations = OperationCounter.count() - before;
    long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore - splitBytes;
    assertThat(result).isNotNull();
    return new Work(operations, Math.max(0, bytes));
  }

  private static long allocated(com.sun.management.ThreadMXBean threads, Runnable r) {
    long before = threads.getCurrentThreadAllocatedBytes();
    r.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static String fill(String unit, int length) {
    return unit.repeat(length / unit.length());
  }
}
