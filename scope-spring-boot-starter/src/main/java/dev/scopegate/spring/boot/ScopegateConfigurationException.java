package dev.scopegate.spring.boot;

/**
 * A {@code scopegate.*} setting that cannot work: the start fails with this, and Spring Boot prints
 * its message (which names the property) and what to do.
 *
 * <pre>
 * scopegate.catalog: unknown catalog "signstak"; the catalogs are: signstack
 * </pre>
 */
public final class ScopegateConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String action;

  ScopegateConfigurationException(String property, String problem, String action) {
    super(property + ": " + problem);
    this.property = property;
    this.action = action;
  }

  /**
   * The property at fault.
   *
   * @return its name, such as {@code scopegate.openapi.location}
   */
  public String property() {
    return property;
  }

  /**
   * What to do about it.
   *
   * @return the advice
   */
  public String action() {
    return action;
  }
}
