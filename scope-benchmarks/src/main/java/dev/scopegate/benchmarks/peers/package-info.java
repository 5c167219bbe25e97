/**
 * The alternatives a user would reach for instead of Scopegate, each written the strongest way a
 * careful user would: required scopes compiled once at start-up, only the claim handled per
 * request. Benchmark scope only; nothing here reaches scope-core.
 *
 * <p>None of them knows a catalog, so each accepts a {@code family:*} wildcard for any family, and
 * none rejects malformed entries; their answers match Scopegate's on declared lowercase scopes,
 * which is what the benchmarks feed them.
 */
package dev.scopegate.benchmarks.peers;
