package dev.scopegate;

import org.jspecify.annotations.Nullable;

/**
 * The RFC 6749 section 3.3 scope-token grammar, checked in one pass with a precise reason for the
 * first rule broken:
 *
 * <pre>
 * scope-token = 1*( %x21 / %x23-5B / %x5D-7E )   ; at most {@link Scope#MAX_LENGTH} characters
 * </pre>
 *
 * Malformed text is reported with the same problems and words as the family:verb grammar where
 * the rules agree (empty, too long, non-ASCII, control characters, spaces).
 */
final class TokenGrammar {
  private TokenGrammar() {}

  /** Returns what breaks the grammar in {@code text}, or {@code null} if it is a scope token. */
  static Grammar.@Nullable Diagnosis check(String text) {
    Grammar.Diagnosis length = Grammar.checkLength(text);
    if (length != null) {
      return length;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isTokenChar(c)) {
        return characterProblem(c, i);
      }
    }
    return null;
  }

  /** Whether {@code c} may appear in a scope token: printable ASCII except {@code "} and {@code \}. */
  static boolean isTokenChar(char c) {
    return c >= 0x21 && c <= 0x7e && c != '"' && c != '\\';
  }

  private static Grammar.Diagnosis characterProblem(char c, int i) {
    if (c == '"' || c == '\\') {
      return new Grammar.Diagnosis(
          ScopeProblem.INVALID_CHARACTER,
          "character " + dev.scopegate.internal.Text.describe(c) + " at index " + i
              + " is not allowed; a scope token (RFC 6749) is printable ASCII without '\"', '\\' or spaces");
    }
    return Grammar.sharedCharacterProblem(c, i);
  }
}
