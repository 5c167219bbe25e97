package dev.scopegate.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The results of one JMH run, read from its JSON output, with the run's JVM and settings. */
final class Results {
  private static final String PACKAGE = "dev.scopegate.benchmarks.";

  private final List<Result> results;
  private final JsonNode first;

  private Results(List<Result> results, JsonNode first) {
    this.results = results;
    this.first = first;
  }

  /** Parses JMH's {@code -rf json} output; {@code source} names the file in error messages. */
  static Results parse(String json, String source) {
    JsonNode root;
    try {
      root = JsonMapper.shared().readTree(json);
    } catch (JacksonException e) {
      throw new ReportException(source + " is not JSON: " + e.getOriginalMessage());
    }
    if (!root.isArray() || root.isEmpty()) {
      throw new ReportException(source + " is not JMH JSON output: expected a non-empty array of results");
    }
    List<Result> out = new ArrayList<>();
    for (JsonNode node : root.values()) {
      out.add(result(node, source));
    }
    return new Results(Collections.unmodifiableList(out), root.get(0));
  }

  private static Result result(JsonNode node, String source) {
    String benchmark = node.path("benchmark").asString("");
    JsonNode primary = node.path("primaryMetric");
    if (benchmark.isEmpty() || !primary.has("score")) {
      throw new ReportException(source + " is not JMH JSON output: a result has no benchmark name or score");
    }
    if (benchmark.startsWith(PACKAGE)) {
      benchmark = benchmark.substring(PACKAGE.length());
    }
    List<String> params = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : node.path("params").properties()) {
      params.add(p.getValue().asString());
    }
    JsonNode secondary = node.path("secondaryMetrics");
    JsonNode cpu = metric(secondary, "cpu.time.norm");
    JsonNode alloc = metric(secondary, "gc.alloc.rate.norm");
    return new Result(
        benchmark,
        String.join(",", params),
        primary.path("score").asDouble(),
        primary.path("scoreError").asDouble(Double.NaN),
        primary.path("scoreUnit").asString(""),
        cpu.path("score").asDouble(Double.NaN),
        cpu.path("scoreError").asDouble(Double.NaN),
        alloc.path("score").asDouble(Double.NaN));
  }

  /** A secondary metric, under its plain name or JMH's older middle-dot-prefixed one. */
  private static JsonNode metric(JsonNode secondary, String name) {
    return secondary.has(name) ? secondary.path(name) : secondary.path("\u00b7" + name);
  }

  List<Result> all() {
    return results;
  }

  /** The result of {@code Class.method} with that parameter value. */
  Optional<Result> find(String benchmark, String param) {
    for (Result r : results) {
      if (r.benchmark().equals(benchmark) && r.param().equals(param)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The JVM that ran the benchmarks: {@code OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1}. */
  String jvm() {
    return first.path("vmName").asString("?") + " " + first.path("vmVersion").asString("?")
        + " (JDK " + first.path("jdkVersion").asString("?") + ")";
  }

  /** JMH's settings: forks, warmup and measurement iterations. */
  String settings() {
    String forks = first.path("forks").asString("?");
    return forks + (forks.equals("1") ? " fork" : " forks") + " \u00d7 (" + first.path("warmupIterations").asString("?")
        + " warmup \u00d7 " + first.path("warmupTime").asString("?") + " + "
        + first.path("measurementIterations").asString("?") + " measurement \u00d7 "
        + first.path("measurementTime").asString("?") + "), " + first.path("threads").asString("?") + " thread";
  }

  /** The JVM options, or "none". */
  String jvmArgs() {
    List<String> args = new ArrayList<>();
    for (JsonNode a : first.path("jvmArgs").values()) {
      args.add(a.asString());
    }
    return args.isEmpty() ? "none" : String.join(" ", args);
  }
}
