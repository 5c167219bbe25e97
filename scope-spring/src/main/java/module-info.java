/**
 * Scopegate for Spring Security 7, without Spring Boot: every request decided by the scope guard,
 * {@code @RequiresScopes} and a SpEL bean for method security, and the handlers that send the
 * guard's answers.
 *
 * <p>Only {@code dev.scopegate.spring} is exported.
 */
module dev.scopegate.spring {
  requires transitive dev.scopegate.guard;
  requires transitive dev.scopegate.annotations;
  requires transitive spring.security.core;
  requires transitive spring.security.web;
  requires spring.security.oauth2.core;
  requires spring.security.oauth2.resource.server;
  requires spring.aop;
  requires spring.beans;
  requires spring.context;
  requires spring.core;
  requires spring.expression;
  requires static jakarta.servlet;
  requires static org.jspecify;

  exports dev.scopegate.spring;
}
