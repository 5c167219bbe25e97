package dev.scopegate.processor;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code @RequiresScopes} would have no effect: method security runs in a proxy that
 * overrides the bean's methods, so it only guards a public, non-final, non-static method of a type
 * the proxy can extend. Everywhere else the method would run unprotected, which is worth a warning.
 */
final class ProxyReach {
  private final Types types;
  private final Reporter reporter;

  ProxyReach(Types types, Reporter reporter) {
    this.types = types;
    this.reporter = reporter;
  }

  /** Warns when the annotated method, or the annotated type's methods, cannot be intercepted. */
  void check(DeclaredRule rule) {
    if (rule.element() instanceof ExecutableElement method) {
      methodObstacle(method).or(() -> typeObstacle((TypeElement) method.getEnclosingElement()))
          .ifPresent(why -> warn(signature(method), why, method, rule.mirror()));
      return;
    }
    TypeElement type = (TypeElement) rule.element();
    Optional<String> obstacle = typeObstacle(type);
    if (obstacle.isPresent()) {
      warn("The methods of " + type.getSimpleName(), obstacle.get(), type, rule.mirror());
      return;
    }
    // A public method the type-level annotation seems to cover, but a proxy cannot override.
    for (ExecutableElement method : DeclaredRule.coveredBy(type)) {
      methodObstacle(method).ifPresent(why -> warn(signature(method), why, method, null));
    }
  }

  private void warn(String what, String why, Element element, @Nullable AnnotationMirror mirror) {
    reporter.warning(what + " would be unprotected: a proxy cannot intercept " + why, element, mirror, null);
  }

  private static Optional<String> methodObstacle(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      return Optional.of("a private method");
    }
    if (modifiers.contains(Modifier.STATIC)) {
      return Optional.of("a static method");
    }
    if (modifiers.contains(Modifier.FINAL)) {
      return Optional.of("a final method");
    }
    if (!modifiers.contains(Modifier.PUBLIC)) {
      return Optional.of("a method that is not public");
    }
    return Optional.empty();
  }

  private static Optional<String> typeObstacle(TypeElement type) {
    Set<Modifier> modifiers = type.getModifiers();
    if (type.getKind() == ElementKind.ENUM) {
      return Optional.of("the methods of an enum");
    }
    if (type.getKind() == ElementKind.RECORD) {
      return Optional.of("the methods of a record");
    }
    if (type.getKind() == ElementKind.ANNOTATION_TYPE) {
      return Optional.of("the members of an annotation type");
    }
    if (modifiers.contains(Modifier.FINAL)) {
      return Optional.of("the methods of a final class");
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      return Optional.of("the methods of a private type");
    }
    return Optional.empty();
  }

  /** {@code create(String, WorkflowDraft)}: how messages name a method. */
  private String signature(ExecutableElement method) {
    StringBuilder out = new StringBuilder().append(method.getSimpleName()).append('(');
    String separator = "";
    for (VariableElement parameter : method.getParameters()) {
      out.append(separator).append(simpleName(types.erasure(parameter.asType())));
      separator = ", ";
    }
    return out.append(')').toString();
  }

  private String simpleName(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return simpleName(array.getComponentType()) + "[]";
    }
    Element element = types.asElement(type);
    return element != null ? element.getSimpleName().toString() : type.toString();
  }
}
