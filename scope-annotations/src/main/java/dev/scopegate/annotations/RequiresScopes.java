package dev.scopegate.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes a caller's token must grant to run the annotated method.
 *
 * <p>The rule is a list of alternatives, any one of which suffices: {@link #value()}, or
 * {@link #or()}{@code [0]}, or {@code or()[1]}, and so on. Within one alternative every scope is
 * required. Scopes are written exactly as the catalog declares them (Signstack's
 * {@code family:verb}, a declared wildcard such as {@code workflow:*}, or an opaque scope token for
 * a catalog that uses them); a declared wildcard is required as a whole, and is satisfied by the
 * wildcard or by every verb it stands for.
 *
 * {@snippet :
 * @RequiresScopes("workflow:create")                          // workflow:create
 * public Workflow create(String namespace, WorkflowDraft draft) { ... }
 *
 * @RequiresScopes({"workflow:update", "file:read"})           // both
 * public Workflow attach(String id, String fileId) { ... }
 *
 * @RequiresScopes(value = "resource:update",                  // resource:update,
 *     or = @RequiresScopes.Alternative("library:publish"),   // or library:publish
 *     operationId = "publishResource")
 * public Resource publish(String id) { ... }
 * }
 *
 * <p><b>On a type</b>, the annotation applies to every public method the type declares that does not
 * carry its own {@code @RequiresScopes}; a method's own annotation replaces the type's, it does not
 * add to it. An {@link #operationId()} names one operation, so it belongs on a method: the compile-time
 * check rejects it on a type.
 *
 * <p><b>An empty list</b> ({@code @RequiresScopes({})}, or an empty alternative) requires no scope:
 * any authenticated token satisfies it. The compile-time check warns about it, since it is rarely
 * what was meant.
 *
 * <p><b>Where it has an effect.</b> Method security runs in a proxy around the bean, so the
 * annotation protects only calls that go through the proxy to a method the proxy can override: a
 * public, non-final, non-static method of a class that is neither final nor private. Elsewhere the
 * method would run unprotected, and the compile-time check warns.
 *
 * <p><b>Compile-time checks.</b> {@code scope-processor} validates every scope strictly against the
 * catalog (a typo is a compiler error with the engine's message and a suggestion), warns about
 * redundant scopes ({@code workflow:read} beside {@code workflow:*}, or a repeat) and redundant
 * alternatives ({@code value = "workflow:read", or = @Alternative("workflow:*")} is just {@code
 * workflow:read}, since the wildcard grants it), and writes
 * {@code META-INF/scopegate/operations.json}, listing every annotated method with its HTTP mapping,
 * operationId and scopes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScopes {
  /**
   * The scopes required together: the first alternative.
   *
   * @return the required scopes, as the catalog spells them
   */
  String[] value();

  /**
   * Further alternatives, each enough on its own: the rule is {@code value()} or {@code or()[0]} or
   * {@code or()[1]} and so on, tried in declared order (a denial names the closest one).
   *
   * @return the further alternatives; none by default
   */
  Alternative[] or() default {};

  /**
   * The id of the API operation this method implements, as the OpenAPI document names it
   * ({@code operationId}). It pairs the handler with its operation when the document and the code
   * are compared; empty (the default) means the pairing goes by HTTP method and path.
   *
   * @return the operation id, or {@code ""} for none
   */
  String operationId() default "";

  /**
   * One further alternative of a {@link RequiresScopes} rule: scopes required together.
   *
   * {@snippet :
   * @RequiresScopes(value = {"workflow:create", "file:upload"}, or = @RequiresScopes.Alternative("namespace:*"))
   * }
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Alternative {
    /**
     * The scopes this alternative requires together.
     *
     * @return the required scopes, as the catalog spells them
     */
    String[] value();
  }
}
