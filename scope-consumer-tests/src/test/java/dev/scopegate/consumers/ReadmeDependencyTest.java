package dev.scopegate.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The root README's dependency section names what the build publishes. The Maven snippets and the
 * quick start are built and run by the consumer projects (src/it); Gradle is not available to the
 * build, so its snippet is checked here to name the same coordinates as the Maven one.
 */
class ReadmeDependencyTest {
  private static String snippet(List<String> readme, String name) {
    int at = readme.indexOf("<!-- snippet: " + name + " -->");
    assertThat(at).as("snippet " + name).isNotNegative();
    assertThat(readme.get(at + 1)).startsWith("```");
    StringBuilder body = new StringBuilder();
    for (int i = at + 2; !readme.get(i).equals("```"); i++) {
      body.append(readme.get(i)).append('\n');
    }
    return body.toString();
  }

  private static String one(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as(pattern + " in\n" + text).isTrue();
    return m.group(1);
  }

  @Test
  void theMavenAndGradleSnippetsNameThePublishedCatalogAtTheBuildsVersion() throws IOException {
    List<String> readme = Files.readAllLines(Poms.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String version = Poms.text(Poms.read(Poms.ROOT.resolve("pom.xml")), "version").orElseThrow();

    String maven = snippet(readme, "maven-dependency");
    String coordinates =
        one(Pattern.compile("<groupId>([^<]+)</groupId>"), maven)
            + ":" + one(Pattern.compile("<artifactId>([^<]+)</artifactId>"), maven)
            + ":" + one(Pattern.compile("<version>([^<]+)</version>"), maven);
    assertThat(coordinates).isEqualTo("dev.scopegate:scope-catalog:" + version);
    assertThat(Files.exists(Poms.ROOT.resolve("scope-catalog/pom.xml"))).isTrue();

    String gradle = snippet(readme, "gradle-dependency");
    assertThat(one(Pattern.compile("implementation\\(\"([^\"]+)\"\\)"), gradle)).isEqualTo(coordinates);
    assertThat(gradle).contains("mavenLocal()");

    String bom = snippet(readme, "maven-bom");
    assertThat(bom).contains("<artifactId>scope-bom</artifactId>\n      <version>" + version + "</version>");
    String prose = String.join("\n", readme);
    assertThat(prose)
        .contains("implementation(platform(\"dev.scopegate:scope-bom:" + version + "\"))")
        .contains("implementation(\"dev.scopegate:scope-catalog\")");
  }

  @Test
  void theInstallStepIsTheWrapper() throws IOException {
    String readme = Files.readString(Poms.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("```sh\n./mvnw -B install -DskipTests\n```");
    assertThat(Path.of("../mvnw")).isExecutable();
  }

  @Test
  void theServletQuickStartsDependenciesArePublishedModulesAtTheBuildsVersion() throws IOException {
    List<String> readme = Files.readAllLines(Poms.ROOT.resolve("scope-servlet/README.md"), StandardCharsets.UTF_8);
    String version = Poms.text(Poms.read(Poms.ROOT.resolve("pom.xml")), "version").orElseThrow();
    String dependencies = snippet(readme, "servlet-dependencies");
    Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(dependencies);
    List<String> artifacts = new java.util.ArrayList<>();
    while (m.find()) {
      artifacts.add(m.group(1));
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(version);
      assertThat(Poms.ROOT.resolve(m.group(1)).resolve("pom.xml")).exists();
    }
    assertThat(artifacts).containsExactly("scope-servlet", "scope-openapi", "scope-catalog", "scope-jwt");
  }
}
