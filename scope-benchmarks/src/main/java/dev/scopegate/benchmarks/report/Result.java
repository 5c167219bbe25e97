package dev.scopegate.benchmarks.report;

/**
 * One JMH result: a benchmark method with its parameter, the mean time per operation and its
 * 99.9% error, and the bytes allocated per operation ({@code NaN} when the run had no GC
 * profiler).
 */
record Result(String benchmark, String param, double score, double error, String unit, double bytesPerOp) {}
