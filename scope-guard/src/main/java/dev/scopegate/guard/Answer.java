package dev.scopegate.guard;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The complete HTTP answer to a denied request, ready for any HTTP layer to send as is: the
 * status, the headers and the JSON body. Made by {@link Answers}.
 *
 * {@snippet :
 * Answer a = answers.answer(decision, request.getRequestURI());
 * response.setStatus(a.status());
 * a.headers().forEach(response::setHeader);      // Content-Type, then WWW-Authenticate when there is one
 * byte[] body = a.bodyBytes();                    // UTF-8
 * response.setContentLength(body.length);
 * response.getOutputStream().write(body);
 * }
 */
public final class Answer {
  private final int status;
  private final String contentType;
  private final Optional<String> wwwAuthenticate;
  private final String body;

  Answer(int status, String contentType, Optional<String> wwwAuthenticate, String body) {
    this.status = status;
    this.contentType = contentType;
    this.wwwAuthenticate = wwwAuthenticate;
    this.body = body;
  }

  /**
   * The HTTP status.
   *
   * @return 400, 401 or 403
   */
  public int status() {
    return status;
  }

  /**
   * The body's media type.
   *
   * @return {@code application/json} or {@code application/problem+json}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The RFC 6750 challenge.
   *
   * @return the {@code WWW-Authenticate} value; empty for 400 and for no declared operation
   */
  public Optional<String> wwwAuthenticate() {
    return wwwAuthenticate;
  }

  /**
   * Every header to send, in order: {@code Content-Type}, then {@code WWW-Authenticate} when
   * there is a challenge. {@code Content-Length} is the length of {@link #bodyBytes()}.
   *
   * @return the headers by name
   */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    wwwAuthenticate.ifPresent(challenge -> headers.put("WWW-Authenticate", challenge));
    return Collections.unmodifiableMap(headers);
  }

  /**
   * The JSON body.
   *
   * @return the body text
   */
  public String body() {
    return body;
  }

  /**
   * The JSON body as UTF-8, as it is sent.
   *
   * @return a new array holding the encoded body
   */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Answers are equal when status, content type, challenge and body are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal answer
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Answer)) {
      return false;
    }
    Answer that = (Answer) other;
    return status == that.status && contentType.equals(that.contentType)
        && wwwAuthenticate.equals(that.wwwAuthenticate) && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, contentType, wwwAuthenticate, body);
  }

  /**
   * {@code Answer[403 application/json, WWW-Authenticate: Bearer error="insufficient_scope", {…}]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Answer[" + status + " " + contentType + wwwAuthenticate.map(c -> ", WWW-Authenticate: " + c).orElse("")
        + ", " + body + "]";
  }
}
