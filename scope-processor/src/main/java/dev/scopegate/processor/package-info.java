/**
 * The compile-time check for {@code @RequiresScopes}: {@link
 * dev.scopegate.processor.RequiresScopesProcessor}. Only the processor class is public; its
 * options and its manifest format are its API.
 */
@NullMarked
package dev.scopegate.processor;

import org.jspecify.annotations.NullMarked;
