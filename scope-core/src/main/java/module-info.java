/**
 * Scopegate's scope engine: the strict {@code <family>:<verb>} grammar and RFC 6749 scope tokens,
 * catalogs that declare scopes, wildcards and implications, compiled granted sets, requirements
 * and access rules, and decisions.
 *
 * <p>{@code dev.scopegate} is the API. {@code dev.scopegate.internal} (how messages quote untrusted
 * text, how a claim is split) is exported only to Scopegate's own modules, so every module names
 * bad input and reads a claim alike.
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
