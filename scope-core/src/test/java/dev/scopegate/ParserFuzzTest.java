package dev.scopegate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scopegate.internal.Text;
import dev.scopegate.testing.FuzzInput;
import dev.scopegate.testing.ReferenceOracle;
import dev.scopegate.testing.TestCatalogs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the strict and lenient parsers. {@code ./mvnw verify} replays the
 * inputs under {@code src/test/resources/dev/scopegate/ParserFuzzTestInputs/<method>/}; to fuzz
 * for real, see scope-core/README.md ({@code JAZZER_FUZZ=1}).
 *
 * <p>Each input's bytes become text through {@link FuzzInput}, so an ASCII regression file reads
 * as itself.
 */
class ParserFuzzTest {
  private static final ScopeCatalog CATALOG = TestCatalogs.signstackLike();
  private static final ReferenceOracle ORACLE = new ReferenceOracle(CATALOG);

  /** The grammar, written independently of the engine as one regular expression. */
  private static final Pattern GRAMMAR =
      Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?:([a-z]([a-z0-9-]*[a-z0-9])?|\\*)");

  private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");

  /**
   * Strict entry points: only {@link InvalidScopeException} may escape, with a one-line message
   * quoting the input; whatever is accepted matches the grammar and round-trips.
   */
  @FuzzTest(maxDuration = "10m")
  void strictParsers(byte[] input) {
    String text = FuzzInput.text(input);

    boolean grammatical = text.length() <= Scope.MAX_LENGTH && GRAMMAR.matcher(text).matches();
    InvalidScopeException syntaxError = null;
    try {
      Scope scope = Scope.parse(text);
      assertTrue(grammatical, () -> "accepted text outside the grammar: " + Text.quote(text));
      assertEquals(text, scope.toString());
      assertEquals(text, scope.family() + ":" + scope.verb());
      assertEquals(scope.verb().equals("*"), scope.isWildcard());
      assertEquals(scope, Scope.parse(scope.toString()));
      assertEquals(scope, Scope.of(scope.family(), scope.verb()));
    } catch (InvalidScopeException e) {
      assertTrue(!grammatical, () -> "rejected text inside the grammar: " + Text.quote(text));
      assertTrue(e.problem().isMalformed(), () -> "a syntax error that is not malformed: " + e.problem());
      assertClearRejection(e, text);
      syntaxError = e;
    }

    try {
      Scope scope = CATALOG.parse(text);
      assertTrue(ORACLE.isKnown(text), () -> "the catalog accepted an undeclared scope: " + Text.quote(text));
      assertSame(scope, CATALOG.parse(scope.toString()));
      assertEquals(text, scope.toString());
      assertTrue(CATALOG.knownScopes().contains(scope));
    } catch (InvalidScopeException e) {
      assertTrue(!ORACLE.isKnown(text), () -> "the catalog rejected a declared scope: " + Text.quote(text));
      assertClearRejection(e, text);
      if (syntaxError != null) {
        assertEquals(syntaxError.problem(), e.problem());
      } else {
        assertTrue(!e.problem().isMalformed(), () -> "well-formed text reported as malformed: " + e.problem());
      }
      e.suggestion().ifPresent(s -> assertTrue(CATALOG.contains(s), () -> "suggested an undeclared scope " + s));
    }

    // The space-delimited list form.
    try {
      List<Scope> all = CATALOG.parseAll(text);
      assertTrue(text.length() <= ScopeCatalog.MAX_CLAIM_LENGTH);
      assertEquals(ReferenceOracle.entries(text), texts(all));
    } catch (InvalidScopeException e) {
      assertClearRejection(e, e.input());
      if (text.length() > ScopeCatalog.MAX_CLAIM_LENGTH) {
        assertEquals(ScopeProblem.CLAIM_TOO_LONG, e.problem());
      } else {
        assertEquals(firstUnknown(ReferenceOracle.entries(text)), e.input());
      }
    }

    // The collection form and requirements, one element per line of the input.
    List<String> lines = Arrays.asList(text.split("\n", -1));
    String unknown = firstUnknown(lines);
    try {
      List<Scope> all = CATALOG.parseAll(lines);
      assertEquals(null, unknown, "parseAll(Collection) accepted an undeclared entry");
      assertEquals(lines, texts(all));
      Requirement requirement = CATALOG.requirement(lines.toArray(new String[0]));
      assertEquals(new ArrayList<>(new LinkedHashSet<>(lines)), texts(requirement.scopes()));
    } catch (InvalidScopeException e) {
      assertEquals(unknown, e.input());
      assertClearRejection(e, unknown);
      InvalidScopeException again = expectRejection(() -> CATALOG.requirement(lines.toArray(new String[0])));
      assertEquals(unknown, again.input());
    }

    // The two-part factories agree with the one-string parser.
    int colon = text.indexOf(':');
    if (colon >= 0) {
      String family = text.substring(0, colon);
      String verb = text.substring(colon + 1);
      try {
        assertEquals(text, Scope.of(family, verb).toString());
        assertTrue(syntaxError == null, () -> "Scope.of accepted what parse rejects: " + Text.quote(text));
      } catch (InvalidScopeException e) {
        assertTrue(syntaxError != null, () -> "Scope.of rejected what parse accepts: " + Text.quote(text));
        assertEquals(text, e.input());
        assertClearRejection(e, text);
      }
    }
    boolean name = text.length() <= Scope.MAX_LENGTH && NAME.matcher(text).matches();
    try {
      assertEquals(text + ":*", Scope.wildcard(text).toString());
      assertTrue(name && text.length() + 2 <= Scope.MAX_LENGTH, () -> "wildcard of a non-name " + Text.quote(text));
    } catch (InvalidScopeException e) {
      assertTrue(!name || text.length() + 2 > Scope.MAX_LENGTH, () -> "no wildcard for the name " + Text.quote(text));
      assertEquals(text + ":*", e.input());
      assertClearRejection(e, e.input());
    }
  }

