/**
 * Not API: a JSON/YAML reader that keeps the parser's line and column for every value, shared by
 * the OpenAPI loader and the {@code scope} command-line tool (the module exports it to that tool
 * only). It may change without notice.
 */
@NullMarked
package dev.scopegate.openapi.internal;

import org.jspecify.annotations.NullMarked;
