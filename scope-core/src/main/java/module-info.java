/**
 * Scopegate's scope engine: the strict {@code <family>:<verb>} grammar, catalogs that declare
 * families, verbs and wildcards, compiled granted sets and requirements, and decisions.
 *
 * <p>{@code dev.scopegate} is the API. {@code dev.scopegate.internal} (how messages quote untrusted
 * text) is exported only to Scopegate's own modules, so every module names bad input alike.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module dev.scopegate.core {
  requires static org.jspecify;

  exports dev.scopegate;
  exports dev.scopegate.internal to
      dev.scopegate.guard,
      dev.scopegate.openapi,
      dev.scopegate.cli;
}
