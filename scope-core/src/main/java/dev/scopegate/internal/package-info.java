/**
 * Helpers shared by Scopegate's own modules; not API. The package is exported only to them, and
 * may change in any release.
 */
@NullMarked
package dev.scopegate.internal;

import org.jspecify.annotations.NullMarked;
