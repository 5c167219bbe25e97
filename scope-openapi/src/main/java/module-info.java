/**
 * Reads OpenAPI 3.0/3.1 documents (JSON or YAML) into an immutable table of operations whose
 * {@code x-required-scopes} are compiled against a scope catalog; see {@link
 * dev.scopegate.openapi.OpenApiSpec}.
 *
 * <p>{@code dev.scopegate.openapi} is the API. {@code dev.scopegate.openapi.internal} (the
 * position-keeping JSON/YAML reader) is shared with the {@code scope} command-line tool only.
 */
module dev.scopegate.openapi {
  requires transitive dev.scopegate.core;
  requires transitive dev.scopegate.guard;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static org.jspecify;

  exports dev.scopegate.openapi;
  exports dev.scopegate.openapi.internal to
      dev.scopegate.cli;
}
