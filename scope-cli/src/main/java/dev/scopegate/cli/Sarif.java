package dev.scopegate.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lint results as a SARIF 2.1.0 log, the format GitHub code scanning uploads: one run, the tool's
 * rules with help text, and one result per finding with its file, line and column.
 *
 * <p>Files under the working directory get a relative URI against {@code %SRCROOT%} (the working
 * directory, recorded in {@code originalUriBaseIds}), so a log made at the repository root points
 * at repository paths; other files get an absolute {@code file:} URI. Columns count UTF-16 code
 * units, as the parsers report them. Files that could not be linted are reported as tool
 * execution notifications, and the invocation is then marked unsuccessful.
 */
final class Sarif {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final String SRCROOT = "%SRCROOT%";

  private Sarif() {}

  static ObjectNode log(Linter.Result result, String version) {
    Path base = Path.of("").toAbsolutePath();
    ObjectNode log = Json.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "scope");
    driver.put("version", version);
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      ObjectNode r = rules.addObject();
      r.put("id", rule.id());
      r.put("name", pascalCase(rule.id()));
      r.putObject("shortDescription").put("text", rule.title());
      r.putObject("fullDescription").put("text", plain(rule.description()));
      ObjectNode help = r.putObject("help");
      help.put("text", plain(rule.description() + " " + rule.fix()));
      help.put("markdown", "**" + rule.title() + "**\n\n" + rule.description() + "\n\n" + rule.fix());
      r.putObject("defaultConfiguration").put("level", rule.severity().id());
      r.putObject("properties").putArray("tags").add("scopes").add("authorization");
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", result.errors().isEmpty());
    if (!result.errors().isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (String error : result.errors()) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", error);
      }
    }

    run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(base));
    run.put("columnKind", "utf16CodeUnits");

    ArrayNode results = run.putArray("results");
    for (Finding f : result.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.rule().id());
      r.put("ruleIndex", f.rule().ordinal());
      r.put("level", f.rule().severity().id());
      r.putObject("message").put("text", f.message());
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      Path absolute = f.path().toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        artifact.put("uri", relativeUri(base.relativize(absolute)));
        artifact.put("uriBaseId", SRCROOT);
      } else {
        artifact.put("uri", absolute.toUri().toString());
      }
      ObjectNode region = physical.putObject("region");
      region.put("startLine", f.line());
      region.put("startColumn", f.column());
      if (f.related().isPresent()) {
        ObjectNode related = r.putArray("relatedLocations").addObject();
        related.put("id", 1);
        related.putObject("physicalLocation").set("artifactLocation", artifact.deepCopy());
        ObjectNode relatedRegion = ((ObjectNode) related.get("physicalLocation")).putObject("region");
        relatedRegion.put("startLine", f.related().get().line());
        relatedRegion.put("startColumn", f.related().get().column());
      }
      f.scope().ifPresent(s -> r.putObject("properties").put("scope", s));
    }
    return log;
  }

  /** Rule texts mark code with Markdown backticks; plain-text fields drop them. */
  private static String plain(String markdown) {
    return markdown.replace("`", "");
  }

  /** {@code malformed-scope} to {@code MalformedScope}. */
  private static String pascalCase(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
    }
    return sb.toString();
  }

  /** A relative path as a URI reference: forward slashes, each segment percent-encoded as needed. */
  private static String relativeUri(Path relative) {
    StringBuilder path = new StringBuilder();
    for (Path segment : relative) {
      if (path.length() > 0) {
        path.append('/');
      }
      path.append(segment);
    }
    try {
      return new URI(null, null, path.toString(), null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot express " + relative + " as a URI", e);
    }
  }

  private static String directoryUri(Path dir) {
    String uri = dir.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
