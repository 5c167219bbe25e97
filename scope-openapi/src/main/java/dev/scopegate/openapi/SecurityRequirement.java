package dev.scopegate.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One Security Requirement Object of an OpenAPI {@code security} list, as the document writes it:
 * every scheme it names must be satisfied, and for {@code oauth2} and {@code openIdConnect} the
 * list holds the scopes required. The empty object {@code {}} means anonymous access is allowed.
 *
 * {@snippet :
 * op.security();   // [{api_key: []}, {petstore_auth: [write:pets, read:pets]}]: either one
 * }
 */
public final class SecurityRequirement {
  private final Map<String, List<String>> schemes;
  private final SourceLocation location;

  SecurityRequirement(Map<String, List<String>> schemes, SourceLocation location) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    schemes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.schemes = Collections.unmodifiableMap(copy);
    this.location = location;
  }

  /**
   * The schemes named, each with its list (scopes, or for other schemes usually empty), in
   * document order.
   *
   * @return scheme name to list
   */
  public Map<String, List<String>> schemes() {
    return schemes;
  }

  /**
   * Whether this is the empty requirement {@code {}}: anonymous access is allowed.
   *
   * @return {@code true} for {@code {}}
   */
  public boolean isAnonymous() {
    return schemes.isEmpty();
  }

  /**
   * Where the requirement object stands.
   *
   * @return the location
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * Requirements are equal when their schemes and location are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal requirement
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SecurityRequirement)) {
      return false;
    }
    SecurityRequirement that = (SecurityRequirement) other;
    return schemes.equals(that.schemes) && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(schemes, location);
  }

  /**
   * As YAML flow style: {@code {petstore_auth: [write:pets, read:pets]}}, {@code {api_key: []}} or
   * {@code {}}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    schemes.forEach((k, v) -> parts.add(k + ": [" + String.join(", ", v) + "]"));
    return "{" + String.join(", ", parts) + "}";
  }
}
