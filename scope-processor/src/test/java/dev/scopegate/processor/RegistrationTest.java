package dev.scopegate.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/**
 * How build tools find the processor: the service file javac reads, Gradle's incremental
 * registration, and the module descriptor for a processor module path.
 */
class RegistrationTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = RegistrationTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void javacFindsTheProcessorThroughMetaInfServices() {
    assertThat(ServiceLoader.load(Processor.class).stream().map(ServiceLoader.Provider::type))
        .contains(RequiresScopesProcessor.class);
  }

  @Test
  void gradleRegistrationIsDynamic() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
        .isEqualTo(RequiresScopesProcessor.class.getName() + ",dynamic\n");
  }

  @Test
  void theCategoryGradleReadsFollowsTheManifestOption() {
    assertThat(initialised(List.of()).getSupportedOptions())
        .containsExactlyInAnyOrder("scopegate.catalog", "scopegate.manifest", "org.gradle.annotation.processing.aggregating");
    assertThat(initialised(List.of("-Ascopegate.manifest=false")).getSupportedOptions())
        .containsExactlyInAnyOrder("scopegate.catalog", "scopegate.manifest", "org.gradle.annotation.processing.isolating");
  }

  /** A processor after javac has initialised it with the given options. */
  private static RequiresScopesProcessor initialised(List<String> options) {
    RequiresScopesProcessor processor = new RequiresScopesProcessor();
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(processor).withOptions(options)
        .compile(Compile.source("com.example.Plain", "package com.example;", "public class Plain {}"));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    return processor;
  }

  @Test
  void itProcessesOnlyRequiresScopesOnAnySourceVersion() {
    RequiresScopesProcessor processor = new RequiresScopesProcessor();
    assertThat(processor.getSupportedAnnotationTypes()).containsExactly("dev.scopegate.annotations.RequiresScopes");
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
  }

  @Test
  void theModuleProvidesTheProcessorAndExportsOnlyItsPackage() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("dev.scopegate.processor");
    assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.scopegate.processor");
    assertThat(d.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(Processor.class.getName());
      assertThat(p.providers()).containsExactly(RequiresScopesProcessor.class.getName());
    });
    assertThat(d.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsAll(Set.of("java.compiler", "dev.scopegate.annotations", "dev.scopegate.catalog"));
  }
}
