/**
 * A javac annotation processor for {@code @RequiresScopes}: every scope checked strictly against a
 * catalog at compile time, and a manifest of every annotated method; see {@link
 * dev.scopegate.processor.RequiresScopesProcessor}.
 */
module dev.scopegate.processor {
  requires transitive java.compiler;
  requires dev.scopegate.annotations;
  requires dev.scopegate.catalog;
  requires dev.scopegate.openapi;
  requires static org.jspecify;

  exports dev.scopegate.processor;

  provides javax.annotation.processing.Processor with
      dev.scopegate.processor.RequiresScopesProcessor;
}
