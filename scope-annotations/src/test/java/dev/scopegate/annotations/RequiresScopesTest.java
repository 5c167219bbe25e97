package dev.scopegate.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The annotation's shape is the cross-module contract: run-time readers and the processor rely on it. */
class RequiresScopesTest {

  @RequiresScopes("workflow:read")
  static class Controller {
    @RequiresScopes("workflow:create")
    public void create() {}

    @RequiresScopes(
        value = {"workflow:update", "file:read"},
        or = {@RequiresScopes.Alternative("workflow:*"), @RequiresScopes.Alternative({"file:*", "workflow:update"})},
        operationId = "attachFile")
    public void attach() {}

    public void list() {}
  }

  @Test
  void aMethodsAnnotationIsReadAtRunTimeWithItsDefaults() throws Exception {
    RequiresScopes create = Controller.class.getMethod("create").getAnnotation(RequiresScopes.class);
    assertThat(create.value()).containsExactly("workflow:create");
    assertThat(create.or()).isEmpty();
    assertThat(create.operationId()).isEmpty();
  }

  @Test
  void alternativesKeepTheirDeclaredOrder() throws Exception {
    RequiresScopes attach = Controller.class.getMethod("attach").getAnnotation(RequiresScopes.class);
    assertThat(attach.value()).containsExactly("workflow:update", "file:read");
    assertThat(Arrays.stream(attach.or()).map(RequiresScopes.Alternative::value))
        .containsExactly(new String[] {"workflow:*"}, new String[] {"file:*", "workflow:update"});
    assertThat(attach.operationId()).isEqualTo("attachFile");
  }

  @Test
  void aTypeCarriesItToo() throws Exception {
    assertThat(Controller.class.getAnnotation(RequiresScopes.class).value()).containsExactly("workflow:read");
    assertThat(Controller.class.getMethod("list").getAnnotation(RequiresScopes.class)).isNull();
  }

  @Test
  void retentionTargetsAndDocumentationAreTheContractsOnes() {
    assertThat(RequiresScopes.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
    assertThat(RequiresScopes.class.getAnnotation(Target.class).value())
        .containsExactly(ElementType.METHOD, ElementType.TYPE);
    assertThat(RequiresScopes.class.isAnnotationPresent(Documented.class)).isTrue();
    // An alternative only exists inside @RequiresScopes(or = ...): it targets nothing on its own.
    assertThat(RequiresScopes.Alternative.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
    assertThat(RequiresScopes.Alternative.class.getAnnotation(Target.class).value()).isEmpty();
  }

  @Test
  void theModuleExportsOnlyItsPackageAndRequiresNothing() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("dev.scopegate.annotations");
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.scopegate.annotations");
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name).containsExactly("java.base");
  }
}
