package dev.scopegate.servlet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sends requests over loopback: {@link HttpClient}, and a raw socket that sends the request
 * target exactly as given (a backslash, raw non-ASCII, a space, a raw {@code #}, a malformed
 * {@code %}, the absolute-form), as the path-trick corpus needs.
 */
final class Client {
  static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** An answer: status, headers by lower-case name, body as UTF-8. */
  record Answer(int status, Map<String, List<String>> headers, String body) {
    Optional<String> header(String name) {
      List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      if (values.size() > 1) {
        throw new AssertionError("header " + name + " repeated: " + values);
      }
      return values.stream().findFirst();
    }
  }

  private Client() {}

  static Answer send(int port, String method, String target, String token) throws IOException, InterruptedException {
    return send(port, method, target, token, Map.of());
  }

  static Answer send(int port, String method, String target, String token, Map<String, String> extraHeaders)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
        .timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (!token.isEmpty()) {
      request.header("Authorization", "Bearer " + token);
    }
    extraHeaders.forEach(request::header);
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Map<String, List<String>> headers = new TreeMap<>();
    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    return new Answer(response.statusCode(), headers, response.body());
  }

  static Answer raw(int port, String method, String target, String token) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\n")
          .append("Content-Length: 0\r\n")
          .append("Connection: close\r\n");
      if (!token.isEmpty()) {
        head.append("Authorization: Bearer ").append(token).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return parse(in.readAllBytes());
    }
  }

  private static Answer parse(byte[] bytes) {
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
    if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
      throw new AssertionError("chunked answers are not expected here: " + all);
    }
    String body = new String(bytes, end + 4, bytes.length - end - 4, StandardCharsets.UTF_8);
    return new Answer(status, headers, body);
  }
}
