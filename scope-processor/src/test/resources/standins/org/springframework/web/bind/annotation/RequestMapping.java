package org.springframework.web.bind.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stand-in with Spring's qualified name and members. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequestMapping {
  String name() default "";
  String[] value() default {};
  String[] path() default {};
  RequestMethod[] method() default {};
  String[] produces() default {};
}
