package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTargetTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/v1/things/t1|/v1/things/t1",
      "/v1/things/t1?x=1&y=/../|/v1/things/t1",
      "/?|/",
      "/v1/a%2Fb?q|/v1/a%2Fb",
      "/v1/things/t1#frag|/v1/things/t1#frag",
      "http://api.example.com/v1/things|/v1/things",
      "HTTPS://api.example.com:8443/v1/things?x=1|/v1/things",
      "http://user@host/v1/a;b|/v1/a;b",
      "http://host|/",
      "http://host?x=1|/",
      "http://host#f|/#f",
      "svn+ssh.x-y://host/p|/p",
      "http://host//v1/x|//v1/x",
      "*|*",
      "host:443|host:443",
      "1http://host/p|1http://host/p",
      "http:/host/p|http:/host/p",
      "relative/path|relative/path",
      "?x=1|''",
      "http|http",
      "abc|abc",
      "attp://h/p|/p",
      "zttp://h/p|/p",
      "Attp://h/p|/p",
      "Zttp://h/p|/p",
      "h0://h/p|/p",
      "h9://h/p|/p",
      "`ttp://h/p|`ttp://h/p",
      "{ttp://h/p|{ttp://h/p",
      "@ttp://h/p|@ttp://h/p",
      "[ttp://h/p|[ttp://h/p",
      "h`://h/p|h`://h/p",
      "h{://h/p|h{://h/p",
      "h@://h/p|h@://h/p",
      "h[://h/p|h[://h/p",
      "h/://h/p|h/://h/p",
      "h,://h/p|h,://h/p",
  })
  void pathOfARequestTarget(String target, String path) {
    assertThat(RequestTarget.path(target)).isEqualTo(path);
  }

  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "/api/v1/x|/api|/v1/x",
      "/api|/api|/",
      "/api/|/api|/",
      "/apiv1/x|/api|/apiv1/x",
      "/%61pi/v1/x|/api|/%61pi/v1/x",
      "/API/v1/x|/api|/API/v1/x",
      "/v1/x|''|/v1/x",
      "/a/b/c|/a/b|/c",
      "/|/|/",
      "/v1/x|/|/v1/x",
  })
  void pathWithinAContext(String uri, String context, String path) {
    assertThat(RequestTarget.withinContext(uri, context)).isEqualTo(path);
  }
}
