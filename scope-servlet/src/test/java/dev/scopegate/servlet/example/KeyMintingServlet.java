package dev.scopegate.servlet.example;

import dev.scopegate.Delegation;
import dev.scopegate.GrantedScopes;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Answer;
import dev.scopegate.guard.Answers;
import dev.scopegate.servlet.ClaimSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The root README's key-minting endpoint: the requested scopes in the body, space-separated; a
 * refused delegation is answered 403, an allowed one "minted" (no real key here).
 */
public class KeyMintingServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Answers answers = Answers.signstack();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<?, ?> claims = (Map<?, ?>) request.getAttribute(ClaimSource.JWT_CLAIMS_ATTRIBUTE);
    String requestedScopes = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    GrantedScopes caller = SignstackScopes.CATALOG.parseClaim(claims.get("scope") instanceof String s ? s : "");
    Delegation delegation = Delegation.check(caller, SignstackScopes.CATALOG.parseAll(requestedScopes));
    if (!delegation.allowed()) {
      Answer refused = answers.delegationRefused(delegation, request.getRequestURI());
      // 403 {"statusCode":403,…,"errorInfo":{"message":"Token cannot delegate scope: workflow:*"}}
      send(refused, response);   // status, headers and body, as the filter sends them
      return;
    }
    response.getWriter().print("minted " + delegation.requested());
  }

  private static void send(Answer answer, HttpServletResponse response) throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    byte[] body = answer.bodyBytes();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
