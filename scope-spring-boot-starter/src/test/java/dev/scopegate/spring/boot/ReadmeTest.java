package dev.scopegate.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.testing.ReadmeSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * scope-spring-boot-starter/README.md is true: its property table lists exactly the properties of
 * the generated metadata, with their defaults, and every Java snippet is compiled in a test here.
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Path METADATA = Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json");

  @Test
  void thePropertyTableIsTheMetadata() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    JsonNode metadata = JsonMapper.builder().build().readTree(Files.readString(METADATA, StandardCharsets.UTF_8));
    long rows = readme.lines().filter(l -> l.startsWith("| `scopegate.")).count();

    assertThat(metadata.get("properties").size()).isEqualTo((int) rows);
    for (JsonNode property : metadata.get("properties")) {
      String name = property.get("name").stringValue();
      JsonNode value = property.get("defaultValue");
      String shown = value == null ? "(none)" : "`" + value.asString() + "`";
      assertThat(readme).as(name).contains("| `" + name + "` | " + shown + " |");
    }
  }

  @Test
  void everyJavaSnippetIsCompiledInATest() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);

    assertThat(ReadmeSnippets.javaBlocks(readme)).hasSize(1);
    assertThat(ReadmeSnippets.notInTests(readme, Path.of("src", "test", "java"))).isEmpty();
  }
}
