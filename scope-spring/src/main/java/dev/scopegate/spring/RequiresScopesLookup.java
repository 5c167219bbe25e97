package dev.scopegate.spring;

import dev.scopegate.annotations.RequiresScopes;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.BridgeMethodResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Which {@code @RequiresScopes} applies to a method, as the annotation documents it: the method's
 * own (also when declared on the interface or superclass method it implements), else that of the
 * type that declares the method, for a public method.
 */
final class RequiresScopesLookup {
  private RequiresScopesLookup() {}

  /**
   * The annotation in force for a call of {@code method} on an instance of {@code targetClass}.
   *
   * @param method the method called, possibly an interface method
   * @param targetClass the class of the bean's target; {@code null} when unknown
   */
  static Optional<Located> find(Method method, @Nullable Class<?> targetClass) {
    Method specific = BridgeMethodResolver.findBridgedMethod(AopUtils.getMostSpecificMethod(method, targetClass));
    RequiresScopes own = AnnotatedElementUtils.findMergedAnnotation(specific, RequiresScopes.class);
    if (own != null) {
      return Optional.of(new Located(own, specific));
    }
    if (!Modifier.isPublic(specific.getModifiers())) {
      return Optional.empty();
    }
    RequiresScopes onType = AnnotatedElementUtils.getMergedAnnotation(specific.getDeclaringClass(), RequiresScopes.class);
    return onType == null ? Optional.empty() : Optional.of(new Located(onType, specific));
  }

  /** A method for messages: {@code com.example.WorkflowController.create(String)}. */
  static String where(Method method) {
    StringBuilder sb = new StringBuilder(method.getDeclaringClass().getName()).append('.').append(method.getName()).append('(');
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
    }
    return sb.append(')').toString();
  }

  /** An annotation in force and the method it applies to. */
  record Located(RequiresScopes annotation, Method method) {
    /** The method, for messages. */
    String where() {
      return RequiresScopesLookup.where(method);
    }
  }
}
