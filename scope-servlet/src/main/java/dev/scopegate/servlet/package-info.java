/**
 * The servlet integration: {@link dev.scopegate.servlet.ScopeFilter} in front of the application's
 * servlets, reading each request's token claims through a {@link dev.scopegate.servlet.ClaimSource}.
 *
 * {@snippet :
 * ScopeFilter filter = ScopeFilter.builder(routes).build();   // claims from ClaimSource.JWT_CLAIMS_ATTRIBUTE
 * servletContext.addFilter("scopegate", filter)
 *     .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
 * }
 */
@NullMarked
package dev.scopegate.servlet;

import org.jspecify.annotations.NullMarked;
