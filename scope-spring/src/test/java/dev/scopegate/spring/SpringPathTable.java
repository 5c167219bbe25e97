package dev.scopegate.spring;

import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;

/**
 * The path-handling table of scope-spring/README.md, written from the shared corpus and what
 * {@link SpringBehaviour} records, which {@code PathTricksServerTest} and {@code OptionsServerTest}
 * check on real servers: the README shows exactly what the tests show.
 */
final class SpringPathTable {
  static final String BEGIN = "<!-- path-tricks: generated from the corpus by SpringPathTable; ReadmeTest checks it -->";
  static final String END = "<!-- path-tricks: end -->";

  private static final String PATH_PREFIX = "Invalid request path: ";

  private SpringPathTable() {}

  static String render() {
    StringBuilder sb = new StringBuilder(BEGIN).append('\n')
        .append("| request (as sent) | Tomcat 11.0.22 and Spring Security's firewall, by default | the guard's answer | permissive Tomcat and firewall |\n")
        .append("|---|---|---|---|\n");
    for (Row row : PathTricks.rows()) {
      sb.append("| `").append(row.method()).append(' ').append(row.target("api.example.com").replace("|", "\\|")).append("` | ")
          .append(layer(SpringBehaviour.onDefaults(row))).append(" | ")
          .append(answer(row.status(), row.expected())).append(" | ")
          .append(SpringBehaviour.onPermissive(row) == SpringBehaviour.Layer.TOMCAT ? "Tomcat: 400" : "the guard's answer")
          .append(" |\n");
    }
    return sb.append(END).append('\n').toString();
  }

  private static String layer(SpringBehaviour.Layer layer) {
    return switch (layer) {
      case TOMCAT -> "Tomcat: 400 (its HTML page)";
      case FIREWALL -> "firewall: 400 (Spring Boot's error body)";
      case GUARD -> "pass";
    };
  }

  private static String answer(int status, String expected) {
    if (status == 200) {
      return "200, `" + expected + "`";
    }
    if (expected.startsWith(PATH_PREFIX)) {
      return status + " " + expected.substring(PATH_PREFIX.length()).replace("|", "\\|");
    }
    return status + " " + (expected.equals("No operation is declared for this method and path") ? "no declared operation" : expected);
  }
}
