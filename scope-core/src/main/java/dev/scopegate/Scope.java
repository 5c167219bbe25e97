package dev.scopegate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One well-formed scope under one {@link ScopeGrammar grammar}: {@code <family>:<verb>}, such as
 * {@code workflow:read} or the family wildcard {@code workflow:*} ({@link #parse}); or an opaque
 * RFC 6749 scope token, such as {@code okta.users.read} or {@code openid} ({@link #token}).
 *
 * <p>A {@code Scope} is only about syntax: {@link #parse} and {@link #token} accept any text that
 * follows the grammar, whether or not a catalog declares it. To accept only what a catalog
 * declares (and get the catalog's own instance), use {@link ScopeCatalog#parse}.
 *
 * <p>The family:verb grammar is strict and ASCII only:
 *
 * <pre>
 * scope  = name ":" verb            ; at most 128 characters
 * name   = [a-z] ( [a-z0-9-]* [a-z0-9] )?
 * verb   = name | "*"
 * </pre>
 *
 * So {@code api-key:create} and {@code workflow:*} are scopes; {@code Workflow:read}, {@code
 * workflow:rеad} (Cyrillic {@code е}), {@code workflow:re*}, {@code *:*} and {@code workflow: read}
 * are not. A scope token is any printable ASCII text without spaces, {@code "} or {@code \}, at
 * most 128 characters, compared exactly ({@code Okta.users.read} is another token). {@link
 * #toString()} is the canonical text: {@code Scope.parse(s.toString())} (or {@code Scope.token}
 * for a token) equals {@code s}.
 *
 * {@snippet :
 * Scope s = Scope.parse("workflow:read");
 * s.family();       // "workflow"
 * s.verb();         // "read"
 * s.isWildcard();   // false
 * Scope.wildcard("workflow").toString();  // "workflow:*"
 * Scope.token("okta.users.read").grammar();   // SCOPE_TOKEN
 * }
 */
public final class Scope {
  /** The longest scope accepted, in characters. */
  public static final int MAX_LENGTH = 128;

  /** The verb of a family wildcard. */
  static final String WILDCARD_VERB = "*";

  private final @Nullable String family;
  private final @Nullable String verb;
  private final String text;

  private Scope(@Nullable String family, @Nullable String verb, String text) {
    this.family = family;
    this.verb = verb;
    this.text = text;
  }

  /**
   * Parses one scope under the strict grammar.
   *
   * @param text the scope's text, such as {@code "workflow:read"}
   * @return the scope
   * @throws InvalidScopeException if the text breaks the grammar; the message quotes it and names
   *     the rule
   */
  public static Scope parse(String text) {
    Objects.requireNonNull(text, "text");
    Grammar.Diagnosis problem = Grammar.check(text);
    if (problem != null) {
      throw problem.toException(text);
    }
    return fromValid(text);
  }

  /** Builds a scope from text already known to be well-formed. */
  static Scope fromValid(String text) {
    int colon = text.indexOf(':');
    return new Scope(text.substring(0, colon), text.substring(colon + 1), text);
  }

  /**
   * Parses one opaque RFC 6749 scope token ({@link ScopeGrammar#SCOPE_TOKEN}): printable ASCII
   * without spaces, {@code "} or {@code \}, at most {@link #MAX_LENGTH} characters. Case matters and
   * nothing is normalised.
   *
   * {@snippet :
   * Scope.token("accounting.transactions.read");   // ok
   * Scope.token("user-read-private");              // ok
   * Scope.token("okta users");                     // throws: space at index 4
   * }
   *
   * @param text the token's text, such as {@code "okta.users.read"}
   * @return the scope
   * @throws InvalidScopeException if the text is not a scope token; the message quotes it and
   *     names the rule
   */
  public static Scope token(String text) {
    Objects.requireNonNull(text, "text");
    Grammar.Diagnosis problem = TokenGrammar.check(text);
    if (problem != null) {
      throw problem.toException(text);
    }
    return tokenFromValid(text);
  }

  /** Builds a scope token from text already known to be well-formed. */
  static Scope tokenFromValid(String text) {
    return new Scope(null, null, text);
  }

  /** Builds a scope of {@code grammar} from text already known to be well-formed under it. */
  static Scope fromValid(ScopeGrammar grammar, String text) {
    return grammar == ScopeGrammar.FAMILY_VERB ? fromValid(text) : tokenFromValid(text);
  }

  /**
   * The scope {@code family:verb}.
   *
   * @param family the family, such as {@code "api-key"}
   * @param verb the verb, such as {@code "create"}, or {@code "*"} for the family wildcard
   * @return the scope
   * @throws InvalidScopeException if either part breaks the grammar
   */
  public static Scope of(String family, String verb) {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(verb, "verb");
    String text = family + ":" + verb;
    requireName(family, "family", text);
    if (!verb.equals(WILDCARD_VERB)) {
      requireName(verb, "verb", text);
    }
    return parse(text);
  }

  /**
   * The wildcard {@code family:*}. Whether it grants anything depends on the catalog: only
   * families that declare a wildcard have one.
   *
   * @param family the family, such as {@code "workflow"}
   * @return the wildcard scope
   * @throws InvalidScopeException if the family breaks the grammar
   */
  public static Scope wildcard(String family) {
    Objects.requireNonNull(family, "family");
    requireName(family, "family", family + ":*");
    return parse(family + ":*");
  }

  static void requireName(String name, String part, String input) {
    Grammar.Diagnosis problem = Grammar.checkPart(name, part);
    if (problem != null) {
      throw problem.toException(input);
    }
  }

  /**
   * The grammar the scope was read under.
   *
   * @return {@link ScopeGrammar#FAMILY_VERB} for {@link #parse}, {@link ScopeGrammar#SCOPE_TOKEN}
   *     for {@link #token}
   */
  public ScopeGrammar grammar() {
    return family == null ? ScopeGrammar.SCOPE_TOKEN : ScopeGrammar.FAMILY_VERB;
  }

  /**
   * The family, the part before the colon, of a family:verb scope.
   *
   * @return the family, such as {@code "workflow"}
   * @throws IllegalStateException for a scope token, which is opaque and has no family
   */
  public String family() {
    if (family == null) {
      throw opaque("family");
    }
    return family;
  }

  /**
   * The verb, the part after the colon, of a family:verb scope; {@code "*"} for a wildcard.
   *
   * @return the verb, such as {@code "read"}
   * @throws IllegalStateException for a scope token, which is opaque and has no verb
   */
  public String verb() {
    if (verb == null) {
      throw opaque("verb");
    }
    return verb;
  }

  private IllegalStateException opaque(String part) {
    return new IllegalStateException(
        "The scope " + dev.scopegate.internal.Text.quote(text) + " is an opaque scope token (RFC 6749); it has no " + part);
  }

  /**
   * Whether this is a family wildcard, {@code family:*}. A scope token never is: {@code okta.*} is
   * an opaque token like any other.
   *
   * @return {@code true} for {@code family:*}
   */
  public boolean isWildcard() {
    return verb != null && verb.equals(WILDCARD_VERB);
  }

  /**
   * Two scopes are equal when their grammar and their text are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a scope of the same grammar with the same text
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scope && ((Scope) other).text.equals(text) && ((Scope) other).grammar() == grammar();
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The canonical text, {@code family:verb} or the token, which {@link #parse} (or {@link #token})
   * reads back.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return text;
  }
}
