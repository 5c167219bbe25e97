package dev.scopegate.openapi.internal;

import dev.scopegate.openapi.SourceLocation;
import java.util.Objects;

/** A source that cannot be read as a document at all: bad syntax, bad encoding, too large. */
public final class SourceException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String reason;

  /**
   * A failure at a location.
   *
   * @param location where reading failed
   * @param reason why, in one line
   */
  public SourceException(SourceLocation location, String reason) {
    super(location + ": " + reason);
    this.location = Objects.requireNonNull(location, "location");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Where reading failed.
   *
   * @return the location
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * Why, without the location.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
