/**
 * The {@code scope} command: {@code check}, {@code explain}, {@code minimize}, {@code recipe},
 * {@code lint}, {@code least-privilege} and {@code operations}, run offline with the production
 * engine. The entry point is {@link dev.scopegate.cli.ScopeCli}; {@code bin/scope} at the
 * repository root builds and runs it.
 */
@NullMarked
package dev.scopegate.cli;

import org.jspecify.annotations.NullMarked;
