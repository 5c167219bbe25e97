package dev.scopegate.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** scope-bom manages every published module, nothing else, at the build's own version. */
class BomTest {
  @Test
  void theBomListsExactlyThePublishedModulesAtTheBuildsVersion() throws IOException {
    Element parent = Poms.read(Poms.ROOT.resolve("pom.xml"));
    String version = Poms.text(parent, "version").orElseThrow();
    List<String> published = new ArrayList<>();
    for (Element module : Poms.children(Poms.child(parent, "modules").orElseThrow(), "module")) {
      Element pom = Poms.read(Poms.ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      boolean jar = Poms.text(pom, "packaging").orElse("jar").equals("jar");
      boolean skipped = Poms.text(pom, "properties", "maven.install.skip").orElse("false").equals("true");
      if (jar && !skipped) {
        published.add(Poms.text(pom, "artifactId").orElseThrow());
      }
    }
    assertThat(published).contains("scope-core", "scope-catalog", "scope-guard", "scope-servlet");

    Element bom = Poms.read(Poms.ROOT.resolve("scope-bom/pom.xml"));
    assertThat(Poms.text(bom, "parent")).as("the BOM has no parent, so importers get only its own entries").isEmpty();
    assertThat(Poms.text(bom, "groupId")).contains("dev.scopegate");
    assertThat(Poms.text(bom, "version")).as("the BOM's version is the build's").contains(version);
    List<String> managed = new ArrayList<>();
    for (Element d : Poms.children(Poms.child(bom, "dependencyManagement", "dependencies").orElseThrow(), "dependency")) {
      assertThat(Poms.text(d, "groupId")).contains("dev.scopegate");
      assertThat(Poms.text(d, "version")).contains("${project.version}");
      managed.add(Poms.text(d, "artifactId").orElseThrow());
    }
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }
}
