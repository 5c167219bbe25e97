package dev.scopegate.guard;

/**
 * Why a raw request path is rejected with 400 instead of being matched. Each problem is a way a
 * path can mean different things to different components (this guard, the servlet container, a
 * proxy, the application's own router), so the guard refuses it rather than guessing which
 * reading the application will use.
 */
enum PathProblem {
  NOT_ABSOLUTE("the path does not start with '/'"),
  TOO_LONG("the path is longer than " + RequestPath.MAX_LENGTH + " characters"),
  EMPTY_SEGMENT("empty path segment (a double or trailing slash)"),
  DOT_SEGMENT("'.' or '..' path segment"),
  MATRIX_PARAMETER("';' in the path (matrix or path parameters are not accepted)"),
  BACKSLASH("backslash in the path"),
  QUERY_OR_FRAGMENT("'?' or '#' in the path; the path is matched without its query string"),
  NOT_PRINTABLE_ASCII("character outside printable ASCII in the path"),
  INVALID_CHARACTER("character not allowed in a URI path"),
  MALFORMED_PERCENT("'%' not followed by two hex digits"),
  ENCODED_SLASH("percent-encoded '/' (%2F)"),
  ENCODED_BACKSLASH("percent-encoded backslash (%5C)"),
  ENCODED_DOT("percent-encoded '.' (%2E)"),
  ENCODED_PERCENT("percent-encoded '%' (%25, double encoding)"),
  ENCODED_SEMICOLON("percent-encoded ';' (%3B)"),
  ENCODED_CONTROL("percent-encoded control character (%00-%1F or %7F)"),
  ENCODED_SPACE_AT_EDGE("percent-encoded space (%20) at the start or end of a segment"),
  ENCODED_NON_ASCII("percent-encoded byte above %7F (non-ASCII paths are not accepted)"),
  ENCODED_UNRESERVED("percent-encoded letter, digit, '-', '_' or '~'; send it unencoded");

  /** The prefix of every 400 message. */
  static final String MESSAGE_PREFIX = "Invalid request path: ";

  private final Resolution resolution;

  PathProblem(String reason) {
    this.resolution = Resolution.decided(GuardDecision.badRequest(MESSAGE_PREFIX + reason));
  }

  /** The shared resolution answering this problem: 400 with {@code Invalid request path: <reason>}. */
  Resolution resolution() {
    return resolution;
  }
}
