package dev.scopegate.processor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code META-INF/scopegate/operations.json}: every annotated method, in a fixed order, written as
 * JSON byte for byte the same for the same sources (reproducible builds). The format is specified
 * on {@link RequiresScopesProcessor}.
 */
final class OperationsManifest {
  /** Where the manifest is written, relative to the class output. */
  static final String LOCATION = "META-INF/scopegate/operations.json";
  /** The format's version, the first member of the document. */
  static final int VERSION = 1;

  /** One annotated method. */
  record Operation(
      String className,
      String method,
      List<String> parameters,
      Optional<String> operationId,
      List<HttpMappings.Endpoint> http,
      List<List<String>> scopes) {
    /** Class, then method name, then parameter types: unique per method, stable across builds. */
    static final Comparator<Operation> ORDER = Comparator.comparing(Operation::className)
        .thenComparing(Operation::method)
        .thenComparing(o -> String.join(",", o.parameters()));
  }

  private final TreeMap<Operation, Operation> operations = new TreeMap<>(Operation.ORDER);

  /** Adds a method; a method seen again (in a later round) replaces its earlier entry. */
  void add(Operation operation) {
    operations.put(operation, operation);
  }

  /** The document: two-space indentation, one member per line, short arrays on one line, a final newline. */
  String toJson() {
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"version\": ").append(VERSION).append(",\n  \"operations\": [");
    String separator = "\n";
    for (Operation o : operations.values()) {
      out.append(separator);
      separator = ",\n";
      out.append("    {\n");
      out.append("      \"class\": ").append(quote(o.className())).append(",\n");
      out.append("      \"method\": ").append(quote(o.method())).append(",\n");
      out.append("      \"parameters\": ").append(strings(o.parameters())).append(",\n");
      out.append("      \"operationId\": ").append(o.operationId().map(OperationsManifest::quote).orElse("null")).append(",\n");
      out.append("      \"http\": [");
      String comma = "";
      for (HttpMappings.Endpoint e : o.http()) {
        out.append(comma).append("{\"method\": ").append(quote(e.method())).append(", \"path\": ").append(quote(e.path())).append('}');
        comma = ", ";
      }
      out.append("],\n");
      out.append("      \"scopes\": [");
      comma = "";
      for (List<String> alternative : o.scopes()) {
        out.append(comma).append(strings(alternative));
        comma = ", ";
      }
      out.append("]\n    }");
    }
    out.append(operations.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return out.toString();
  }

  private static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    String comma = "";
    for (String v : values) {
      out.append(comma).append(quote(v));
      comma = ", ";
    }
    return out.append(']').toString();
  }

  /** A JSON string: quote, backslash and control characters escaped, everything else as is (UTF-8). */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
