package dev.scopegate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One family of a catalog: its name ({@code workflow}), display name ({@code Workflow}), its
 * verbs with what each grants, and whether it exposes a {@code *} wildcard.
 *
 * {@snippet :
 * ScopeFamily workflow = ScopeFamily.builder("workflow", "Workflow")
 *     .verb("read", "Read workflows + their state")
 *     .verb("create", "Create workflows from blueprints")
 *     .wildcard("All workflow verbs")
 *     .build();
 * }
 *
 * A family without a declared wildcard has none: {@code file:*} is not a scope of a catalog whose
 * {@code file} family declares no wildcard, and it grants nothing.
 */
public final class ScopeFamily {
  private final String name;
  private final String displayName;
  private final Optional<String> note;
  private final List<Scope> scopes;
  private final Map<String, String> descriptions;
  private final Optional<Scope> wildcard;
  private final Optional<String> wildcardDescription;

  private ScopeFamily(Builder b) {
    this.name = b.name;
    this.displayName = b.displayName;
    this.note = Optional.ofNullable(b.note);
    List<Scope> list = new ArrayList<>();
    for (String verb : b.verbs.keySet()) {
      list.add(Scope.fromValid(name + ":" + verb));
    }
    this.scopes = Collections.unmodifiableList(list);
    this.descriptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.verbs));
    this.wildcard = b.wildcardDescription == null ? Optional.empty() : Optional.of(Scope.fromValid(name + ":*"));
    this.wildcardDescription = Optional.ofNullable(b.wildcardDescription);
  }

  /**
   * Starts a family.
   *
   * @param name the family's name in scopes, such as {@code "api-key"}
   * @param displayName the name people read, such as {@code "API Key"}
   * @return a builder
   * @throws InvalidScopeException if the name breaks the scope grammar, or {@code name:*} would be
   *     longer than {@link Scope#MAX_LENGTH}
   */
  public static Builder builder(String name, String displayName) {
    return new Builder(name, displayName);
  }

  /**
   * The family's name as it appears in scopes.
   *
   * @return the name, such as {@code "api-key"}
   */
  public String name() {
    return name;
  }

  /**
   * The family's name for people.
   *
   * @return the display name, such as {@code "API Key"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * A note on what the family covers, when the catalog gives one.
   *
   * @return the note, such as {@code "covers all primitives: blueprints, templates, schemas,
   *     assets, functions"}, or empty
   */
  public Optional<String> note() {
    return note;
  }

  /**
   * The family's concrete scopes, in declared order; never a wildcard.
   *
   * @return the concrete scopes
   */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * The family's wildcard, when it declares one.
   *
   * @return {@code family:*}, or empty if the family has no wildcard
   */
  public Optional<Scope> wildcard() {
    return wildcard;
  }

  /**
   * What a scope of this family grants, verbatim from the catalog.
   *
   * @param scope a concrete scope of this family, or its declared wildcard
   * @return the description, or empty if the scope is not declared by this family
   */
  public Optional<String> description(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    if (!scope.family().equals(name)) {
      return Optional.empty();
    }
    if (scope.isWildcard()) {
      return wildcardDescription;
    }
    return Optional.ofNullable(descriptions.get(scope.verb()));
  }

  /**
   * Families are equal when name, display name, note, verbs (in order) with descriptions and
   * wildcard are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal family
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ScopeFamily)) {
      return false;
    }
    ScopeFamily that = (ScopeFamily) other;
    return name.equals(that.name)
        && displayName.equals(that.displayName)
        && note.equals(that.note)
        && scopes.equals(that.scopes)
        && descriptions.equals(that.descriptions)
        && wildcardDescription.equals(that.wildcardDescription);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, displayName, note, scopes, descriptions, wildcardDescription);
  }

  /**
   * A summary: the name and its scopes, {@code workflow[read, create, *]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name).append('[');
    String sep = "";
    for (Scope s : scopes) {
      sb.append(sep).append(s.verb());
      sep = ", ";
    }
    wildcard.ifPresent(w -> sb.append(", *"));
    return sb.append(']').toString();
  }

  /** Builds a {@link ScopeFamily}; not thread-safe, use once. */
  public static final class Builder {
    private final String name;
    private final String displayName;
    private @Nullable String note;
    private final Map<String, String> verbs = new LinkedHashMap<>();
    private @Nullable String wildcardDescription;

    private Builder(String name, String displayName) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(displayName, "displayName");
      Scope.requireName(name, "family", name);
      if (name.length() > Scope.MAX_LENGTH - 2) {
        throw new Grammar.Diagnosis(
                ScopeProblem.TOO_LONG,
                "the family is " + name.length() + " characters long; a family has at most "
                    + (Scope.MAX_LENGTH - 2) + " so that family:* fits: a scope has at most " + Scope.MAX_LENGTH)
            .toException(name);
      }
      this.name = name;
      this.displayName = requireText(displayName, "display name");
    }

    /**
     * Sets a note on what the family covers.
     *
     * @param note the note
     * @return this builder
     */
    public Builder note(String note) {
      this.note = requireText(Objects.requireNonNull(note, "note"), "note");
      return this;
    }

    /**
     * Adds a verb and what it grants.
     *
     * @param verb the verb, such as {@code "read"}
     * @param description what it grants, verbatim
     * @return this builder
     * @throws InvalidScopeException if the verb breaks the grammar, or {@code family:verb} is
     *     longer than {@link Scope#MAX_LENGTH}
     * @throws IllegalArgumentException if the verb was already added
     */
    public Builder verb(String verb, String description) {
      Objects.requireNonNull(verb, "verb");
      Objects.requireNonNull(description, "description");
      if (verb.equals(Scope.WILDCARD_VERB)) {
        throw new IllegalArgumentException(
            "Invalid verb \"*\" in family " + name + ": declare a wildcard with wildcard(description)");
      }
      Scope.of(name, verb); // the verb follows the grammar, and name:verb fits in Scope.MAX_LENGTH
      if (verbs.containsKey(verb)) {
        throw new IllegalArgumentException("Duplicate scope " + name + ":" + verb + " in family " + name);
      }
      verbs.put(verb, requireText(description, "description of " + name + ":" + verb));
      return this;
    }

    /**
     * Declares that the family exposes {@code family:*}, granting every verb of the family.
     *
     * @param description what the wildcard grants, verbatim
     * @return this builder
     */
    public Builder wildcard(String description) {
      Objects.requireNonNull(description, "description");
      if (wildcardDescription != null) {
        throw new IllegalArgumentException("Duplicate wildcard " + name + ":* in family " + name);
      }
      this.wildcardDescription = requireText(description, "description of " + name + ":*");
      return this;
    }

    /**
     * Builds the family.
     *
     * @return the family
     * @throws IllegalArgumentException if no verb was added
     */
    public ScopeFamily build() {
      if (verbs.isEmpty()) {
        throw new IllegalArgumentException("Family " + name + " has no verbs; a family needs at least one");
      }
      return new ScopeFamily(this);
    }

    private static String requireText(String text, String what) {
      if (text.isBlank()) {
        throw new IllegalArgumentException("The " + what + " is blank");
      }
      return text;
    }
  }
}
