package dev.scopegate.openapi.internal;

import dev.scopegate.openapi.SourceLocation;

/**
 * One name/value pair of an object node.
 *
 * @param name the name, as written
 * @param location where the name stands
 * @param value the value
 */
public record Member(String name, SourceLocation location, Node value) {}
