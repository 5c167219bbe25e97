package dev.scopegate.spring;

import dev.scopegate.guard.Answer;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.BearerClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without a usable token, through the guard's {@link Answers}, exactly as the
 * Signstack API reference does. Register it for the resource server and for exception handling, so
 * that both a rejected token and an anonymous caller get it:
 *
 * {@snippet :
 * ScopeAuthenticationEntryPoint entryPoint = ScopeAuthenticationEntryPoint.of(answers);
 * http.oauth2ResourceServer(o -> o.jwt(withDefaults()).authenticationEntryPoint(entryPoint))
 *     .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
 * }
 *
 * <table>
 *   <caption>Answers</caption>
 *   <tr><th>why Spring Security asks</th><th>answer</th></tr>
 *   <tr><td>Scopegate denied an anonymous caller (the guard or a method rule)</td><td>that denial's
 *       answer: 401 {@code Missing bearer token} with {@code WWW-Authenticate: Bearer}, and also
 *       400 for a bad path and 403 for an undeclared operation, which need no token</td></tr>
 *   <tr><td>the bearer token was rejected (signature, expiry, issuer, audience, a malformed
 *       header)</td><td>401 with {@code Bearer error="invalid_token"}: {@value #INVALID_TOKEN_MESSAGE},
 *       or {@link BearerClaims#MALFORMED_MESSAGE} for a header that is not a bearer token</td></tr>
 *   <tr><td>anything else</td><td>401 {@code Missing bearer token}</td></tr>
 * </table>
 *
 * <p>Why a token was rejected is not told to the client (Spring Security logs it at debug).
 */
public final class ScopeAuthenticationEntryPoint implements AuthenticationEntryPoint {
  /** The message of a 401 for a bearer token that was rejected. */
  public static final String INVALID_TOKEN_MESSAGE = "Token could not be verified";

  /** What Spring Security's bearer token resolver says of an {@code Authorization} header it cannot read. */
  private static final String SPRING_MALFORMED = "Bearer token is malformed";

  private final Answers answers;

  private ScopeAuthenticationEntryPoint(Answers answers) {
    this.answers = answers;
  }

  /**
   * The entry point.
   *
   * @param answers how to answer
   * @return the entry point
   */
  public static ScopeAuthenticationEntryPoint of(Answers answers) {
    return new ScopeAuthenticationEntryPoint(Objects.requireNonNull(answers, "answers"));
  }

  /**
   * Sends the answer.
   *
   * @param request the request
   * @param response the response
   * @param exception why authentication is needed
   * @throws IOException if the answer cannot be written
   */
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String path = request.getRequestURI();
    Answer answer = Denials.answer(answers, exception, path).orElseGet(() -> {
      OAuth2AuthenticationException rejected = rejection(exception);
      if (rejected == null) {
        return answers.unauthenticated(path);
      }
      String description = rejected.getError().getDescription();
      return answers.invalidToken(SPRING_MALFORMED.equals(description) ? BearerClaims.MALFORMED_MESSAGE : INVALID_TOKEN_MESSAGE, path);
    });
    Denials.send(answer, response);
  }

  private static @Nullable OAuth2AuthenticationException rejection(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OAuth2AuthenticationException rejected) {
        return rejected;
      }
    }
    return null;
  }

  /**
   * {@code ScopeAuthenticationEntryPoint[Answers[SIGNSTACK, missing scope named]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeAuthenticationEntryPoint[" + answers + "]";
  }
}
