/**
 * The request guard: route an HTTP request to the operation it invokes, and decide it.
 *
 * {@snippet :
 * RouteTable routes = RouteTable.builder(SignstackScopes.CATALOG)
 *     .route("POST", "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows", "workflow:create")
 *     .publicRoute("POST", "/v1/auth/token")
 *     .build();
 * Guard guard = Guard.of(routes);
 *
 * GuardDecision d = guard.check("POST", "/v1/orgs/o1/namespaces/ns/workflows", ScopeClaim.of("workflow:read"));
 * d.outcome();           // INSUFFICIENT_SCOPE
 * d.status();            // 403
 * d.message();           // Optional[Token lacks required scope: workflow:create]
 * d.wwwAuthenticate();   // Optional[Bearer error="insufficient_scope", scope="workflow:create"]
 * }
 *
 * <p>{@link dev.scopegate.guard.Guard} documents the path rules; every type here is immutable and
 * thread-safe, and no method accepts or returns {@code null}.
 */
@NullMarked
package dev.scopegate.guard;

import org.jspecify.annotations.NullMarked;
