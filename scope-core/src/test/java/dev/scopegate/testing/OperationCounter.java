package dev.scopegate.testing;

/**
 * The counter that {@link CountingClassLoader}'s rewritten classes bump on every method entry and
 * every branch. Single-threaded use only: read it before and after a call on the same thread.
 */
public final class OperationCounter {
  private static long count;

  private OperationCounter() {}

  /** Called by the rewritten code; not for tests to call. */
  public static void tick() {
    count++;
  }

  /**
   * The number of ticks so far.
   *
   * @return the count
   */
  public static long count() {
    return count;
  }
}
