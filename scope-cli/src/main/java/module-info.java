/**
 * The {@code scope} command-line tool; an application, not a library: it exports nothing.
 * Picocli reads the command classes reflectively, so the package is opened to it.
 */
module dev.scopegate.cli {
  requires dev.scopegate.catalog;
  requires dev.scopegate.openapi;
  requires info.picocli;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.jspecify;

  opens dev.scopegate.cli to
      info.picocli;
}
