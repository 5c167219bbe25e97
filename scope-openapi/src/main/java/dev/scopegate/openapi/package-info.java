/**
 * The OpenAPI loader: an OpenAPI 3.0/3.1 document's operations with their {@code
 * x-required-scopes}, compiled strictly against a {@link dev.scopegate.ScopeCatalog}, and every
 * problem found, with its file, line and column.
 *
 * {@snippet :
 * OpenApiSpec spec = OpenApiSpec.load(Path.of("openapi.yaml"), SignstackScopes.CATALOG);
 * for (SpecProblem p : spec.problems()) {
 *   System.err.println(p);              // openapi.yaml:14:11: Invalid scope "workflow:craete": ...
 * }
 * OperationTable table = spec.requireValid();   // refuses a document with any error
 * Operation create = table.byOperationId("createWorkflow").orElseThrow();
 * create.requirement().orElseThrow().check(claim);
 * }
 *
 * <p>Every type here is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@NullMarked
package dev.scopegate.openapi;

import org.jspecify.annotations.NullMarked;
