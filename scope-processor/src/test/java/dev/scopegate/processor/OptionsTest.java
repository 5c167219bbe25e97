package dev.scopegate.processor;

import static dev.scopegate.processor.Compile.compile;
import static dev.scopegate.processor.Compile.diagnostics;
import static dev.scopegate.processor.Compile.manifest;
import static dev.scopegate.processor.Compile.source;
import static dev.scopegate.processor.Compile.manifestOnDisk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor options: {@code scopegate.catalog} and {@code scopegate.manifest}. */
class OptionsTest {
  private static final JavaFileObject TYPO = source("com.example.Api",
      "package com.example;",
      "import dev.scopegate.annotations.RequiresScopes;",
      "public class Api {",
      "  @RequiresScopes(\"workflow:craete\")",
      "  public void m() {}",
      "}");
  private static final JavaFileObject GOOD = source("com.example.Api",
      "package com.example;",
      "import dev.scopegate.annotations.RequiresScopes;",
      "public class Api {",
      "  @RequiresScopes(\"workflow:create\")",
      "  public void m() {}",
      "}");

  @Test
  void theSignstackCatalogIsTheDefaultAndCanBeNamed() {
    List<String> byDefault = diagnostics(compile(TYPO));
    assertThat(byDefault).hasSize(1).allMatch(d -> d.startsWith("ERROR 4:19 Invalid scope \"workflow:craete\""));
    assertThat(diagnostics(compile(List.of("-Ascopegate.catalog=signstack"), TYPO))).isEqualTo(byDefault);
    assertThat(diagnostics(compile(List.of("-Ascopegate.catalog=signstack"), GOOD))).isEmpty();
  }

  @Test
  void aNameThatIsNeitherSignstackNorAFileIsOneErrorNamingTheOptionAndNothingIsChecked(@TempDir Path classes) throws IOException {
    Compilation compilation = compile(List.of("-Ascopegate.catalog=petstore"), TYPO);
    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(diagnostics(compilation)).containsExactly(
        "ERROR - Invalid -Ascopegate.catalog=petstore: petstore: no such file or directory");
    assertThat(manifestOnDisk(classes, List.of("-Ascopegate.catalog=petstore"), GOOD)).isEmpty();
  }

  @Test
  void theManifestCanBeTurnedOffAndTheChecksStillRun() {
    Compilation off = compile(List.of("-Ascopegate.manifest=false"), GOOD);
    assertThat(off.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(manifest(off)).isEmpty();
    assertThat(manifest(compile(List.of("-Ascopegate.manifest=true"), GOOD))).isPresent();
    assertThat(diagnostics(compile(List.of("-Ascopegate.manifest=false"), TYPO))).hasSize(1);
  }

  @Test
  void aManifestOptionThatIsNeitherTrueNorFalseIsAnError() {
    assertThat(diagnostics(compile(List.of("-Ascopegate.manifest=yes"), GOOD)))
        .containsExactly("ERROR - Invalid -Ascopegate.manifest=yes: expected true or false");
  }

  @Test
  void theProcessorsOptionsAreRecognisedSoJavacDoesNotWarnAboutThem() {
    Compilation compilation = compile(List.of("-Ascopegate.catalog=signstack", "-Ascopegate.manifest=true"), GOOD);
    assertThat(diagnostics(compilation)).isEmpty();
  }
}
