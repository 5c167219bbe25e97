package dev.scopegate.servlet;

import static dev.scopegate.servlet.FilterAnswers.assertFilterAnswer;
import static dev.scopegate.servlet.FilterAnswers.assertReached;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.guard.JwtScopeReader;
import dev.scopegate.guard.ScopeClaim;
import java.lang.System.Logger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The filter reads the claim only for a request that matched a protected operation: a claim source
 * that fails turns no public request, no 400 and no 403 for an undeclared operation into a 500, and
 * a token issuer's {@code scope}/{@code scp} conflict is logged only where the claim is read.
 */
class ClaimOnlyWhenNeededServerTest {
  private TestServer server;

  @AfterEach
  void stop() throws Exception {
    assertThat(server.violations).isEmpty();
    server.stop();
  }

  @Test
  void aFailingClaimSourceFailsOnlyProtectedRequests() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", TestServer.Options.defaults().claims(request -> {
      reads.incrementAndGet();
      throw new IllegalStateException("claim source broken");
    }));

    assertReached(Client.send(server.port(), "POST", "/v1/auth/token", "all"), "POST", "/v1/auth/token");
    assertReached(Client.send(server.port(), "GET", "/v1/docs/intro", "all"), "GET", "/v1/docs/intro");
    assertFilterAnswer(Client.send(server.port(), "GET", "/v1/things/t1/", "all"), server, 400, "/v1/things/t1/",
        "Invalid request path: empty path segment (a double or trailing slash)", Optional.empty());
    assertFilterAnswer(Client.send(server.port(), "GET", "/v1/admin", "all"), server, 403, "/v1/admin",
        "No operation is declared for this method and path", Optional.empty());
    assertThat(reads).hasValue(0);

    assertThat(Client.send(server.port(), "GET", "/v1/things/t1", "all").status()).isEqualTo(500);
    assertThat(reads).hasValue(1);
  }

  @Test
  void aScopeScpConflictIsLoggedOnlyWhereTheClaimIsRead() throws Exception {
    List<String> logged = new CopyOnWriteArrayList<>();
    JwtScopeReader reader = JwtScopeReader.create(new Recording(logged));
    server = new TestServer(TestServer.Mode.JETTY_DEFAULT, "/", TestServer.Options.defaults().claims(request -> {
      Object claims = request.getAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE);
      return claims == null ? ScopeClaim.absent() : reader.read((Map<String, ?>) claims);
    }));

    assertReached(Client.send(server.port(), "POST", "/v1/auth/token", "conflict"), "POST", "/v1/auth/token");
    assertReached(Client.send(server.port(), "GET", "/v1/docs/intro", "conflict"), "GET", "/v1/docs/intro");
    assertThat(Client.send(server.port(), "GET", "/v1/docs/a%2Fb", "conflict").status()).isEqualTo(400);
    assertThat(logged).isEmpty();

    assertFilterAnswer(Client.send(server.port(), "GET", "/v1/things/t1", "conflict"), server, 401, "/v1/things/t1",
        "Token has conflicting scope and scp claims", Optional.of("Bearer error=\"invalid_token\""));
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).startsWith("WARNING The token has both a \"scope\" claim");
  }

  /** A {@link Logger} that records what is logged at {@code WARNING} and above, as "LEVEL message". */
  private record Recording(List<String> logged) implements Logger {
    @Override
    public String getName() {
      return "recording";
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= Level.WARNING.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
      if (isLoggable(level)) {
        logged.add(level + " " + message);
      }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      if (isLoggable(level)) {
        logged.add(level + " " + format);
      }
    }
  }
}
