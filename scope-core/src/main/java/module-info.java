/**
 * Scopegate's scope engine: the strict {@code <family>:<verb>} grammar, catalogs that declare
 * families, verbs and wildcards, compiled granted sets and requirements, and decisions.
 *
 * <p>Only {@code dev.scopegate} is exported; everything else is package-private.
 */
module dev.scopegate.core {
  requires static transitive org.jspecify;

  exports dev.scopegate;
}
