/**
 * Verified JWT claims for the request guard: {@link dev.scopegate.jwt.NimbusTokenVerifier}.
 *
 * <p>Every type here is immutable and thread-safe, and no method accepts or returns {@code null}.
 */
@NullMarked
package dev.scopegate.jwt;

import org.jspecify.annotations.NullMarked;
