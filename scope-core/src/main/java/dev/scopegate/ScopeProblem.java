package dev.scopegate;

/**
 * Why a piece of text is not a scope, or not a scope of a given catalog.
 *
 * <p>The problems split in two groups. {@linkplain #isMalformed() Malformed} text breaks the
 * catalog's grammar (family:verb, {@code [a-z]([a-z0-9-]*[a-z0-9])?:([a-z]([a-z0-9-]*[a-z0-9])?|\*)};
 * or RFC 6749 scope token, printable ASCII without space, {@code "} or {@code \}; at most {@value
 * Scope#MAX_LENGTH} characters) and is never a scope of such a catalog; the other problems are
 * about a catalog: the text is well-formed but names no scope the catalog declares.
 *
 * <p>{@link InvalidScopeException#problem()} and {@link IgnoredEntry#problem()} carry one of
 * these, so tools can map them to their own rules (a linter's {@code malformed-scope}, {@code
 * unknown-scope}, {@code wildcard-not-supported}).
 */
public enum ScopeProblem {
  /** The text is empty. */
  EMPTY(true),
  /** The text is longer than {@link Scope#MAX_LENGTH} characters. */
  TOO_LONG(true),
  /** The text has a character outside ASCII, such as a Cyrillic {@code е} or a full-width letter. */
  NOT_ASCII(true),
  /** The text has an ASCII control character (U+0000 to U+001F, or U+007F), tab and newline included. */
  CONTROL_CHARACTER(true),
  /** The text has a space. */
  WHITESPACE(true),
  /** The text has an uppercase letter: family:verb scopes are lowercase (scope tokens are case-sensitive). */
  UPPERCASE(true),
  /**
   * The text has a character that no scope may contain: for family:verb, such as {@code _}, {@code
   * .} or {@code /}; for a scope token, {@code "} or {@code \}.
   */
  INVALID_CHARACTER(true),
  /** The text has no {@code :} between family and verb. */
  MISSING_COLON(true),
  /** The text has more than one {@code :}. */
  EXTRA_COLON(true),
  /** Nothing stands before the {@code :}. */
  EMPTY_FAMILY(true),
  /** Nothing stands after the {@code :}. */
  EMPTY_VERB(true),
  /** The family does not start with a letter, or ends with a hyphen. */
  INVALID_FAMILY(true),
  /** The verb does not start with a letter, or ends with a hyphen. */
  INVALID_VERB(true),
  /** A wildcard that would span families: {@code *}, {@code *:*} or {@code *:read}. */
  GLOBAL_WILDCARD(true),
  /** A {@code *} that is not the whole verb: {@code workflow:re*}, {@code work*:read}. */
  PARTIAL_WILDCARD(true),
  /** A whole token claim longer than {@link ScopeCatalog#MAX_CLAIM_LENGTH} characters. */
  CLAIM_TOO_LONG(true),
  /** An entry of a list-form claim that is {@code null} or not a string. */
  NOT_A_STRING(true),
  /** Well-formed, but the catalog has no such family. */
  UNKNOWN_FAMILY(false),
  /**
   * Well-formed, but not declared: in a family:verb catalog, the family is known but has no such
   * verb; in a scope-token catalog, no such token; or a scope of the other grammar.
   */
  UNKNOWN_SCOPE(false),
  /** Well-formed {@code family:*}, but the catalog declares no wildcard for that family. */
  WILDCARD_NOT_SUPPORTED(false);

  private final boolean malformed;

  ScopeProblem(boolean malformed) {
    this.malformed = malformed;
  }

  /**
   * Whether the text breaks the grammar (or the claim's shape), as opposed to naming something
   * the catalog does not declare.
   *
   * @return {@code true} for grammar problems, {@code false} for the unknown-to-the-catalog ones
   */
  public boolean isMalformed() {
    return malformed;
  }
}
