package dev.scopegate.openapi.internal;

import dev.scopegate.openapi.SourceLocation;

/**
 * A name that appears twice in one object. The first occurrence is the one a {@link Node} lookup
 * returns.
 *
 * @param name the repeated name
 * @param location where the repeat stands
 * @param first where the first occurrence stands
 */
public record Duplicate(String name, SourceLocation location, SourceLocation first) {}
