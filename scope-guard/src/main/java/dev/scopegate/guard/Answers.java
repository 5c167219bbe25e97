package dev.scopegate.guard;

import dev.scopegate.Decision;
import dev.scopegate.Delegation;
import dev.scopegate.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns a denial into the {@link Answer} an HTTP layer sends: status, headers and the JSON body.
 * Every adapter (the servlet filter, Spring Security's handlers, a JAX-RS or Vert.x filter) answers
 * through one of these, so the body, the challenge and the two options below exist once.
 *
 * {@snippet :
 * Answers answers = Answers.builder()
 *     .traceIds(() -> MDC.get("traceId"))     // default: a random UUID per answer
 *     .build();                               // the Signstack body, the missing scope named
 * Answer a = answers.answer(decision, "/v1/orgs/o1/namespaces/ns/workflows");
 * a.status();            // 403
 * a.wwwAuthenticate();   // Optional[Bearer error="insufficient_scope", scope="workflow:create"]
 * a.body();              // {"statusCode":403,"timestamp":"2026-04-21T09:30:00.000Z","path":"/v1/orgs/o1/namespaces/ns/workflows",
 *                        //  "traceId":"c0f8e2d1-…","errorInfo":{"message":"Token lacks required scope: workflow:create"}}
 * }
 *
 * <h2>The body</h2>
 *
 * By default the Signstack API reference's body, {@link ErrorFormat#SIGNSTACK}; or an RFC 9457
 * problem details object, {@link ErrorFormat#PROBLEM}, which carries the same facts. {@code path}
 * (or {@code instance}) is the raw request path the adapter passes, usually the request URI with
 * its context path and without the query string. {@code timestamp} is the clock's instant in UTC,
 * always to the millisecond: {@code 2026-04-21T09:30:00.000Z}. Every string is escaped, so the
 * body is exact JSON whatever the path, message or trace id holds.
 *
 * <h2>Hiding the missing scope</h2>
 *
 * A 403 for a missing scope names it by default: {@code Token lacks required scope: workflow:create},
 * with {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="workflow:create"} (every
 * scope the operation requires, as RFC 6750 section 3 describes). With {@link
 * Builder#exposeMissingScope(boolean) exposeMissingScope(false)} the answer says only that a scope
 * is missing: the message is {@value #HIDDEN_SCOPE_MESSAGE} (the exposed message without its colon
 * and scope, so a client that matches its start still does) and the challenge is {@code Bearer
 * error="insufficient_scope"} with no {@code scope} attribute. Nothing else changes: the status,
 * the other answers and the log are the same.
 *
 * <p>Immutable and thread-safe; the trace id supplier is called once per answer, on the calling
 * thread.
 */
public final class Answers {
  /** The 403 message when the missing scope is hidden: {@code Token lacks required scope}. */
  public static final String HIDDEN_SCOPE_MESSAGE = "Token lacks required scope";

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Optional<String> HIDDEN_CHALLENGE = Optional.of(Challenge.INSUFFICIENT_SCOPE);
  private static final Optional<String> BEARER = Optional.of(Challenge.BEARER);
  private static final Optional<String> INVALID_TOKEN = Optional.of(Challenge.INVALID_TOKEN);

  private final Clock clock;
  private final Supplier<String> traceIds;
  private final ErrorFormat format;
  private final boolean exposeMissingScope;

  private Answers(Builder b) {
    this.clock = b.clock;
    this.traceIds = b.traceIds;
    this.format = b.format;
    this.exposeMissingScope = b.exposeMissingScope;
  }

  /**
   * The defaults: the Signstack body, the missing scope named, the system clock and a random UUID
   * as each answer's trace id.
   *
   * @return the answers
   */
  public static Answers signstack() {
    return builder().build();
  }

  /**
   * Starts answers from the defaults of {@link #signstack()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The body format.
   *
   * @return the format
   */
  public ErrorFormat format() {
    return format;
  }

  /**
   * Whether a 403 for a missing scope names the scope.
   *
   * @return {@code true} by default
   */
  public boolean exposesMissingScope() {
    return exposeMissingScope;
  }

  /**
   * The answer to a request the {@link Guard} denied.
   *
   * @param denial the guard's decision; not allowed
   * @param path the raw request path for the body, such as {@code request.getRequestURI()}
   * @return the answer
   * @throws IllegalArgumentException if the decision lets the request through
   */
  public Answer answer(GuardDecision denial, String path) {
    Objects.requireNonNull(denial, "denial");
    Objects.requireNonNull(path, "path");
    if (denial.allowed()) {
      throw new IllegalArgumentException(denial + " lets the request through; there is nothing to answer");
    }
    String message = denial.message().orElseThrow();
    Optional<String> challenge = denial.wwwAuthenticate();
    if (denial.outcome() == GuardDecision.Outcome.INSUFFICIENT_SCOPE && !exposeMissingScope) {
      message = HIDDEN_SCOPE_MESSAGE;
      challenge = HIDDEN_CHALLENGE;
    }
    return render(denial.status(), message, challenge, path);
  }

  /**
   * The 403 answer to a scope check made outside the route table, such as a method-security
   * annotation: the engine's denial, with the challenge listing the scopes the denial is about
   * ({@link Decision#required()}: the requirement's, or the closest alternative's).
   *
   * @param denial the engine's decision; a denial
   * @param path the raw request path for the body
   * @return the answer
   * @throws IllegalArgumentException if the decision is allowed
   */
  public Answer insufficientScope(Decision denial, String path) {
    Objects.requireNonNull(denial, "denial");
    Objects.requireNonNull(path, "path");
    if (denial.allowed()) {
      throw new IllegalArgumentException("the decision allows the request; there is nothing to answer");
    }
    return exposeMissingScope
        ? render(403, denial.message().orElseThrow(), Optional.of(Challenge.insufficientScope(denial.required())), path)
        : render(403, HIDDEN_SCOPE_MESSAGE, HIDDEN_CHALLENGE, path);
  }

  /**
   * The 403 answer to a request that asks to mint a key or an embed token with scopes its token
   * cannot delegate: the delegation's message ({@code Token cannot delegate scope: workflow:*}), no
   * challenge. The missing-scope option does not apply: the scope named is one the request asked
   * for.
   *
   * {@snippet :
   * Delegation d = Delegation.check(callerGrant, catalog.parseAll(requestedScopes));
   * if (!d.allowed()) {
   *   Answer a = answers.delegationRefused(d, request.getRequestURI());
   * }
   * }
   *
   * @param refusal the engine's delegation; refused
   * @param path the raw request path for the body
   * @return the answer
   * @throws IllegalArgumentException if the delegation is allowed
   */
  public Answer delegationRefused(Delegation refusal, String path) {
    Objects.requireNonNull(refusal, "refusal");
    Objects.requireNonNull(path, "path");
    if (refusal.allowed()) {
      throw new IllegalArgumentException("the delegation is allowed; there is nothing to answer");
    }
    return render(403, refusal.message().orElseThrow(), Optional.empty(), path);
  }

  /**
   * The 401 answer to a request without a token: {@code Missing bearer token}, with {@code
   * WWW-Authenticate: Bearer}.
   *
   * @param path the raw request path for the body
   * @return the answer
   */
  public Answer unauthenticated(String path) {
    return render(401, GuardDecision.UNAUTHENTICATED_MESSAGE, BEARER, Objects.requireNonNull(path, "path"));
  }

  /**
   * The 401 answer to a request whose token was rejected, with {@code WWW-Authenticate: Bearer
   * error="invalid_token"} and {@code reason} as the message; the reason must be fit for the
   * client to read.
   *
   * @param reason why, such as {@code "Token has conflicting scope and scp claims"}
   * @param path the raw request path for the body
   * @return the answer
   */
  public Answer invalidToken(String reason, String path) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(path, "path");
    return render(401, reason, INVALID_TOKEN, path);
  }

  private Answer render(int status, String message, Optional<String> challenge, String path) {
    String timestamp = timestamp(clock.instant());
    String traceId = Objects.requireNonNull(traceIds.get(), "the trace id supplier returned null");
    Json json = new Json();
    if (format == ErrorFormat.SIGNSTACK) {
      json.number("statusCode", status)
          .string("timestamp", timestamp)
          .string("path", path)
          .string("traceId", traceId)
          .object("errorInfo").string("message", message).end();
    } else {
      json.string("type", "about:blank")
          .string("title", reasonPhrase(status))
          .number("status", status)
          .string("detail", message)
          .string("instance", path)
          .string("timestamp", timestamp)
          .string("traceId", traceId);
    }
    return new Answer(status, format.contentType(), challenge, json.close());
  }

  /** The timestamp format of every body: UTC, always to the millisecond. */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      default:
        return "Forbidden";
    }
  }

  /**
   * A summary: {@code Answers[SIGNSTACK, missing scope named]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Answers[" + format + ", missing scope " + (exposeMissingScope ? "named" : "hidden") + "]";
  }

  /** Builds {@link Answers}. Not thread-safe; build once at start-up. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private Supplier<String> traceIds = () -> UUID.randomUUID().toString();
    private ErrorFormat format = ErrorFormat.SIGNSTACK;
    private boolean exposeMissingScope = true;

    private Builder() {}

    /**
     * The clock for the body's {@code timestamp}; by default the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Where each body's {@code traceId} comes from; by default a random UUID. Called once per
     * answer, on the request's thread, so it may read a logging context.
     *
     * @param traceIds the supplier; must not return {@code null}
     * @return this builder
     */
    public Builder traceIds(Supplier<String> traceIds) {
      this.traceIds = Objects.requireNonNull(traceIds, "traceIds");
      return this;
    }

    /**
     * The body format; by default {@link ErrorFormat#SIGNSTACK}.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(ErrorFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Whether a 403 for a missing scope names it, in the message and the challenge; {@code true}
     * by default. See {@link Answers} for the wording when it does not.
     *
     * @param expose {@code false} to hide the scope
     * @return this builder
     */
    public Builder exposeMissingScope(boolean expose) {
      this.exposeMissingScope = expose;
      return this;
    }

    /**
     * Builds the answers.
     *
     * @return the answers
     */
    public Answers build() {
      return new Answers(this);
    }
  }
}
