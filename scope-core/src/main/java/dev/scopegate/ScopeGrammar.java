package dev.scopegate;

import org.jspecify.annotations.Nullable;

/**
 * How a catalog's scopes are written. Every catalog has one grammar, and every scope it declares
 * or reads follows it.
 *
 * {@snippet :
 * ScopeCatalog.of(families);                               // FAMILY_VERB: workflow:read, workflow:*
 * ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)           // SCOPE_TOKEN: okta.users.read, openid
 *     .scope("okta.users.read", "Read users")
 *     .build();
 * }
 */
public enum ScopeGrammar {
  /**
   * Signstack's strict {@code <family>:<verb>} grammar, lowercase ASCII, with family wildcards
   * ({@code workflow:*}) where a family declares one. The default.
   *
   * <pre>
   * scope  = name ":" verb            ; at most 128 characters
   * name   = [a-z] ( [a-z0-9-]* [a-z0-9] )?
   * verb   = name | "*"
   * </pre>
   */
  FAMILY_VERB,

  /**
   * RFC 6749 section 3.3 scope tokens: opaque, case-sensitive, compared exactly, at most {@link
   * Scope#MAX_LENGTH} characters. No wildcards: {@code okta.*} is just another token.
   *
   * <pre>
   * scope-token = 1*( %x21 / %x23-5B / %x5D-7E )   ; printable ASCII but space, '"' and '\'
   * </pre>
   */
  SCOPE_TOKEN;

  /** What breaks this grammar in {@code text}, or {@code null} if it is a well-formed scope. */
  Grammar.@Nullable Diagnosis diagnose(String text) {
    return this == FAMILY_VERB ? Grammar.check(text) : TokenGrammar.check(text);
  }
}
