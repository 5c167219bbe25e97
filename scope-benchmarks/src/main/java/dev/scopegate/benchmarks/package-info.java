/**
 * JMH benchmarks of Scopegate's check path and the alternatives a user would reach for instead.
 * Built into {@code scope-benchmarks/target/benchmarks.jar}.
 */
package dev.scopegate.benchmarks;
