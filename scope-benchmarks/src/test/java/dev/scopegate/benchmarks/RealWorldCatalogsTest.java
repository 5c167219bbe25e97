package dev.scopegate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealWorldCatalogsTest {
  @Test
  void oktaHasItsOneHundredAndNineDottedScopes() {
    ScopeCatalog okta = RealWorldCatalogs.okta();
    assertThat(okta.grammar()).isEqualTo(ScopeGrammar.SCOPE_TOKEN);
    assertThat(okta.scopes()).hasSize(109);
    assertThat(okta.scopes()).allSatisfy(s -> assertThat(s.toString()).matches("(okta|ssf)\\.[A-Za-z.]+"));
    assertThat(okta.implications()).isEmpty();
    assertThat(okta.description(okta.parse("okta.users.read"))).contains("Allows the app to read the existing users' profiles and credentials");
  }

  @Test
  void xeroImpliesEachReadTwin() {
    ScopeCatalog xero = RealWorldCatalogs.xero();
    assertThat(xero.scopes()).hasSize(16);
    assertThat(xero.implications()).containsOnlyKeys(
        xero.parse("accounting.attachments"), xero.parse("accounting.contacts"), xero.parse("accounting.settings"),
        xero.parse("accounting.transactions"));
    assertThat(xero.expand(xero.parse("accounting.transactions"))).extracting(Scope::toString)
        .containsExactly("accounting.transactions", "accounting.transactions.read");
    assertThat(RuleScenario.grantedBy(xero, "accounting.transactions.read"))
        .containsExactly("accounting.transactions.read", "accounting.transactions");
  }

  @Test
  void scopesAreReadFromTheFirstScopesBlockUnderSecuritySchemes() {
    List<String> yaml = List.of(
        "paths:",
        "  /x:",
        "    get:",
        "      scopes:",
        "        not: this one",
        "components:",
        "  securitySchemes:",
        "    apiKey:",
        "      type: apiKey",
        "    oauth2:",
        "      flows:",
        "        authorizationCode:",
        "          scopes:",
        "            read: Read things",
        "            write:",
        "          tokenUrl: /token");
    assertThat(RealWorldCatalogs.scopesOf(yaml, "spec.yaml")).isEqualTo(Map.of("read", "Read things", "write", "write"));
    assertThatThrownBy(() -> RealWorldCatalogs.scopesOf(List.of("openapi: 3.0.0"), "empty.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("empty.yaml declares no OAuth 2 scopes under securitySchemes");
  }
}
