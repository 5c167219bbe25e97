/**
 * A Jakarta Servlet {@code Filter} that runs the Scopegate guard on every request and answers
 * denials with the documented JSON bodies and {@code WWW-Authenticate} challenges.
 *
 * <p>Only {@code dev.scopegate.servlet} is exported. The servlet API is provided by the container.
 */
module dev.scopegate.servlet {
  requires transitive dev.scopegate.guard;
  requires transitive jakarta.servlet;
  requires static org.jspecify;

  exports dev.scopegate.servlet;
}
