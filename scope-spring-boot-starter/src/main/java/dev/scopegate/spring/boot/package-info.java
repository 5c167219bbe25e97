/**
 * Spring Boot auto-configuration for Scopegate: {@link
 * dev.scopegate.spring.boot.ScopegateProperties} ({@code scopegate.*}) and {@link
 * dev.scopegate.spring.boot.ScopegateAutoConfiguration}. See the module's README.
 */
@NullMarked
package dev.scopegate.spring.boot;

import org.jspecify.annotations.NullMarked;
