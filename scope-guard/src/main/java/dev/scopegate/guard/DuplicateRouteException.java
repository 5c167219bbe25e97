package dev.scopegate.guard;

/**
 * A route refused by {@link RouteTable.Builder} because a route declared earlier for the same
 * method matches exactly the same paths: the two templates differ only in their parameters' names
 * ({@code /v1/things/{id}} and {@code /v1/things/{thingId}}), so the guard could not tell which
 * one a request means.
 *
 * {@snippet :
 * try {
 *   builder.route("GET", "/v1/things/{thingId}", "resource:read");
 * } catch (DuplicateRouteException e) {
 *   e.existingTemplate();   // "/v1/things/{id}", declared first
 *   e.getMessage();         // Duplicate route GET /v1/things/{thingId}: GET /v1/things/{id} already matches the same paths
 * }
 * }
 */
public final class DuplicateRouteException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String template;
  private final String existingTemplate;

  DuplicateRouteException(String method, String template, String existingTemplate) {
    super("Duplicate route " + method + " " + template + ": " + method + " " + existingTemplate + " already matches the same paths");
    this.method = method;
    this.template = template;
    this.existingTemplate = existingTemplate;
  }

  /**
   * The method of both routes, upper case.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The refused route's template, as given.
   *
   * @return the template
   */
  public String template() {
    return template;
  }

  /**
   * The template of the route declared earlier that matches the same paths, as it was given.
   *
   * @return the earlier template
   */
  public String existingTemplate() {
    return existingTemplate;
  }
}
