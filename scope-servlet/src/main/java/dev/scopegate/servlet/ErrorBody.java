package dev.scopegate.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the error body every Signstack API failure uses, with Jackson:
 *
 * <pre>
 * {"statusCode":403,"timestamp":"2026-04-21T09:30:00.123Z","path":"/v1/orgs/o1/namespaces/ns/workflows",
 *  "traceId":"c0f8e2d1-…","errorInfo":{"message":"Token lacks required scope: workflow:create"}}
 * </pre>
 *
 * The timestamp is ISO-8601 UTC to the millisecond (fewer digits when they are zero), from the
 * clock; the path is the raw request URI.
 */
final class ErrorBody {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Clock clock;
  private final Supplier<String> traceIds;

  ErrorBody(Clock clock, Supplier<String> traceIds) {
    this.clock = clock;
    this.traceIds = traceIds;
  }

  byte[] render(int status, String path, String message) {
    ObjectNode root = JSON.createObjectNode();
    root.put("statusCode", status);
    root.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    root.put("path", path);
    root.put("traceId", Objects.requireNonNull(traceIds.get(), "the trace id supplier returned null"));
    root.putObject("errorInfo").put("message", message);
    return JSON.writeValueAsBytes(root);
  }

  void write(HttpServletResponse response, int status, String path, String message) throws IOException {
    byte[] body = render(status, path, message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
