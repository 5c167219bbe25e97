package dev.scopegate.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One security scheme of an OpenAPI document ({@code components.securitySchemes}), as far as
 * authorization is concerned: its name, its type, and for {@code oauth2} the scopes its flows
 * declare.
 *
 * {@snippet :
 * SecurityScheme auth = spec.schemes().get(0);
 * auth.name();            // "petstore_auth"
 * auth.type();            // OAUTH2
 * auth.scopes();          // {write:pets=modify pets in your account, read:pets=read your pets}
 * }
 */
public final class SecurityScheme {
  /** The scheme types of OpenAPI 3.0 to 3.2. */
  public enum Type {
    /** {@code oauth2}: its requirement lists are the scopes a token must hold. */
    OAUTH2("oauth2", true),
    /** {@code openIdConnect}: its requirement lists are the scopes a token must hold. */
    OPEN_ID_CONNECT("openIdConnect", true),
    /** {@code apiKey}: a key in a header, query parameter or cookie; no scopes. */
    API_KEY("apiKey", false),
    /** {@code http}: HTTP authentication such as basic or bearer; no scopes. */
    HTTP("http", false),
    /** {@code mutualTLS}: a client certificate; no scopes. */
    MUTUAL_TLS("mutualTLS", false);

    private final String id;
    private final boolean scopes;

    Type(String id, boolean scopes) {
      this.id = id;
      this.scopes = scopes;
    }

    /**
     * The type as the document spells it.
     *
     * @return such as {@code "oauth2"}
     */
    public String id() {
      return id;
    }

    /**
     * Whether a requirement of this scheme names scopes, which a bearer token's scope claim can
     * satisfy. The other schemes are authentication the guard does not check.
     *
     * @return {@code true} for {@code oauth2} and {@code openIdConnect}
     */
    public boolean hasScopes() {
      return scopes;
    }
  }

  private final String name;
  private final Type type;
  private final Map<String, String> scopes;
  private final SourceLocation location;

  SecurityScheme(String name, Type type, Map<String, String> scopes, SourceLocation location) {
    this.name = name;
    this.type = type;
    this.scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
    this.location = location;
  }

  /**
   * The scheme's name, the key under {@code components.securitySchemes}.
   *
   * @return such as {@code "petstore_auth"}
   */
  public String name() {
    return name;
  }

  /**
   * The scheme's type.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * For {@code oauth2}, the scopes its flows declare (every flow, in document order, each scope
   * once, with the first description given); for {@code openIdConnect}, the scopes the document
   * uses it with (their descriptions say so); empty for the other types.
   *
   * @return scope to description, in document order
   */
  public Map<String, String> scopes() {
    return scopes;
  }

  /**
   * Where the scheme is declared: the position of its name.
   *
   * @return the location
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * Schemes are equal when name, type, scopes and location are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal scheme
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SecurityScheme)) {
      return false;
    }
    SecurityScheme that = (SecurityScheme) other;
    return name.equals(that.name) && type == that.type && scopes.equals(that.scopes) && location.equals(that.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, scopes, location);
  }

  /**
   * {@code petstore_auth (oauth2: write:pets, read:pets)} or {@code api_key (apiKey)}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return name + " (" + type.id() + (scopes.isEmpty() ? "" : ": " + String.join(", ", scopes.keySet())) + ")";
  }
}
