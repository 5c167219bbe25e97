package dev.scopegate;

import dev.scopegate.internal.Text;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The family:verb scope grammar ({@link ScopeGrammar#FAMILY_VERB}), checked in one pass with a precise reason for the first rule broken.
 *
 * <pre>
 * scope  = name ":" verb
 * name   = lower *( lower / digit / "-" ) ; ends with lower or digit
 * verb   = name / "*"
 * </pre>
 *
 * ASCII only, at most {@link Scope#MAX_LENGTH} characters.
 */
final class Grammar {
  private Grammar() {}

  /** What is wrong with a piece of text; the suggestion is filled in by a catalog when it has one. */
  record Diagnosis(ScopeProblem problem, String reason, Optional<Scope> suggestion) {
    Diagnosis(ScopeProblem problem, String reason) {
      this(problem, reason, Optional.empty());
    }

    Diagnosis withSuggestion(Optional<Scope> s) {
      return new Diagnosis(problem, reason, s);
    }

    InvalidScopeException toException(String input) {
      return new InvalidScopeException(input, problem, reason, suggestion);
    }
  }

  /** Returns what breaks the grammar in {@code text}, or {@code null} if it is a well-formed scope. */
  static @Nullable Diagnosis check(String text) {
    Diagnosis lengthProblem = checkLength(text);
    if (lengthProblem != null) {
      return lengthProblem;
    }
    int length = text.length();
    int colon = -1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isNameChar(c) || c == '*') {
        continue;
      }
      if (c == ':') {
        if (colon >= 0) {
          return new Diagnosis(
              ScopeProblem.EXTRA_COLON, "a second ':' at index " + i + "; a scope has exactly one");
        }
        colon = i;
      } else {
        return characterProblem(c, i);
      }
    }
    if (text.equals("*")) {
      return globalWildcard();
    }
    if (colon < 0) {
      return new Diagnosis(ScopeProblem.MISSING_COLON, "no ':' between family and verb");
    }
    if (colon == 0) {
      return new Diagnosis(ScopeProblem.EMPTY_FAMILY, "nothing before the ':'; a scope is <family>:<verb>");
    }
    if (colon == length - 1) {
      return new Diagnosis(ScopeProblem.EMPTY_VERB, "nothing after the ':'; a scope is <family>:<verb>");
    }
    if (colon == 1 && text.charAt(0) == '*') {
      return globalWildcard();
    }
    Diagnosis family = checkName(text, 0, colon, "family");
    if (family != null) {
      return family;
    }
    if (colon == length - 2 && text.charAt(length - 1) == '*') {
      return null;
    }
    return checkName(text, colon + 1, length, "verb");
  }

  /** The length rules both grammars share: not empty, at most {@link Scope#MAX_LENGTH} characters. */
  static @Nullable Diagnosis checkLength(String text) {
    int length = text.length();
    if (length == 0) {
      return new Diagnosis(ScopeProblem.EMPTY, "a scope cannot be empty");
    }
    if (length > Scope.MAX_LENGTH) {
      return new Diagnosis(
          ScopeProblem.TOO_LONG,
          "it is " + length + " characters long; a scope has at most " + Scope.MAX_LENGTH);
    }
    return null;
  }

  private static Diagnosis globalWildcard() {
    return new Diagnosis(
        ScopeProblem.GLOBAL_WILDCARD,
        "a wildcard may only stand for the verb of one family (family:*); there is no global wildcard");
  }

  private static @Nullable Diagnosis checkName(String text, int from, int to, String part) {
    ScopeProblem problem = part.equals("family") ? ScopeProblem.INVALID_FAMILY : ScopeProblem.INVALID_VERB;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '*') {
        return new Diagnosis(
            ScopeProblem.PARTIAL_WILDCARD,
            "'*' at index " + i + " is part of the " + part + "; only a whole verb may be '*' (family:*)");
      }
    }
    char first = text.charAt(from);
    if (first < 'a' || first > 'z') {
      return new Diagnosis(
          problem,
          "the " + part + " starts with " + Text.describe(first) + " at index " + from + "; it must start with a letter");
    }
    if (text.charAt(to - 1) == '-') {
      return new Diagnosis(
          problem, "the " + part + " ends with a hyphen at index " + (to - 1) + "; hyphens may only stand inside a name");
    }
    return null;
  }

  private static Diagnosis characterProblem(char c, int i) {
    if (c > 0x7e || c <= 0x20) {
      return sharedCharacterProblem(c, i);
    }
    String at = Text.describe(c) + " at index " + i;
    if (c >= 'A' && c <= 'Z') {
      return new Diagnosis(ScopeProblem.UPPERCASE, "uppercase " + at + "; scopes are lowercase");
    }
    return new Diagnosis(
        ScopeProblem.INVALID_CHARACTER,
        "character " + at + " is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'");
  }

  /**
   * The character rules both grammars share, for a character outside printable ASCII or a space:
   * not ASCII, a control character, or a space.
   */
  static Diagnosis sharedCharacterProblem(char c, int i) {
    String at = Text.describe(c) + " at index " + i;
    if (c > 0x7f) {
      return new Diagnosis(ScopeProblem.NOT_ASCII, "character " + at + " is not ASCII; scopes are ASCII only");
    }
    if (c == ' ') {
      return new Diagnosis(ScopeProblem.WHITESPACE, "space at index " + i + "; a scope has no whitespace");
    }
    return new Diagnosis(ScopeProblem.CONTROL_CHARACTER, "control character " + at + "; scopes have none");
  }

  /** Whether {@code c} may appear in a family or verb name. */
  static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  /**
   * Checks a family or verb name on its own, as catalog builders and {@link Scope#of} take them;
   * a bare {@code *} is not a name here (catalogs declare wildcards explicitly).
   */
  static @Nullable Diagnosis checkPart(String name, String part) {
    if (name.isEmpty()) {
      return new Diagnosis(
          part.equals("family") ? ScopeProblem.EMPTY_FAMILY : ScopeProblem.EMPTY_VERB, "the " + part + " is empty");
    }
    if (name.length() > Scope.MAX_LENGTH) {
      return new Diagnosis(
          ScopeProblem.TOO_LONG,
          "the " + part + " is " + name.length() + " characters long; a scope has at most " + Scope.MAX_LENGTH);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isNameChar(c) && c != '*') {
        return characterProblem(c, i);
      }
    }
    return checkName(name, 0, name.length(), part);
  }
}
