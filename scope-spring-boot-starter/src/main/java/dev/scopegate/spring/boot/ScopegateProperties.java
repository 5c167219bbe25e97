package dev.scopegate.spring.boot;

import dev.scopegate.guard.ErrorFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scopegate's settings, {@code scopegate.*}. Every one has a safe default; a bad value fails the
 * start with one sentence that names the property.
 *
 * {@snippet lang=properties :
 * scopegate.openapi.location=classpath:openapi.yaml   # the routes and their scopes
 * scopegate.catalog=signstack                         # default
 * scopegate.claim-name=permissions                    # default: scope, else scp
 * scopegate.error-body=problem                        # default: signstack
 * scopegate.expose-missing-scope=false                # default: true
 * scopegate.enforce=both                              # default: routes and annotations
 * scopegate.bindings.orgId=org_id                     # {orgId} must be the token's org_id
 * scopegate.mode-binding.parameter=namespaceKey       # the namespace's mode (a ModeLookup bean)
 * scopegate.mode-binding.claim=mode                   #   must be the token's mode
 * }
 *
 * @param catalog The scope catalog every declared scope must belong to: "signstack", the Signstack
 *     API's catalog.
 * @param openapi The OpenAPI document whose operations are the routes.
 * @param claimName The one token claim that holds the scopes, such as Auth0's "permissions" (a
 *     space-delimited string or an array). Unset, "scope" is read, else "scp".
 * @param errorBody The body of every 400, 401 and 403: "signstack" (the Signstack API reference's
 *     JSON) or "problem" (RFC 9457 application/problem+json).
 * @param exposeMissingScope Whether a 403 names the missing scope, in its message and in the
 *     WWW-Authenticate challenge's scope attribute.
 * @param enforce What is enforced: "routes" (every request must match an operation of the OpenAPI
 *     document and carry its scopes), "annotations" (@RequiresScopes and the @scopes bean on
 *     methods; every request needs a valid token), or "both".
 * @param bindings Path parameters of the OpenAPI document's operations bound to token claims, by
 *     parameter name: "scopegate.bindings.orgId=org_id" makes every protected operation with an
 *     {orgId} parameter require the token's org_id claim (or one of its values, for a list) to equal
 *     the parameter exactly as sent.
 * @param modeBinding The namespace's live/test mode bound to a token claim.
 */
@ConfigurationProperties(prefix = "scopegate")
public record ScopegateProperties(
    @DefaultValue("signstack") String catalog,
    @DefaultValue OpenApi openapi,
    @Nullable String claimName,
    @DefaultValue("signstack") ErrorFormat errorBody,
    @DefaultValue("true") boolean exposeMissingScope,
    @DefaultValue("both") Enforcement enforce,
    @Nullable Map<String, String> bindings,
    @DefaultValue ModeBinding modeBinding) {

  /**
   * The parameter bindings, by parameter name; empty when none are set.
   *
   * @return the bindings
   */
  public Map<String, String> parameterBindings() {
    return bindings == null ? Map.of() : bindings;
  }

  /**
   * The mode binding: the mode of the namespace a path parameter names, from the application's
   * ModeLookup bean, must equal a token claim.
   *
   * @param parameter The path parameter naming the namespace, such as "namespaceKey".
   * @param claim The token's mode claim, such as "mode".
   */
  public record ModeBinding(@Nullable String parameter, @Nullable String claim) {}

  /**
   * The OpenAPI document.
   *
   * @param location Where the OpenAPI document is, JSON or YAML: "classpath:openapi.yaml" or
   *     "file:/etc/api/openapi.json". Needed when routes are enforced, unless the application
   *     defines its own RouteTable bean.
   */
  public record OpenApi(@Nullable String location) {}

  /** What Scopegate enforces. */
  public enum Enforcement {
    /** Every request must match a declared operation and carry its scopes. */
    ROUTES,
    /** {@code @RequiresScopes} and {@code @scopes} on methods; every request needs a valid token. */
    ANNOTATIONS,
    /** Both: the route's scopes first, then the method's. */
    BOTH;

    boolean routes() {
      return this != ANNOTATIONS;
    }

    boolean annotations() {
      return this != ROUTES;
    }
  }
}
