package dev.scopegate.spring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a raw loopback socket: the request target goes out exactly as given (a backslash,
 * raw non-ASCII, a malformed {@code %}, the absolute-form), as the path-trick corpus needs, and the
 * answer is read to the end of the connection.
 */
public final class LoopbackClient {
  /** An answer: status, headers by lower-case name, body as UTF-8. */
  public record Answer(int status, Map<String, List<String>> headers, String body) {
    public Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      if (values.size() > 1) {
        throw new AssertionError("header " + name + " repeated: " + values);
      }
      return values.stream().findFirst();
    }
  }

  private LoopbackClient() {}

  /** Sends a request with no body; an empty token sends no {@code Authorization} header. */
  public static Answer send(int port, String method, String target, String token) throws IOException {
    return send(port, method, target, token.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + token));
  }

  /** Sends a request with no body and the given headers. */
  public static Answer send(int port, String method, String target, Map<String, String> headers) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\n")
          .append("Content-Length: 0\r\n")
          .append("Connection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return parse(in.readAllBytes(), method.equals("HEAD"));
    }
  }

  private static Answer parse(byte[] bytes, boolean head) {
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete HTTP response: " + all);
    }
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    String body = new String(bytes, end + 4, bytes.length - end - 4, StandardCharsets.UTF_8);
    if (!head && headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      body = unchunk(body);
    }
    return new Answer(status, headers, body);
  }

  /** The body of a chunked answer (Tomcat chunks the error pages it renders itself). */
  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toString();
      }
      byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
      String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
      out.append(chunk);
      at = lineEnd + 2 + chunk.length() + 2;
    }
  }
}
