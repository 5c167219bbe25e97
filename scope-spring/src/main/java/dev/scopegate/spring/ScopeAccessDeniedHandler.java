package dev.scopegate.spring;

import dev.scopegate.guard.Answer;
import dev.scopegate.guard.Answers;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Answers an authenticated caller whom Scopegate denied, exactly as the Signstack API reference
 * does, through the guard's {@link Answers}: the status, the {@code WWW-Authenticate} challenge
 * ({@code Bearer error="insufficient_scope", scope="…"}) and the JSON body with {@code
 * statusCode}, {@code timestamp}, {@code path} (the raw request URI), {@code traceId} and {@code
 * errorInfo.message}, or the RFC 9457 body, with the missing scope named or hidden, as the answers
 * are built.
 *
 * {@snippet :
 * http.exceptionHandling(e -> e.accessDeniedHandler(ScopeAccessDeniedHandler.of(answers)));
 * }
 *
 * <p>It answers the denials of {@link GuardAuthorizationManager} (any status the guard decides:
 * 403, 400, 401) and of {@link AccessRuleAuthorizationManager} ({@code @RequiresScopes}, {@code
 * @scopes}). Any other denial (a {@code hasRole}, a CSRF failure) goes to the fallback handler,
 * Spring's {@link AccessDeniedHandlerImpl} unless another is given.
 */
public final class ScopeAccessDeniedHandler implements AccessDeniedHandler {
  private final Answers answers;
  private final AccessDeniedHandler fallback;

  private ScopeAccessDeniedHandler(Answers answers, AccessDeniedHandler fallback) {
    this.answers = answers;
    this.fallback = fallback;
  }

  /**
   * A handler whose fallback is Spring's {@link AccessDeniedHandlerImpl} (403, no body of ours).
   *
   * @param answers how to answer
   * @return the handler
   */
  public static ScopeAccessDeniedHandler of(Answers answers) {
    return of(answers, new AccessDeniedHandlerImpl());
  }

  /**
   * A handler with its own fallback for denials that are not Scopegate's.
   *
   * @param answers how to answer
   * @param fallback handles the other denials
   * @return the handler
   */
  public static ScopeAccessDeniedHandler of(Answers answers, AccessDeniedHandler fallback) {
    return new ScopeAccessDeniedHandler(Objects.requireNonNull(answers, "answers"), Objects.requireNonNull(fallback, "fallback"));
  }

  /**
   * Sends the answer to a Scopegate denial, or passes the denial to the fallback.
   *
   * @param request the request
   * @param response the response
   * @param denied the denial
   * @throws IOException if the answer cannot be written
   * @throws ServletException if the fallback throws it
   */
  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    Optional<Answer> answer = Denials.answer(answers, denied, request.getRequestURI());
    if (answer.isPresent()) {
      Denials.send(answer.get(), response);
    } else {
      fallback.handle(request, response, denied);
    }
  }

  /**
   * {@code ScopeAccessDeniedHandler[Answers[SIGNSTACK, missing scope named]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeAccessDeniedHandler[" + answers + "]";
  }
}
