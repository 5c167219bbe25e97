package dev.scopegate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scopegate.annotations.RequiresScopes;
import dev.scopegate.spring.ScopeDeclarationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/**
 * Each kind of bad configuration fails a real start (a servlet application on 127.0.0.1) with one
 * message that names the setting and says what is wrong, and Spring Boot's failure report says
 * what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {
  private static final String SERVICE = "scopegate.openapi.location=classpath:openapi/service.yaml";

  private static Throwable start(List<Class<?>> sources, String... properties) {
    List<String> all = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off"));
    all.addAll(List.of(properties));
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .web(WebApplicationType.SERVLET).properties(all.toArray(String[]::new)).run().close());
    assertThat(failure).as("the start fails").isNotNull();
    return failure;
  }

  private static Throwable start(String... properties) {
    return start(List.of(StarterApplication.class), properties);
  }

  /** The setting at fault and the message, from a failed start. */
  private static ScopegateConfigurationException setting(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ScopegateConfigurationException e) {
        return e;
      }
    }
    throw new AssertionError("not a Scopegate setting: " + NestedExceptionUtils.getMostSpecificCause(failure), failure);
  }

  @Test
  void anUnknownCatalog(CapturedOutput output) {
    ScopegateConfigurationException e = setting(start(SERVICE, StarterApplication.TRUST_TOKENS, "scopegate.catalog=signstak"));

    assertThat(e.property()).isEqualTo("scopegate.catalog");
    assertThat(e.getMessage()).isEqualTo("scopegate.catalog: unknown catalog \"signstak\"; the catalogs are: signstack");
    assertThat(output).contains("Description:\n\nscopegate.catalog: unknown catalog \"signstak\"; the catalogs are: signstack")
        .contains("Action:\n\nSet scopegate.catalog to one of them, or define a ScopeCatalog bean of your own.");
  }

  @Test
  void aScopeTheCatalogRejectsInTheOpenApiDocument() {
    ScopegateConfigurationException e =
        setting(start("scopegate.openapi.location=classpath:openapi/typo.yaml", StarterApplication.TRUST_TOKENS));

    assertThat(e.getMessage()).isEqualTo("scopegate.openapi.location: classpath:openapi/typo.yaml has 1 error:\n"
        + "    classpath:openapi/typo.yaml:7:27: Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\""
        + " (did you mean \"workflow:create\"?)");
  }

  @Test
  void aDocumentThatIsNotOnTheClassPath() {
    assertThat(setting(start("scopegate.openapi.location=classpath:openapi/missing.yaml", StarterApplication.TRUST_TOKENS))
        .getMessage()).isEqualTo("scopegate.openapi.location: cannot read classpath:openapi/missing.yaml: no such resource");
  }

  @Test
  void aFileThatDoesNotExistOrIsADirectory(@TempDir Path dir) {
    String missing = dir.resolve("missing.yaml").toUri().toString();
    assertThat(setting(start("scopegate.openapi.location=" + missing, StarterApplication.TRUST_TOKENS)).getMessage())
        .isEqualTo("scopegate.openapi.location: cannot read " + missing + ": no such file");
    String directory = dir.toUri().toString();
    assertThat(setting(start("scopegate.openapi.location=" + directory, StarterApplication.TRUST_TOKENS)).getMessage())
        .startsWith("scopegate.openapi.location: cannot read " + directory + ": ");
  }

  @Test
  void aFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'o', 'p', 'e', 'n', 'a', 'p', 'i', ':', ' ', (byte) 0xE9});
    assertThat(setting(start("scopegate.openapi.location=" + file.toUri(), StarterApplication.TRUST_TOKENS)).getMessage())
        .startsWith("scopegate.openapi.location: ").contains("UTF-8");
  }

  @Test
  void routesWithoutADocument() {
    assertThat(setting(start(StarterApplication.TRUST_TOKENS)).getMessage())
        .isEqualTo("scopegate.openapi.location: not set, and scopegate.enforce=both enforces the routes of an OpenAPI document");
  }

  @Test
  void noTokenVerification() {
    ScopegateConfigurationException e = setting(start(SERVICE));

    assertThat(e.getMessage()).isEqualTo("spring.security.oauth2.resourceserver: no token verification is configured, and"
        + " Scopegate checks the scopes of verified bearer tokens");
    assertThat(e.action()).contains("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
  }

  @Test
  void aBlankClaimName() {
    assertThat(setting(start(SERVICE, StarterApplication.TRUST_TOKENS, "scopegate.claim-name=  ")).getMessage())
        .isEqualTo("scopegate.claim-name: the claim's name is blank");
  }

  @Test
  void anErrorBodyThatIsNotOneOfTheTwo() {
    Throwable failure = start(SERVICE, StarterApplication.TRUST_TOKENS, "scopegate.error-body=html");

    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException bind) {
        assertThat(bind.getProperty().getName()).hasToString("scopegate.error-body");
        return;
      }
    }
    throw new AssertionError("no binding failure", failure);
  }

  @Configuration(proxyBeanMethods = false)
  static class TypoInCode {
    static class Reports {
      @RequiresScopes("workflow:craete")
      public String create() {
        return "created";
      }
    }

    @Bean
    Reports reports() {
      return new Reports();
    }
  }

  @Test
  void aScopeTheCatalogRejectsInAnAnnotation(CapturedOutput output) {
    Throwable failure = start(List.of(StarterApplication.class, TypoInCode.class), SERVICE, StarterApplication.TRUST_TOKENS);

    assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(ScopeDeclarationException.class)
        .hasMessage("@RequiresScopes on " + TypoInCode.Reports.class.getName() + ".create(): Invalid scope \"workflow:craete\":"
            + " the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)");
    assertThat(output).contains("A scope declared in code is not in the Scopegate catalog:");
  }
}
