package dev.scopegate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One well-formed scope, {@code <family>:<verb>}, such as {@code workflow:read} or the family
 * wildcard {@code workflow:*}.
 *
 * <p>A {@code Scope} is only about syntax: {@link #parse} accepts any text that follows the
 * grammar, whether or not a catalog declares it. To accept only what a catalog declares (and get
 * the catalog's own instance), use {@link ScopeCatalog#parse}.
 *
 * <p>The grammar is strict and ASCII only:
 *
 * <pre>
 * scope  = name ":" verb            ; at most 128 characters
 * name   = [a-z] ( [a-z0-9-]* [a-z0-9] )?
 * verb   = name | "*"
 * </pre>
 *
 * So {@code api-key:create} and {@code workflow:*} are scopes; {@code Workflow:read}, {@code
 * workflow:rеad} (Cyrillic {@code е}), {@code workflow:re*}, {@code *:*} and {@code workflow: read}
 * are not. {@link #toString()} is the canonical text, and {@code Scope.parse(s.toString())}
 * equals {@code s}.
 *
 * {@snippet :
 * Scope s = Scope.parse("workflow:read");
 * s.family();       // "workflow"
 * s.verb();         // "read"
 * s.isWildcard();   // false
 * Scope.wildcard("workflow").toString();  // "workflow:*"
 * }
 */
public final class Scope {
  /** The longest scope accepted, in characters. */
  public static final int MAX_LENGTH = 128;

  /** The verb of a family wildcard. */
  static final String WILDCARD_VERB = "*";

  private final String family;
  private final String verb;
  private final String text;

  private Scope(String family, String verb, String text) {
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
    requireName(family, "family", family + ":" + verb);
    if (!verb.equals(WILDCARD_VERB)) {
      requireName(verb, "verb", family + ":" + verb);
    }
    return parse(family + ":" + verb);
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
   * The family, the part before the colon.
   *
   * @return the family, such as {@code "workflow"}
   */
  public String family() {
    return family;
  }

  /**
   * The verb, the part after the colon; {@code "*"} for a wildcard.
   *
   * @return the verb, such as {@code "read"}
   */
  public String verb() {
    return verb;
  }

  /**
   * Whether this is a family wildcard, {@code family:*}.
   *
   * @return {@code true} for {@code family:*}
   */
  public boolean isWildcard() {
    return verb.equals(WILDCARD_VERB);
  }

  /**
   * Two scopes are equal when their text is.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a scope with the same text
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scope && ((Scope) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The canonical text, {@code family:verb}, which {@link #parse} reads back.
   *
   * @return the canonical text
   */
  @Override
  public String toString() {
    return text;
  }
}