  /**
   * Lenient entry points: never throw, and grant exactly what the oracle grants (so nothing from a
   * malformed or unknown entry); every ignored entry is reported with its position.
   */
  @FuzzTest(maxDuration = "10m")
  void lenientParsers(byte[] input) {
    String claim = FuzzInput.text(input);

    GrantedScopes granted = CATALOG.parseClaim(claim);
    assertEquals(ORACLE.granted(claim), new LinkedHashSet<>(texts(granted.expanded())));
    for (Scope s : granted.entries()) {
      assertTrue(ORACLE.isKnown(s.toString()), () -> "granting entry not declared: " + s);
    }
    int lastPosition = -1;
    for (IgnoredEntry e : granted.ignored()) {
      assertTrue(e.problem() == ScopeProblem.CLAIM_TOO_LONG || !ORACLE.isKnown(e.text()),
          () -> "a declared scope was ignored: " + e);
      assertTrue(e.position() > lastPosition || e.problem() == ScopeProblem.CLAIM_TOO_LONG);
      lastPosition = e.position();
      assertPrintableLine(e.reason());
      assertPrintableLine(e.toString());
    }
    if (claim.length() <= ScopeCatalog.MAX_CLAIM_LENGTH) {
      List<String> entries = ReferenceOracle.entries(claim);
      assertEquals(entries.size(), granted.ignored().size() + countKnown(entries));
    }
    assertPrintableLine(granted.toString());

    // The list form: one element per line, plus the non-strings a JSON array can hold.
    List<Object> list = new ArrayList<>(Arrays.asList((Object[]) claim.split("\n", -1)));
    list.add(null);
    list.add(42L);
    GrantedScopes fromList = CATALOG.parseClaim(list);
    assertEquals(ORACLE.granted(list), new LinkedHashSet<>(texts(fromList.expanded())));
    for (IgnoredEntry e : fromList.ignored()) {
      if (e.problem() == ScopeProblem.NOT_A_STRING) {
        assertTrue(!(list.get(e.position()) instanceof String));
      } else if (e.problem() != ScopeProblem.CLAIM_TOO_LONG) {
        assertEquals(list.get(e.position()), e.text());
        assertTrue(!ORACLE.isKnown(e.text()), () -> "a declared scope was ignored: " + e);
      }
    }
    assertEquals(2, fromList.ignored().stream().filter(e -> e.problem() == ScopeProblem.NOT_A_STRING).count()
        + (fromList.ignored().size() == 1 && fromList.ignored().get(0).problem() == ScopeProblem.CLAIM_TOO_LONG ? 2 : 0));
  }

  /** An opaque catalog with implications, and its oracle. */
  private static final ScopeCatalog TOKENS = TestCatalogs.xeroLike();
  private static final ReferenceOracle TOKEN_ORACLE = new ReferenceOracle(TOKENS);

