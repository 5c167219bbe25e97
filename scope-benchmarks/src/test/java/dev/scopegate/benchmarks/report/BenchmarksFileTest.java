package dev.scopegate.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * BENCHMARKS.md is exactly what the report generator writes from the committed raw results and
 * the committed reference run: no number in it was typed or edited by hand.
 */
class BenchmarksFileTest {
  private static final Path RESULTS = Path.of("results", "benchmarks.json");
  private static final Path RUN = Path.of("results", "run.properties");
  private static final Path BENCHMARKS = Path.of("..", "BENCHMARKS.md");

  @Test
  void benchmarksMarkdownIsTheGeneratorsOutputForTheCommittedResults() throws IOException {
    String expected = Report.render(
        Files.readString(RESULTS, StandardCharsets.UTF_8),
        "scope-benchmarks/results/benchmarks.json",
        Report.properties(Files.readString(RUN, StandardCharsets.UTF_8), RUN.toString()),
        Report.reference(RESULTS));
    assertThat(Files.readString(BENCHMARKS, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
