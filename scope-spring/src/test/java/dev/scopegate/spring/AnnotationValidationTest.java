package dev.scopegate.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.AccessRule;
import dev.scopegate.annotations.RequiresScopes;
import dev.scopegate.catalog.SignstackScopes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every scope declared in code is checked against the catalog when the application starts: a typo
 * fails the start with the engine's message and suggestion, naming the method; a correct
 * declaration starts.
 */
class AnnotationValidationTest {
  private static final RequiresScopesAuthorizationManager METHODS =
      RequiresScopesAuthorizationManager.of(SignstackScopes.CATALOG, AuthenticationClaims.scopeThenScp());

  static class Typos {
    @RequiresScopes("workflow:craete")
    public void create() {}

    @RequiresScopes(value = "workflow:read", or = @RequiresScopes.Alternative({"file:read", "fle:upload"}))
    public void read(String id) {}

    @PreAuthorize("@scopes.all('workflow:update', 'workflow:excute')")
    public void advance() {}

    @PreAuthorize("hasAuthority('SCOPE_workflow:craete') or hasAuthority('ROLE_ADMIN')")
    public void legacy() {}

    @PreAuthorize("hasRole('ADMIN')")
    public void notAboutScopes() {}
  }

  @RequiresScopes("resource:read")
  static class Correct {
    public void list() {}

    @RequiresScopes(value = "workflow:update", or = @RequiresScopes.Alternative("workflow:*"))
    public void update() {}

    @PreAuthorize("@scopes.any('workflow:read', 'workflow:*') and #x != null")
    public void read(String x) {}

    @PreAuthorize("this expression does not parse (")
    public void broken() {}

    void packagePrivate() {}
  }

  @Test
  void everyTypoIsNamedWithTheEnginesMessage() {
    ScopeAnnotationValidator validator = ScopeAnnotationValidator.of(new org.springframework.beans.factory.support.DefaultListableBeanFactory(), METHODS);

    List<String> problems = validator.problems(Typos.class);

    String typos = Typos.class.getName();
    assertThat(problems).containsExactlyInAnyOrder(
        "@RequiresScopes on " + typos + ".create(): Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\""
            + " (did you mean \"workflow:create\"?)",
        "@RequiresScopes on " + typos + ".read(String): Invalid scope \"fle:upload\": the catalog has no family \"fle\" (did you mean"
            + " \"file:upload\"?)",
        "@PreAuthorize(\"@scopes.all('workflow:update', 'workflow:excute')\") on " + typos + ".advance(): Invalid scope"
            + " \"workflow:excute\": the workflow family has no verb \"excute\" (did you mean \"workflow:execute\"?)",
        "@PreAuthorize(\"hasAuthority('SCOPE_workflow:craete') or hasAuthority('ROLE_ADMIN')\") on " + typos + ".legacy():"
            + " Invalid scope \"workflow:craete\": the workflow family has no verb \"craete\" (did you mean \"workflow:create\"?)");
  }

  @Test
  void correctDeclarationsPass() {
    ScopeAnnotationValidator validator = ScopeAnnotationValidator.of(new org.springframework.beans.factory.support.DefaultListableBeanFactory(), METHODS);

    assertThat(validator.problems(Correct.class)).isEmpty();
  }

  @Test
  void theTypesAnnotationAppliesToItsPublicMethodsAndAMethodsOwnReplacesIt() throws Exception {
    assertThat(METHODS.rule(Correct.class.getMethod("list"), Correct.class))
        .contains(AccessRule.of(SignstackScopes.CATALOG.requirement("resource:read")));
    assertThat(METHODS.rule(Correct.class.getMethod("update"), Correct.class)).contains(AccessRule.anyOf(
        SignstackScopes.CATALOG.requirement("workflow:update"), SignstackScopes.CATALOG.requirement("workflow:*")));
    assertThat(METHODS.rule(Correct.class.getDeclaredMethod("packagePrivate"), Correct.class)).isEmpty();
    assertThat(METHODS.rule(Object.class.getMethod("toString"), Correct.class)).isEmpty();
  }

  interface Api {
    @RequiresScopes("workflow:create")
    void create();
  }

  static class Implementation implements Api {
    @Override
    public void create() {}
  }

  @Test
  void anInterfaceMethodsAnnotationAppliesToItsImplementation() throws Exception {
    assertThat(METHODS.rule(Implementation.class.getMethod("create"), Implementation.class))
        .contains(AccessRule.of(SignstackScopes.CATALOG.requirement("workflow:create")));
    assertThat(METHODS.rule(Api.class.getMethod("create"), Implementation.class))
        .contains(AccessRule.of(SignstackScopes.CATALOG.requirement("workflow:create")));
  }

  @Configuration
  static class TypoApplication {
    @Bean
    Typos typos() {
      return new Typos();
    }

    @Bean
    Correct correct() {
      return new Correct();
    }

    @Bean
    static ScopeAnnotationValidator validator(ListableBeanFactory beans) {
      return ScopeAnnotationValidator.of(beans, METHODS);
    }
  }

  @Test
  void aTypoFailsTheStart() {
    new ApplicationContextRunner().withUserConfiguration(TypoApplication.class).run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      assertThat(failure).isInstanceOf(ScopeDeclarationException.class);
      assertThat(((ScopeDeclarationException) failure).problems()).hasSize(4);
      assertThat(failure.getMessage()).contains("(did you mean \"workflow:create\"?)");
    });
  }

  @Test
  void aCallOfAMethodWithATypoIsRefusedToo() {
    assertThatThrownBy(() -> METHODS.rule(Typos.class.getMethod("create"), Typos.class))
        .isInstanceOf(ScopeDeclarationException.class)
        .hasMessage("@RequiresScopes on " + Typos.class.getName() + ".create(): Invalid scope \"workflow:craete\": the workflow"
            + " family has no verb \"craete\" (did you mean \"workflow:create\"?)");
  }
}
