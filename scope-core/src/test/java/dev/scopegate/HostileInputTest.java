package dev.scopegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.testing.HostileInputChecks;
import dev.scopegate.testing.HostileInputs;
import dev.scopegate.testing.HostileInputs.Input;
import dev.scopegate.testing.TestCatalogs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of the shared hostile corpus through every public entry point of the engine. */
class HostileInputTest {
  private static final HostileInputChecks CHECKS = new HostileInputChecks(TestCatalogs.signstackLike());
  /** The same corpus against an opaque (RFC 6749 scope-token) catalog with implications. */
  private static final HostileInputChecks TOKEN_CHECKS = new HostileInputChecks(TestCatalogs.xeroLike());

  static Stream<Input> inputs() {
    return HostileInputs.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void everyEntryPointRejectsClearlyOrGrantsOnlyWhatTheOracleGrants(Input input) {
    HostileInputChecks.checkSyntaxEntryPoints(input.text(), input.toString());
    CHECKS.checkCatalogEntryPoints(input.text(), input.toString());
    TOKEN_CHECKS.checkCatalogEntryPoints(input.text(), input.toString());
  }

  @Test
  void theCorpusCoversWhatTheIssueAsksFor() {
    List<Input> all = HostileInputs.all();
    assertThat(all).hasSizeGreaterThan(250);
    assertThat(all).filteredOn(i -> i.text().length() >= 1 << 20).as("1 MB inputs").hasSizeGreaterThanOrEqualTo(10);
    for (char c = 0; c < 0x20; c++) {
      char control = c;
      assertThat(all).as("control character U+%04X", (int) c).anyMatch(i -> i.text().equals("workflow:read" + control));
    }
    assertThat(all).anyMatch(i -> i.text().equals("\u007f"));
    assertThat(all).anyMatch(i -> i.text().contains("\u0131")).anyMatch(i -> i.text().contains("\u212a"))
        .anyMatch(i -> i.text().contains("\uff57")).anyMatch(i -> i.text().contains("\ufeff"))
        .anyMatch(i -> i.text().contains("\u0000")).anyMatch(i -> i.text().contains("\"scope\":\"workflow:read\",\"scope\""))
        .anyMatch(i -> i.text().contains("99999999999999999999"));
    // Both outcomes of the strict parser occur, so "accept when valid" is exercised too.
    assertThat(all).filteredOn(i -> HostileInputChecks.isGrammatical(i.text())).hasSizeGreaterThanOrEqualTo(10);
    assertThat(all).filteredOn(i -> TestCatalogs.signstackLike().knownScopes().toString().contains(i.text()) && i.text().contains(":"))
        .isNotEmpty();
  }

  @Test
  void theCorpusFormatIsJavaStyleLiteralsWithRepeat() {
    assertThat(HostileInputs.evaluate("\"a\\tb\\u0041\\0\\\\\\\"\"")).isEqualTo("a\tbA\0\\\"");
    assertThat(HostileInputs.evaluate("\"x\" + repeat(\"ab\", 3) + \"\"")).isEqualTo("xababab");
    assertThat(HostileInputs.evaluate("repeat(\"\\uD83D\\uDE00\", 2)")).isEqualTo("\uD83D\uDE00\uD83D\uDE00");
    assertThat(HostileInputs.parse("# comment\n\n\"\"\n\"  \"\n")).extracting(Input::text).containsExactly("", "  ");
    assertThatThrownBy(() -> HostileInputs.parse("\"ok\"\n\"\\q\""))
        .hasMessage("hostile-inputs.txt line 2: unknown escape \\q at column 2");
    assertThatThrownBy(() -> HostileInputs.evaluate("\"unterminated")).hasMessage("unterminated literal");
    assertThatThrownBy(() -> HostileInputs.evaluate("\"a\" \"b\"")).hasMessage("expected '+' at column 5");
    assertThatThrownBy(() -> HostileInputs.evaluate("repeat(\"a\", 99999999)")).hasMessage("repeat count 99999999 is too large");
    assertThatThrownBy(() -> HostileInputs.evaluate("\"\\u12\"")).hasMessageStartingWith("\\u needs four hex digits");
  }
}
