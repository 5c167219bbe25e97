/**
 * Turns a JMH run's JSON output ({@code -rf json}) and the run's machine description into
 * BENCHMARKS.md: the results tables, the ratios between Scopegate and each peer, and the issue's
 * targets, met or not. Nothing in BENCHMARKS.md is typed by hand.
 *
 * {@snippet lang=shell :
 * java -cp scope-benchmarks/target/benchmarks.jar dev.scopegate.benchmarks.report.Report \
 *     scope-benchmarks/results/benchmarks.json scope-benchmarks/results/run.properties BENCHMARKS.md
 * }
 */
package dev.scopegate.benchmarks.report;
