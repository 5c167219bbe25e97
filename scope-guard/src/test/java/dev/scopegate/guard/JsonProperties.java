package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guard's own JSON writer against a real parser: any string, lone surrogates and control
 * characters included, comes back unchanged, and every body has exactly the documented members in
 * the documented order.
 */
class JsonProperties {
  private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Any UTF-16 string: every char value, with the awkward ones (controls, surrogates, quotes) often. */
  @Provide
  Arbitrary<String> anyString() {
    Arbitrary<Character> awkward = Arbitraries.of(
        '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029',
        '\ud800', '\udbff', '\udc00', '\udfff', '\ufeff', '\uffff', '<', '&', '\'');
    Arbitrary<Character> any = Arbitraries.chars().all();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, awkward), net.jqwik.api.Tuple.of(3, any),
            net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('a', 'z')))
        .list().ofMaxSize(40)
        .map(chars -> {
          StringBuilder sb = new StringBuilder();
          chars.forEach(sb::append);
          return sb.toString();
        });
  }

  @Property
  void aQuotedStringParsesBackToItself(@ForAll("anyString") String value) {
    StringBuilder out = new StringBuilder();
    Json.quote(out, value);
    String text = out.toString();

    // Through UTF-8 bytes, as it is sent: nothing may depend on the String form.
    JsonNode parsed = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));

    assertThat(parsed.isString()).isTrue();
    assertThat(parsed.stringValue()).isEqualTo(value);
    assertThat(text.chars().noneMatch(c -> c < 0x20)).as("no raw control character").isTrue();
    assertThat(isWellFormed(text)).as("no lone surrogate written raw").isTrue();
  }

  @Property
  void everyBodyIsExactJsonWithItsMembersInOrder(
      @ForAll("anyString") String path, @ForAll("anyString") String reason, @ForAll("anyString") String traceId,
      @ForAll ErrorFormat format) {
    Answers answers = Answers.builder()
        .clock(Clock.fixed(Instant.parse("2026-04-21T09:30:00Z"), ZoneOffset.UTC))
        .traceIds(() -> traceId)
        .format(format)
        .build();

    Answer a = answers.invalidToken(reason, path);
    JsonNode body = JSON.readTree(a.bodyBytes());

    List<String> members = new ArrayList<>(body.propertyNames());
    if (format == ErrorFormat.SIGNSTACK) {
      assertThat(members).containsExactly("statusCode", "timestamp", "path", "traceId", "errorInfo");
      assertThat(body.get("statusCode").intValue()).isEqualTo(401);
      assertThat(body.get("path").stringValue()).isEqualTo(path);
      assertThat(new ArrayList<>(body.get("errorInfo").propertyNames())).containsExactly("message");
      assertThat(body.get("errorInfo").get("message").stringValue()).isEqualTo(reason);
    } else {
      assertThat(members).containsExactly("type", "title", "status", "detail", "instance", "timestamp", "traceId");
      assertThat(body.get("status").intValue()).isEqualTo(401);
      assertThat(body.get("instance").stringValue()).isEqualTo(path);
      assertThat(body.get("detail").stringValue()).isEqualTo(reason);
    }
    assertThat(body.get("timestamp").stringValue()).isEqualTo("2026-04-21T09:30:00.000Z");
    assertThat(body.get("traceId").stringValue()).isEqualTo(traceId);
  }

  private static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
