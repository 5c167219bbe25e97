package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.testing.ReadmeSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scope-guard/README.md's example, compiled and run here. */
class ReadmeTest {
  @Test
  void theExampleDoesWhatTheReadmeSays() {
    RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
        .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
        .publicRoute("POST", "/v1/auth/token")
        .build();
    Guard guard = Guard.of(routes);
    GuardDecision d = guard.resolve("POST", "/v1/orgs/o1/namespaces/ns/workflows")
        .decide(() -> ScopeClaim.of("workflow:read"));      // called only because the route is protected
    // d.status() == 403, d.message() == Optional[Token lacks required scope: workflow:create]
    Answer answer = Answers.signstack().answer(d, "/v1/orgs/o1/namespaces/ns/workflows");
    // answer.body() == {"statusCode":403,"timestamp":"…","path":"/v1/orgs/o1/namespaces/ns/workflows","traceId":"…","errorInfo":{…}}

    assertThat(d.status()).isEqualTo(403);
    assertThat(d.message()).isEqualTo(Optional.of("Token lacks required scope: workflow:create"));
    assertThat(answer.body()).startsWith("{\"statusCode\":403,\"timestamp\":\"")
        .contains("\"path\":\"/v1/orgs/o1/namespaces/ns/workflows\",\"traceId\":\"")
        .endsWith("\",\"errorInfo\":{\"message\":\"Token lacks required scope: workflow:create\"}}");
  }

  @Test
  void everyJavaSnippetIsCompiledInATest() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    assertThat(ReadmeSnippets.javaBlocks(readme)).hasSize(1);
    assertThat(ReadmeSnippets.notInTests(readme, Path.of("src", "test", "java"))).isEmpty();
  }
}
