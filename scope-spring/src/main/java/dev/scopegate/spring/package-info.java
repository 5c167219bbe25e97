/**
 * Scopegate in Spring Security 7: {@link dev.scopegate.spring.GuardAuthorizationManager} decides
 * every request with the guard, {@link dev.scopegate.spring.RequiresScopesAuthorizationManager}
 * enforces {@code @RequiresScopes} on methods, {@link dev.scopegate.spring.ScopeExpressions} is the
 * {@code @scopes} SpEL bean, and {@link dev.scopegate.spring.ScopeAccessDeniedHandler} and {@link
 * dev.scopegate.spring.ScopeAuthenticationEntryPoint} send the guard's answers; {@link
 * dev.scopegate.spring.ScopeAnnotationValidator} checks every declared scope at start-up. See the
 * module's README.
 */
@NullMarked
package dev.scopegate.spring;

import org.jspecify.annotations.NullMarked;
