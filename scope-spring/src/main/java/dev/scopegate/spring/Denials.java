package dev.scopegate.spring;

import dev.scopegate.guard.Answer;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.GuardDecision;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;

/** Finds a Scopegate denial in an exception's causes, answers it, and sends answers. */
final class Denials {
  private Denials() {}

  /**
   * The answer to the first Scopegate denial among {@code thrown} and its causes: a request the
   * guard denied, or a method whose rule the token does not satisfy.
   *
   * @param path the raw request URI, for the body
   * @return the answer; empty when no Scopegate result denied the request
   */
  static Optional<Answer> answer(Answers answers, @Nullable Throwable thrown, String path) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationDeniedException denied) {
        AuthorizationResult result = denied.getAuthorizationResult();
        if (result instanceof GuardAuthorizationResult request && !request.isGranted()) {
          return Optional.of(answers.answer(request.decision(), path));
        }
        if (result instanceof AccessRuleResult method && !method.isGranted()) {
          return Optional.of(method.outcome() == GuardDecision.Outcome.INSUFFICIENT_SCOPE
              ? answers.insufficientScope(method.decision().orElseThrow(), path)
              : answers.answer(method.guardDecision(), path));
        }
      }
    }
    return Optional.empty();
  }

  /** Sends an answer as it is: status, every header, and the body with its length. */
  static void send(Answer answer, HttpServletResponse response) throws IOException {
    byte[] body = answer.bodyBytes();
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
