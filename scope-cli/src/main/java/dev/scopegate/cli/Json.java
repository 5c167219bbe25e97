package dev.scopegate.cli;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON output: compact for machine-read results, pretty (2-space, one value a line) for documents. */
final class Json {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  /** {@code "name": value}, one array element a line, {@code []} and {@code {}} when empty. */
  private static final ObjectWriter PRETTY =
      MAPPER.writer()
          .with(
              new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(INDENT)
              .withArrayIndenter(INDENT));

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** One line, no spaces. */
  static String compact(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /** Two-space indentation, as the Signstack reference prints scope lists. */
  static String pretty(JsonNode node) {
    return PRETTY.writeValueAsString(node);
  }

  /** {@code {"scopes": [...]}}, pretty. */
  static String scopeList(Iterable<?> scopes) {
    ArrayNode list = array();
    for (Object s : scopes) {
      list.add(s.toString());
    }
    ObjectNode doc = object();
    doc.set("scopes", list);
    return pretty(doc);
  }
}
