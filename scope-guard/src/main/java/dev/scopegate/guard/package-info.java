/**
 * The request guard: route an HTTP request to the operation it invokes, decide it, and answer a
 * denial, the same way for every HTTP layer.
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
 *
 * Answer a = Answers.signstack().answer(d, "/v1/orgs/o1/namespaces/ns/workflows");
 * a.body();              // {"statusCode":403,"timestamp":"…","path":"/v1/orgs/o1/namespaces/ns/workflows",…}
 * }
 *
 * <p>An adapter for an HTTP layer does four things, all with types from here: it takes the raw
 * path ({@link dev.scopegate.guard.RequestTarget}), resolves the request ({@link
 * dev.scopegate.guard.Guard#resolve(String, String, RequestHeaders)}), decides it with a claim
 * supplier so that the claim is read only when needed ({@link
 * dev.scopegate.guard.Resolution#decide(java.util.function.Supplier)}), and sends a denial's
 * {@link dev.scopegate.guard.Answer} as it is. {@link dev.scopegate.guard.Guard} documents the
 * order of the checks and the path rules; every type here is immutable and thread-safe, and no
 * method accepts or returns {@code null}.
 */
@NullMarked
package dev.scopegate.guard;

import org.jspecify.annotations.NullMarked;