  /** RFC 6749 section 3.3's scope-token, written independently of the engine as one regular expression. */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  /**
   * The scope-token parser and an opaque catalog's entry points: {@code Scope.token} accepts
   * exactly RFC 6749's grammar (up to 128 characters) and round-trips; the catalog accepts exactly
   * its declared tokens, says why anything else is refused (with a declared suggestion, if any),
   * and its lenient readers grant exactly the oracle's closure of the exact declared entries.
   */
  @FuzzTest(maxDuration = "10m")
  void scopeTokenParsers(byte[] input) {
    String text = FuzzInput.text(input);

    boolean grammatical = text.length() <= Scope.MAX_LENGTH && SCOPE_TOKEN.matcher(text).matches();
    InvalidScopeException syntaxError = null;
    try {
      Scope token = Scope.token(text);
      assertTrue(grammatical, () -> "accepted text outside RFC 6749: " + Text.quote(text));
      assertEquals(text, token.toString());
      assertEquals(ScopeGrammar.SCOPE_TOKEN, token.grammar());
      assertEquals(token, Scope.token(token.toString()));
      assertTrue(!token.isWildcard());
    } catch (InvalidScopeException e) {
      assertTrue(!grammatical, () -> "rejected a scope token: " + Text.quote(text));
      assertTrue(e.problem().isMalformed(), () -> "a syntax error that is not malformed: " + e.problem());
      assertClearRejection(e, text);
      syntaxError = e;
    }

    boolean known = TOKEN_ORACLE.isKnown(text);
    try {
      Scope scope = TOKENS.parse(text);
      assertTrue(known, () -> "the catalog accepted an undeclared token: " + Text.quote(text));
      assertSame(scope, TOKENS.parse(scope.toString()));
      assertEquals(TOKEN_ORACLE.expand(text), new LinkedHashSet<>(texts(TOKENS.expand(scope))));
    } catch (InvalidScopeException e) {
      assertTrue(!known, () -> "the catalog rejected a declared token: " + Text.quote(text));
      assertClearRejection(e, text);
      assertEquals(syntaxError == null ? ScopeProblem.UNKNOWN_SCOPE : syntaxError.problem(), e.problem());
      e.suggestion().ifPresent(s -> assertTrue(TOKENS.contains(s), () -> "suggested an undeclared scope " + s));
    }

    // Lenient: the string and list forms grant exactly the oracle's closure of the declared entries.
    GrantedScopes granted = TOKENS.parseClaim(text);
    assertEquals(TOKEN_ORACLE.granted(text), new LinkedHashSet<>(texts(granted.expanded())));
    for (IgnoredEntry e : granted.ignored()) {
      assertTrue(e.problem() == ScopeProblem.CLAIM_TOO_LONG || !TOKEN_ORACLE.isKnown(e.text()), () -> "a declared token was ignored: " + e);
      assertPrintableLine(e.toString());
    }
    List<Object> list = new ArrayList<>(Arrays.asList((Object[]) text.split("\n", -1)));
    assertEquals(TOKEN_ORACLE.granted(list), new LinkedHashSet<>(texts(TOKENS.parseClaim(list).expanded())));
    Requirement read = TOKENS.requirement("accounting.transactions.read");
    boolean expected = TOKEN_ORACLE.granted(text).contains("accounting.transactions.read");
    assertEquals(expected, read.check(text).allowed());
    assertEquals(expected, read.checkClaim(text).allowed());
    assertEquals(TOKEN_ORACLE.granted(list).contains("accounting.transactions.read"), read.check(list).allowed());

    // Strict lists: the first undeclared entry is the one reported.
    try {
      List<Scope> all = TOKENS.parseAll(text);
      assertTrue(text.length() <= ScopeCatalog.MAX_CLAIM_LENGTH);
      assertEquals(ReferenceOracle.entries(text), texts(all));
    } catch (InvalidScopeException e) {
      assertClearRejection(e, e.input());
      if (text.length() <= ScopeCatalog.MAX_CLAIM_LENGTH) {
        String firstUnknown = null;
        for (String entry : ReferenceOracle.entries(text)) {
          if (!TOKEN_ORACLE.isKnown(entry)) {
            firstUnknown = entry;
            break;
          }
        }
        assertEquals(firstUnknown, e.input());
      }
    }
  }

  static void assertClearRejection(InvalidScopeException e, String input) {
    assertEquals(input, e.input());
    String expected = "Invalid scope " + Text.quote(input) + ": " + e.reason();
    assertTrue(e.getMessage().startsWith(expected), () -> "message " + e.getMessage() + " does not start " + expected);
    assertPrintableLine(e.getMessage());
    assertTrue(e.getMessage().length() <= 1024, () -> "an unbounded message: " + e.getMessage().length());
  }

  static void assertPrintableLine(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        fail("character U+" + Integer.toHexString(c) + " at " + i + " in a message: " + Text.quote(s));
      }
    }
  }

  private static InvalidScopeException expectRejection(Runnable r) {
    try {
      r.run();
    } catch (InvalidScopeException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidScopeException");
  }

  private static String firstUnknown(List<String> entries) {
    for (String e : entries) {
      if (!ORACLE.isKnown(e)) {
        return e;
      }
    }
    return null;
  }

  private static int countKnown(List<String> entries) {
    int n = 0;
    for (String e : entries) {
      if (ORACLE.isKnown(e)) {
        n++;
      }
    }
    return n;
  }

  private static List<String> texts(List<Scope> scopes) {
    List<String> out = new ArrayList<>(scopes.size());
    for (Scope s : scopes) {
      out.add(s.toString());
    }
    return out;
  }
}
