/**
 * Declaring the scopes an operation requires, in code.
 *
 * <p>{@link dev.scopegate.annotations.RequiresScopes} goes on a handler method (or on a type, for
 * all its public methods). It is enforced at run time by a method-security interceptor, and checked
 * at compile time by {@code scope-processor}, which fails {@code javac} on a scope the catalog does
 * not declare:
 *
 * {@snippet :
 * @RequiresScopes("workflow:create")
 * public Workflow create(String namespace, WorkflowDraft draft) { ... }
 * }
 *
 * <p>This package has no dependencies, so a module that only declares scopes pulls in nothing else.
 */
package dev.scopegate.annotations;
