package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.internal.Text;
import dev.scopegate.testing.ScopeArbitraries;
import dev.scopegate.testing.TestCatalogs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's edges, one boundary at a time: exact limits, the characters at the ends of each
 * range, the 64-scope switch between the two check paths, and the small contracts (hashing,
 * serialization, accessors) the other suites only touch in passing. Written to close the gaps
 * mutation testing found (see scope-core/README.md).
 */
class EngineEdgeCasesTest {
  private static final ScopeCatalog CATALOG = TestCatalogs.signstackLike();

  // --- Claim length limit, on both sides, for every lenient reader.

  @Test
  void aClaimOfExactlyTheLimitIsReadAndOneMoreIsNot() {
    String fits = "workflow:read" + " ".repeat(ScopeCatalog.MAX_CLAIM_LENGTH - 13);
    assertThat(fits).hasSize(ScopeCatalog.MAX_CLAIM_LENGTH);
    assertThat(CATALOG.parseClaim(fits).entries()).extracting(Scope::toString).containsExactly("workflow:read");
    assertThat(CATALOG.parseClaim(fits + " ").isEmpty()).isTrue();
    assertThat(CATALOG.parseAll(fits)).extracting(Scope::toString).containsExactly("workflow:read");
    assertThatThrownBy(() -> CATALOG.parseAll(fits + " "))
        .isInstanceOf(InvalidScopeException.class)
        .extracting(e -> ((InvalidScopeException) e).problem())
        .isEqualTo(ScopeProblem.CLAIM_TOO_LONG);
  }

  @Test
  void aListClaimCountsOneSeparatorBetweenEntries() {
    // 13 + 1 + (limit - 14) = exactly the limit.
    List<String> fits = List.of("workflow:read", "x".repeat(ScopeCatalog.MAX_CLAIM_LENGTH - 14));
    List<String> over = List.of("workflow:read", "x".repeat(ScopeCatalog.MAX_CLAIM_LENGTH - 13));
    Requirement read = CATALOG.requirement("workflow:read");
    assertThat(CATALOG.parseClaim(fits).entries()).extracting(Scope::toString).containsExactly("workflow:read");
    assertThat(read.check(fits).allowed()).isTrue();
    assertThat(CATALOG.parseClaim(over).isEmpty()).isTrue();
    assertThat(CATALOG.parseClaim(over).ignored()).singleElement().satisfies(e -> {
      assertThat(e.problem()).isEqualTo(ScopeProblem.CLAIM_TOO_LONG);
      assertThat(e.text()).isEqualTo("<2 entries>");
      assertThat(e.reason()).isEqualTo("the claim is 65537 characters long; a claim has at most 65536");
    });
    assertThat(read.check(over).missing()).extracting(Scope::toString).containsExactly("workflow:read");
    // A single entry has no separator.
    assertThat(read.check(List.of("workflow:read")).allowed()).isTrue();
  }

  @Test
  void anOverLongClaimIsReportedWithItsFirstEightyCharacters() {
    String claim = "x".repeat(ScopeCatalog.MAX_CLAIM_LENGTH + 1);
    assertThat(CATALOG.parseClaim(claim).ignored().get(0).text()).isEqualTo("x".repeat(80));
  }

  // --- Character ranges: the first and last character of each class.

