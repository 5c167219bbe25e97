package dev.scopegate.servlet;

import dev.scopegate.guard.testing.PathTricks;
import dev.scopegate.guard.testing.PathTricks.Row;

/**
 * The path-handling table of scope-servlet/README.md, written from the shared corpus and what
 * {@link JettyBehaviour} records, which {@code PathTricksServerTest} checks on real servers: the
 * README shows exactly what the tests show.
 */
final class PathTable {
  static final String BEGIN = "<!-- path-tricks: generated from the corpus by PathTable; ReadmeTest checks it -->";
  static final String END = "<!-- path-tricks: end -->";

  private static final String PATH_PREFIX = "Invalid request path: ";

  private PathTable() {}

  static String render() {
    StringBuilder sb = new StringBuilder(BEGIN).append('\n')
        .append("| request (as sent) | the filter's answer | Jetty 12.1.14 before the filter | why |\n")
        .append("|---|---|---|---|\n");
    for (Row row : PathTricks.rows()) {
      sb.append("| `").append(row.method()).append(' ').append(row.target("api.example.com")).append("` | ")
          .append(cell(answer(row.status(), row.expected()))).append(" | ")
          .append(cell(jetty(row))).append(" | ")
          .append(cell(row.why())).append(" |\n");
    }
    return sb.append(END).append('\n').toString();
  }

  private static String answer(int status, String expected) {
    if (status == 200) {
      return "200, `" + expected + "`";
    }
    if (expected.startsWith(PATH_PREFIX)) {
      return status + " " + expected.substring(PATH_PREFIX.length());
    }
    return status + " " + (expected.equals("No operation is declared for this method and path") ? "no declared operation" : expected);
  }

  private static String jetty(Row row) {
    String onDefaults = JettyBehaviour.onDefaults(row) instanceof JettyBehaviour.Rejects r
        ? "400 `" + r.reason() + "`"
        : "passes";
    JettyBehaviour.Outcome permissive = JettyBehaviour.onPermissive(row);
    if (permissive instanceof JettyBehaviour.Rejects) {
      return onDefaults + ", even when permissive";
    }
    if (permissive instanceof JettyBehaviour.Becomes b) {
      return onDefaults + "; permissive, it " + b.how() + ": " + answer(b.status(), b.expected());
    }
    return onDefaults;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
