package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeGrammar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of the README's engine reference (from "Scope grammar" to "How the check is
 * fast"), compiled and run here: each snippet stands below verbatim, followed by assertions that
 * its comments are true, and {@link #everyReferenceSnippetIsInThisFile} fails when a README snippet
 * is not in this file line for line.
 */
class ReadmeReferenceTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SELF = Path.of("src", "test", "java", "dev", "scopegate", "catalog", "ReadmeReferenceTest.java");

  @Test
  void catalogsAndImplications() {
    ScopeCatalog mine = ScopeCatalog.of(
        ScopeFamily.builder("report", "Report")
            .verb("read", "Read reports")
            .verb("export", "Export reports")
            .wildcard("All report verbs")
            .build());
    assertThat(mine.expand(mine.parse("report:*"))).hasToString("[report:read, report:export]");

    ScopeCatalog xero = xero();
    assertThat(xero.expand(xero.parse("accounting.transactions"))).hasToString("[accounting.transactions, accounting.transactions.read]");
    assertThat(xero.requirement("accounting.transactions.read").check("accounting.transactions").allowed()).isTrue();
    assertThat(xero.requirement("accounting.transactions").check("accounting.transactions.read").allowed()).isFalse();
  }

  private static ScopeCatalog xero() {
    ScopeCatalog xero = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
        .scope("openid", "Grant read-only access to your open id")
        .scope("accounting.transactions", "Grant read-write access to bank transactions, credit notes, invoices")
        .scope("accounting.transactions.read", "Grant read-only access to invoices")
        .implies("accounting.transactions", "accounting.transactions.read")
        .build();

    xero.expand(xero.parse("accounting.transactions"));   // [accounting.transactions, accounting.transactions.read]
    xero.requirement("accounting.transactions.read").check("accounting.transactions").allowed();   // true
    xero.requirement("accounting.transactions").check("accounting.transactions.read").allowed();   // false
    return xero;
  }

  @Test
  void checkingRequirementsAndRules() {
    ScopeCatalog xero = xero();
    Requirement r = SignstackScopes.CATALOG.requirement("workflow:update", "file:read");
    Decision d = r.check("workflow:read file:read");
    d.missing();   // [workflow:update]
    d.message();   // Optional[Token lacks required scope: workflow:update]
    d.required();  // [workflow:update, file:read]

    AccessRule listInvoices = AccessRule.anyOf(
        xero.requirement("accounting.transactions"),
        xero.requirement("accounting.transactions.read"));
    listInvoices.check("openid accounting.transactions.read").allowed();   // true: the second alternative
    listInvoices.check("openid").message();    // Optional[Token lacks required scope: accounting.transactions]
    listInvoices.check("openid").required();   // [accounting.transactions]

    assertThat(d.missing()).hasToString("[workflow:update]");
    assertThat(d.message()).hasToString("Optional[Token lacks required scope: workflow:update]");
    assertThat(d.required()).hasToString("[workflow:update, file:read]");
    assertThat(listInvoices.check("openid accounting.transactions.read").allowed()).isTrue();
    assertThat(listInvoices.check("openid").message()).hasToString("Optional[Token lacks required scope: accounting.transactions]");
    assertThat(listInvoices.check("openid").required()).hasToString("[accounting.transactions]");

    for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of(), Map.of("scope", 42), Map.of("scope", "file:read"))) {
      Decision fromJwt = r.checkClaim(claims.get("scope"));   // claims: the verified token's claims map
      assertThat(fromJwt.message()).contains("Token lacks required scope: workflow:update");
    }
  }

  @Test
  void redundancy() {
    ScopeCatalog catalog = SignstackScopes.CATALOG;
    catalog.minimize(catalog.parseAll("workflow:read file:read workflow:* file:read"));   // [file:read, workflow:*]
    assertThat(catalog.minimize(catalog.parseAll("workflow:read file:read workflow:* file:read")))
        .containsExactly(SignstackScopes.FILE_READ, SignstackScopes.WORKFLOW_ALL);
  }

  @Test
  void everyReferenceSnippetIsInThisFile() throws IOException {
    List<String> readme = Files.readAllLines(README, StandardCharsets.UTF_8);
    int from = readme.indexOf("### Scope grammar");
    int to = readme.indexOf("### Benchmarks");
    assertThat(from).isPositive();
    assertThat(to).isGreaterThan(from);
    List<String> self = trimmed(Files.readAllLines(SELF, StandardCharsets.UTF_8));
    List<List<String>> snippets = new ArrayList<>();
    List<String> current = null;
    for (String line : readme.subList(from, to)) {
      if (line.equals("```java")) {
        current = new ArrayList<>();
      } else if (line.equals("```") && current != null) {
        snippets.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> snippet : snippets) {
      List<String> lines = trimmed(snippet);
      assertThat(java.util.Collections.indexOfSubList(self, lines)).as("README snippet %s", snippet).isNotNegative();
    }
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }
}