  static Stream<Arguments> characterEdges() {
    return Stream.of(
        Arguments.of("Aa:b", ScopeProblem.UPPERCASE, "uppercase 'A' at index 0; scopes are lowercase"),
        Arguments.of("Za:b", ScopeProblem.UPPERCASE, "uppercase 'Z' at index 0; scopes are lowercase"),
        Arguments.of("a@:b", ScopeProblem.INVALID_CHARACTER,
            "character '@' at index 1 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of("a[:b", ScopeProblem.INVALID_CHARACTER,
            "character '[' at index 1 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of("a:b!", ScopeProblem.INVALID_CHARACTER,
            "character '!' at index 3 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of("a:b~", ScopeProblem.INVALID_CHARACTER,
            "character '~' at index 3 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of("a:b\u001f", ScopeProblem.CONTROL_CHARACTER, "control character U+001F at index 3; scopes have none"),
        Arguments.of("a:b\u007f", ScopeProblem.CONTROL_CHARACTER, "control character U+007F at index 3; scopes have none"),
        Arguments.of("a:b\u0080", ScopeProblem.NOT_ASCII, "character U+0080 at index 3 is not ASCII; scopes are ASCII only"),
        Arguments.of("a:b ", ScopeProblem.WHITESPACE, "space at index 3; a scope has no whitespace"),
        Arguments.of("`a:b", ScopeProblem.INVALID_CHARACTER,
            "character '`' at index 0 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of("{a:b", ScopeProblem.INVALID_CHARACTER,
            "character '{' at index 0 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of("/a:b", ScopeProblem.INVALID_CHARACTER,
            "character '/' at index 0 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of(";a:b", ScopeProblem.INVALID_CHARACTER,
            "character ';' at index 0 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'"),
        Arguments.of(":a:b", ScopeProblem.EXTRA_COLON, "a second ':' at index 2; a scope has exactly one"),
        Arguments.of("a:0", ScopeProblem.INVALID_VERB, "the verb starts with '0' at index 2; it must start with a letter"),
        Arguments.of("a:9", ScopeProblem.INVALID_VERB, "the verb starts with '9' at index 2; it must start with a letter"),
        Arguments.of("a:b9", null, null),
        Arguments.of("z0:a-0", null, null));
  }

  @ParameterizedTest
  @MethodSource("characterEdges")
  void theEndsOfEachCharacterClass(String text, ScopeProblem problem, String reason) {
    if (problem == null) {
      assertThat(Scope.parse(text).toString()).isEqualTo(text);
      return;
    }
    assertThatThrownBy(() -> Scope.parse(text))
        .isInstanceOf(InvalidScopeException.class)
        .satisfies(t -> {
          InvalidScopeException e = (InvalidScopeException) t;
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).isEqualTo("Invalid scope " + Text.quote(text) + ": " + reason);
        });
  }

  @Test
  void aScopeMayBeExactlyTheLengthLimit() {
    String longest = "a" + "b".repeat(Scope.MAX_LENGTH - 3) + ":c";
    assertThat(Scope.parse(longest).toString()).hasSize(Scope.MAX_LENGTH);
    assertThat(catchInvalid(() -> Scope.parse(longest + "d")).reason()).isEqualTo("it is 129 characters long; a scope has at most 128");
    assertThat(Scope.of("a".repeat(Scope.MAX_LENGTH - 2), "b").toString()).hasSize(Scope.MAX_LENGTH);
  }

  @Test
  void builderNamesFollowTheNameRules() {
    assertRejects(() -> ScopeFamily.builder("-x", "X"), "-x", ScopeProblem.INVALID_FAMILY,
        "the family starts with '-' at index 0; it must start with a letter");
    assertRejects(() -> ScopeFamily.builder("x-", "X"), "x-", ScopeProblem.INVALID_FAMILY,
        "the family ends with a hyphen at index 1; hyphens may only stand inside a name");
    assertRejects(() -> ScopeFamily.builder("x*", "X"), "x*", ScopeProblem.PARTIAL_WILDCARD,
        "'*' at index 1 is part of the family; only a whole verb may be '*' (family:*)");
    assertRejects(() -> ScopeFamily.builder("x", "X").verb("9y", "d"), "x:9y", ScopeProblem.INVALID_VERB,
        "the verb starts with '9' at index 0; it must start with a letter");
    assertRejects(() -> ScopeFamily.builder("x", "X").verb("Y", "d"), "x:Y", ScopeProblem.UPPERCASE,
        "uppercase 'Y' at index 0; scopes are lowercase");
    assertThat(ScopeFamily.builder("x-9", "X").verb("y-z0", "d").build().scopes()).extracting(Scope::toString).containsExactly("x-9:y-z0");
  }

  @Test
  void aWildcardOfTheFirstFamilyExpandsToItsVerbs() {
    assertThat(CATALOG.families().get(0).wildcard()).isPresent();
    assertThat(CATALOG.expand(CATALOG.families().get(0).wildcard().get())).containsExactlyElementsOf(CATALOG.families().get(0).scopes());
    assertThat(CATALOG.expand(CATALOG.scopes().get(CATALOG.scopes().size() - 1))).containsExactly(CATALOG.scopes().get(CATALOG.scopes().size() - 1));
  }

  @Test
  void messagesQuoteSpacesAndTildesAsThemselves() {
    assertThat(Text.quote("a b~")).isEqualTo("\"a b~\"");
    assertThat(Text.quote("\u001f\u007f")).isEqualTo("\"\\u001F\\u007F\"");
    assertThat(Text.quote("x".repeat(80))).isEqualTo("\"" + "x".repeat(80) + "\"");
    assertThat(Text.quote("x".repeat(81))).isEqualTo("\"" + "x".repeat(80) + "\"... (81 characters)");
    assertThat(Text.quote("a\"b\\c\té")).isEqualTo("\"a\\\"b\\\\c\\u0009\\u00E9\"");
    assertThat(Text.quote("x".repeat(5), 5)).isEqualTo("\"xxxxx\"");
    assertThat(Text.quote("x".repeat(6), 5)).isEqualTo("\"xxxxx\"... (6 characters)");
    assertThat(Text.describe('!')).isEqualTo("'!'");
    assertThat(Text.describe('~')).isEqualTo("'~'");
    assertThat(Text.describe(' ')).isEqualTo("U+0020");
    assertThat(Text.describe('\u007f')).isEqualTo("U+007F");
  }

  // --- The two-part factories check each part before joining them.

  @Test
  void scopeOfAndWildcardNameThePartThatIsWrong() {
    assertRejects(() -> Scope.of("a:b", "c"), "a:b:c", ScopeProblem.INVALID_CHARACTER,
        "character ':' at index 1 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'");
    assertRejects(() -> Scope.of("a", "b:c"), "a:b:c", ScopeProblem.INVALID_CHARACTER,
        "character ':' at index 1 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'");
    assertRejects(() -> Scope.wildcard("a:b"), "a:b:*", ScopeProblem.INVALID_CHARACTER,
        "character ':' at index 1 is not allowed; scopes use a-z, 0-9, '-', one ':' and a whole-verb '*'");
    assertRejects(() -> Scope.of("a", ""), "a:", ScopeProblem.EMPTY_VERB, "the verb is empty");
    assertRejects(() -> Scope.of("", "b"), ":b", ScopeProblem.EMPTY_FAMILY, "the family is empty");
    // Each part may be up to the limit; the joined scope is then too long as a whole.
    String name = "a".repeat(Scope.MAX_LENGTH);
    assertRejects(() -> Scope.of(name, "b"), name + ":b", ScopeProblem.TOO_LONG, "it is 130 characters long; a scope has at most 128");
    assertRejects(() -> Scope.of(name + "a", "b"), name + "a:b", ScopeProblem.TOO_LONG,
        "the family is 129 characters long; a scope has at most 128");
    assertThat(Scope.of("a", "*").isWildcard()).isTrue();
  }

  @Test
  void builderPartsAreCheckedWithTheRightProblem() {
    assertRejects(() -> ScopeFamily.builder("x", "X").verb("", "d"), "x:", ScopeProblem.EMPTY_VERB, "the verb is empty");
    assertRejects(() -> ScopeFamily.builder("", "X"), "", ScopeProblem.EMPTY_FAMILY, "the family is empty");
    assertThatThrownBy(() -> ScopeFamily.builder("x", "X").verb("*", "d"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid verb \"*\" in family x: declare a wildcard with wildcard(description)");
    assertThatThrownBy(() -> ScopeFamily.builder("x", "X").verb("y", "d").verb("y", "e"))
        .hasMessage("Duplicate scope x:y in family x");
    assertThatThrownBy(() -> ScopeFamily.builder("x", "X").wildcard("a").wildcard("b"))
        .hasMessage("Duplicate wildcard x:* in family x");
    assertThatThrownBy(() -> ScopeFamily.builder("x", "X").build()).hasMessage("Family x has no verbs; a family needs at least one");
    assertThatThrownBy(() -> ScopeFamily.builder("x", " ")).hasMessage("The display name is blank");
    assertThatThrownBy(() -> ScopeFamily.builder("x", "X").note("\t")).hasMessage("The note is blank");
    assertThatThrownBy(() -> ScopeCatalog.of(CATALOG.families().get(0), CATALOG.families().get(0)))
        .hasMessage("Duplicate family namespace in catalog");
  }

  private static void assertRejects(Runnable r, String input, ScopeProblem problem, String reason) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidScopeException.class).satisfies(t -> {
      InvalidScopeException e = (InvalidScopeException) t;
      assertThat(e.input()).isEqualTo(input);
      assertThat(e.problem()).isEqualTo(problem);
      assertThat(e.reason()).isEqualTo(reason);
    });
  }

  // --- Suggestions.

  @Test
  void aSuggestionNeedsTheTextToBeLongEnoughForItsDistance() {
    ScopeCatalog tiny = ScopeCatalog.of(ScopeFamily.builder("a", "A").verb("b", "B").build());
    // "a:c" is one edit from "a:b", but a third of three characters rounds to nothing.
    assertThat(catchInvalid(() -> tiny.parse("a:c")).suggestion()).isEmpty();
    assertThat(catchInvalid(() -> tiny.parse("A:b")).suggestion()).contains(tiny.parse("a:b"));
    ScopeCatalog small = ScopeCatalog.of(ScopeFamily.builder("ab", "A").verb("cd", "B").build());
    assertThat(catchInvalid(() -> small.parse("ab:ce")).suggestion()).contains(small.parse("ab:cd"));
    assertThat(catchInvalid(() -> small.parse("ab:ef")).suggestion()).isEmpty();
  }

  @Test
  void suggestionsStopAtEightCharactersPastTheScopeLimit() {
    String padded = " ".repeat(Scope.MAX_LENGTH + 8 - 13) + "workflow:read";
    assertThat(padded).hasSize(Scope.MAX_LENGTH + 8);
    assertThat(catchInvalid(() -> CATALOG.parse(padded)).suggestion()).contains(CATALOG.parse("workflow:read"));
    assertThat(catchInvalid(() -> CATALOG.parse(" " + padded)).suggestion()).isEmpty();
  }

  @Test
  void unknownVerbsListTheFamilyUpToEightScopes() {
    ScopeCatalog eight = ScopeArbitraries.catalog(List.of(8, 9), List.of(false, false));
    String f8 = eight.families().get(0).name();
    String f9 = eight.families().get(1).name();
    assertThat(catchInvalid(() -> eight.parse(f8 + ":*")).reason()).isEqualTo("the " + f8
        + " family declares no wildcard; grant its scopes one by one: " + joined(eight.families().get(0).scopes()));
    assertThat(catchInvalid(() -> eight.parse(f9 + ":*")).reason()).isEqualTo("the " + f9
        + " family declares no wildcard; grant its scopes one by one: " + joined(eight.families().get(1).scopes().subList(0, 8))
        + ", ... (9 in all)");
  }

  private static String joined(List<Scope> scopes) {
    List<String> texts = new ArrayList<>();
    scopes.forEach(s -> texts.add(s.toString()));
    return String.join(", ", texts);
  }

  static Stream<Arguments> distances() {
    return Stream.of(
        Arguments.of("", "", 0),
        Arguments.of("", "abc", 3),
        Arguments.of("abc", "", 3),
        Arguments.of("a", "a", 0),
        Arguments.of("a", "b", 1),
        Arguments.of("ab", "ba", 1),
        Arguments.of("abc", "acb", 1),
        Arguments.of("ca", "abc", 3),
        Arguments.of("abcd", "badc", 2),
        Arguments.of("aab", "aba", 1),
        Arguments.of("kitten", "sitting", 3),
        Arguments.of("craete", "create", 1),
        Arguments.of("abc", "xyz", 3),
        Arguments.of("aa", "ab", 1),
        Arguments.of("ba", "aa", 1),
        Arguments.of("abab", "baba", 2),
        Arguments.of("read", "raed", 1),
        Arguments.of("abcdef", "badcfe", 3));
  }

  /** Expected values from the textbook optimal-string-alignment recurrence. */
  @ParameterizedTest
  @MethodSource("distances")
  void optimalStringAlignmentDistance(String a, String b, int expected) {
    assertThat(Distance.osa(a, b)).isEqualTo(expected);
    assertThat(Distance.osa(b, a)).isEqualTo(expected);
  }

  // --- The 64-scope switch between the in-place and granted-set paths.

  @Test
  void requirementsOfExactlySixtyFourScopesStayOnTheAllocationFreePath() {
    ScopeCatalog sixtyFour = ScopeArbitraries.catalog(List.of(32, 32), List.of(true, true));
    assertThat(sixtyFour.scopes()).hasSize(64);
    String all = sixtyFour.families().get(0).name() + ":* " + sixtyFour.families().get(1).name() + ":*";
    Requirement everything = sixtyFour.requirement(all.split(" "));
    Requirement last = sixtyFour.requirement(sixtyFour.scopes().get(63).toString());
    assertThat(everything.check(all)).isSameAs(Decision.allow());
    assertThat(last.check(sixtyFour.families().get(1).name() + ":*")).isSameAs(Decision.allow());
    assertThat(everything.check(sixtyFour.families().get(0).name() + ":*").missing())
        .containsExactly(sixtyFour.parse(sixtyFour.families().get(1).name() + ":*"));

    long bytes = allocatedBy(() -> {
      for (int i = 0; i < 2_000; i++) {
        everything.check(all);
      }
    });
    assertThat(bytes).as("bytes allocated by 2,000 allowed checks").isLessThan(2_000);

    ScopeCatalog sixtyFive = ScopeArbitraries.catalog(List.of(32, 33), List.of(true, true));
    String both = sixtyFive.families().get(0).name() + ":* " + sixtyFive.families().get(1).name() + ":*";
    Requirement wide = sixtyFive.requirement(both.split(" "));
    assertThat(wide.check(both)).isSameAs(Decision.allow());
    assertThat(wide.check(List.of(both.split(" ")))).isSameAs(Decision.allow());
    assertThat(wide.check(sixtyFive.families().get(1).name() + ":*").missing())
        .containsExactly(sixtyFive.parse(sixtyFive.families().get(0).name() + ":*"));
  }

  @Test
  void coversReadsEveryWordARequirementTouchesAndOnlyThose() {
    // 192 concrete scopes, no wildcards: scope i has code i, so scope 70 is bit 6 of word 1 (the
    // same bit as scope 6 in word 0) and scope 140 is bit 12 of word 2.
    ScopeCatalog wide = ScopeArbitraries.catalog(List.of(64, 64, 64), List.of(false));
    List<Scope> s = wide.scopes();
    assertThat(s).hasSize(192);

    Requirement inWordOne = wide.requirement(s.get(70).toString());
    assertThat(wide.grant(List.of(s.get(70))).covers(inWordOne)).isTrue();
    assertThat(wide.grant(List.of(s.get(6), s.get(134))).covers(inWordOne)).as("the same bit in other words").isFalse();
    assertThat(wide.grant(List.of(s.get(71))).covers(inWordOne)).isFalse();
    assertThat(wide.grant(List.of(s.get(71))).check(inWordOne).missing()).containsExactly(s.get(70));

    Requirement threeWords = wide.requirement(s.get(5).toString(), s.get(70).toString(), s.get(140).toString());
    Requirement twoWords = wide.requirement(s.get(70).toString(), s.get(140).toString());
    GrantedScopes all = wide.grant(List.of(s.get(5), s.get(70), s.get(140)));
    assertThat(all.covers(threeWords)).isTrue();
    assertThat(all.covers(twoWords)).isTrue();
    assertThat(wide.grant(List.of(s.get(70), s.get(140))).covers(threeWords)).as("word 0 missing").isFalse();
    assertThat(wide.grant(List.of(s.get(5), s.get(140))).covers(threeWords)).as("word 1 missing").isFalse();
    assertThat(wide.grant(List.of(s.get(5), s.get(70))).covers(threeWords)).as("word 2 missing").isFalse();
    assertThat(wide.grant(List.of(s.get(70))).covers(twoWords)).as("word 2 missing").isFalse();
    assertThat(wide.grant(List.of(s.get(140))).covers(twoWords)).as("word 1 missing").isFalse();

    ScopeCatalog other = ScopeArbitraries.catalog(List.of(64, 64, 65), List.of(false));
    assertThatThrownBy(() -> all.covers(other.requirement(other.scopes().get(70).toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was compiled against");
  }

  @Test
  void coversARuleTriesEveryAlternativeInWordZeroAndPastIt() {
    // 192 concrete scopes, no wildcards: scope i has code i, bit i % 64 of word i / 64.
    ScopeCatalog wide = ScopeArbitraries.catalog(List.of(64, 64, 64), List.of(false));
    // Three alternatives in word 0: the one-word path, which must try each mask, not only the first.
    AccessRule wordZero = anyOf(wide, new int[] {1, 2}, new int[] {3}, new int[] {63});
    assertThat(grantCovers(wide, wordZero, 1, 2)).as("first").isTrue();
    assertThat(grantCovers(wide, wordZero, 3)).as("second").isTrue();
    assertThat(grantCovers(wide, wordZero, 63)).as("last bit of word 0").isTrue();
    assertThat(grantCovers(wide, wordZero, 1, 4)).as("half of the first").isFalse();
    assertThat(grantCovers(wide, wordZero, 67, 127)).as("the same bits in word 1").isFalse();
    assertThat(grantCovers(wide, wordZero)).isFalse();

    // One or two alternatives in word 0: their masks are fields, and both are tried.
    AccessRule pair = anyOf(wide, new int[] {1, 2}, new int[] {63});
    assertThat(grantCovers(wide, pair, 1, 2)).as("pair, first").isTrue();
    assertThat(grantCovers(wide, pair, 63)).as("pair, second").isTrue();
    assertThat(grantCovers(wide, pair, 2, 62)).as("pair, neither").isFalse();
    assertThat(grantCovers(wide, pair, 127)).as("pair, the second's bit in word 1").isFalse();
    AccessRule single = anyOf(wide, new int[] {0, 9});
    assertThat(grantCovers(wide, single, 0, 9, 40)).as("single").isTrue();
    assertThat(grantCovers(wide, single, 9)).as("single, half").isFalse();
    assertThat(grantCovers(wide, single)).as("single, nothing granted").isFalse();

    // Each alternative in one word, whichever: that word of the set is read for each.
    AccessRule oneWordEach = anyOf(wide, new int[] {70, 71}, new int[] {140}, new int[] {5});
    assertThat(grantCovers(wide, oneWordEach, 70, 71)).as("first, word 1").isTrue();
    assertThat(grantCovers(wide, oneWordEach, 140)).as("second, word 2").isTrue();
    assertThat(grantCovers(wide, oneWordEach, 5)).as("third, word 0").isTrue();
    assertThat(grantCovers(wide, oneWordEach, 70)).as("half of the first").isFalse();
    assertThat(grantCovers(wide, oneWordEach, 76, 6, 7)).as("the same bits in other words").isFalse();

    // One alternative spans two words: every alternative is checked word by word.
    AccessRule mixed = anyOf(wide, new int[] {70}, new int[] {6, 140});
    assertThat(grantCovers(wide, mixed, 70)).as("first, word 1").isTrue();
    assertThat(grantCovers(wide, mixed, 6, 140)).as("second, words 0 and 2").isTrue();
    assertThat(grantCovers(wide, mixed, 6)).as("the same bit as 70 in word 0").isFalse();
    assertThat(grantCovers(wide, mixed, 6, 134)).isFalse();
    AccessRule spanning = anyOf(wide, new int[] {6, 140});
    assertThat(grantCovers(wide, spanning, 6, 140)).as("one alternative, words 0 and 2").isTrue();
    assertThat(grantCovers(wide, spanning, 140)).as("one alternative, word 2 only").isFalse();

    // An equal catalog built again is the same interned instance, so it takes the fast paths too.
    ScopeCatalog again = ScopeArbitraries.catalog(List.of(64, 64, 64), List.of(false));
    assertThat(again).isSameAs(wide);
    assertThat(grantCovers(again, wordZero, 3)).isTrue();
    assertThat(grantCovers(again, pair, 63)).isTrue();
    assertThat(grantCovers(again, oneWordEach, 140)).isTrue();

    // A different catalog is refused, on every path.
    ScopeCatalog other = ScopeArbitraries.catalog(List.of(64, 64, 65), List.of(false));
    for (AccessRule rule : List.of(single, pair, wordZero, oneWordEach, mixed, spanning)) {
      assertThatThrownBy(() -> grantCovers(other, rule, 3))
          .as(rule.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("was compiled against");
    }
  }

  /** A rule over {@code catalog} whose alternatives require the scopes of these indexes. */
  private static AccessRule anyOf(ScopeCatalog catalog, int[]... alternatives) {
    List<Requirement> requirements = new ArrayList<>();
    for (int[] indexes : alternatives) {
      requirements.add(catalog.requirement(
          Arrays.stream(indexes).mapToObj(i -> catalog.scopes().get(i).toString()).toArray(String[]::new)));
    }
    return AccessRule.anyOf(requirements);
  }

  /** Whether the scopes of these indexes, granted by {@code catalog}, cover {@code rule}. */
  private static boolean grantCovers(ScopeCatalog catalog, AccessRule rule, int... granted) {
    List<Scope> scopes = new ArrayList<>();
    for (int i : granted) {
      scopes.add(catalog.scopes().get(i));
    }
    return catalog.grant(scopes).covers(rule);
  }

  @Test
  void emptyCatalogsOfTheTwoGrammarsAreNotTheSameCatalog() {
    ScopeCatalog familyVerb = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB).build();
    ScopeCatalog tokens = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).build();
    assertThat(familyVerb).isNotEqualTo(tokens).isNotSameAs(tokens);
    assertThat(familyVerb.grammar()).isEqualTo(ScopeGrammar.FAMILY_VERB);
    assertThat(tokens.grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN).build()).isSameAs(tokens);
  }

  private static long allocatedBy(Runnable r) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    r.run(); // warm up and load everything first
    long before = threads.getCurrentThreadAllocatedBytes();
    r.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  // --- Small contracts.

  @Test
  void hashCodesSpreadOverDistinctValues() {
    ScopeCatalog other = ScopeCatalog.of(CATALOG.families().subList(0, 2));
    assertDistinctHashes(Scope.parse("a:b"), Scope.parse("a:c"), Scope.parse("b:b"), Scope.parse("a:*"));
    assertDistinctHashes(CATALOG, other, ScopeCatalog.of(CATALOG.families().subList(2, 4)));
    assertDistinctHashes(CATALOG.families().toArray());
    assertDistinctHashes(CATALOG.requirement("workflow:read"), CATALOG.requirement("file:read"), CATALOG.requirement("workflow:*"));
    assertDistinctHashes(CATALOG.parseClaim("workflow:read"), CATALOG.parseClaim("file:read"), CATALOG.parseClaim("x"));
    assertDistinctHashes(CATALOG.requirement("workflow:read").check(""), CATALOG.requirement("file:read").check(""), Decision.allow());
    assertDistinctHashes(CATALOG.parseClaim("a b c file:*").ignored().toArray());
    assertDistinctHashes(CATALOG.redundancies(CATALOG.parseAll("file:read file:read workflow:read workflow:*")).toArray());
  }

  private static void assertDistinctHashes(Object... values) {
    Set<Integer> hashes = new HashSet<>();
    for (Object v : values) {
      hashes.add(v.hashCode());
    }
    assertThat(hashes).as("hash codes of %s", List.of(values)).hasSize(values.length);
  }

  @Test
  void accessorsReturnWhatWasGiven() {
    GrantedScopes granted = CATALOG.parseClaim("workflow:read");
    assertThat(granted.catalog()).isSameAs(CATALOG);
    assertThat(granted.isEmpty()).isFalse();
    assertThat(CATALOG.parseClaim("x").isEmpty()).isTrue();
    assertThat(CATALOG.parseClaim(List.of("x", "workflow:read")).isEmpty()).isFalse();
    assertThat(ScopeFamily.builder("x", "X").note("a note").verb("y", "d").build().note()).contains("a note");
    assertThat(ScopeFamily.builder("x", "X").verb("y", "d").build().note()).isEmpty();
    Redundancy r = CATALOG.redundancies(CATALOG.parseAll("file:read file:read")).get(0);
    assertThat(r.scope()).isEqualTo(Scope.parse("file:read"));
    assertThat(r.index()).isEqualTo(1);
    assertThat(r.kind()).isEqualTo(Redundancy.Kind.DUPLICATE);
    assertThat(r.coveredBy()).isEqualTo(Scope.parse("file:read"));
    assertThat(r.reason()).isEqualTo("file:read is redundant: it repeats an earlier entry");
    assertThat(CATALOG.requirement("workflow:read").catalog()).isSameAs(CATALOG);
  }

  @Test
  void invalidScopeExceptionsSurviveSerializationWithoutTheirSuggestion() throws IOException, ClassNotFoundException {
    InvalidScopeException e = catchInvalid(() -> CATALOG.parse("workflow:craete"));
    assertThat(e.suggestion()).contains(CATALOG.parse("workflow:create"));
    assertThat(e.reason()).isEqualTo("the workflow family has no verb \"craete\"");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    InvalidScopeException back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (InvalidScopeException) in.readObject();
    }
    assertThat(back.getMessage()).isEqualTo(e.getMessage());
    assertThat(back.input()).isEqualTo("workflow:craete");
    assertThat(back.problem()).isEqualTo(ScopeProblem.UNKNOWN_SCOPE);
    assertThat(back.reason()).isEqualTo(e.reason());
    assertThat(back.suggestion()).isEqualTo(Optional.empty());
  }

  private static InvalidScopeException catchInvalid(Runnable r) {
    try {
      r.run();
    } catch (InvalidScopeException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidScopeException");
  }
}
