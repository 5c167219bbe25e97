package dev.scopegate.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Annotations read as mirrors, by qualified name: the processor never loads a framework's
 * annotation classes, so it needs neither Spring nor Jakarta REST on its path.
 */
final class Mirrors {
  private Mirrors() {}

  /** The annotation of that qualified type name placed directly on the element, if any. */
  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The annotation's type's qualified name. */
  static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** A member the source sets explicitly (defaults are not included). */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The elements of an array member's value; a single value written without braces is a one-element
   * array already. A value that is not an array (only in erroneous code) gives no elements.
   */
  static List<AnnotationValue> elements(AnnotationValue arrayValue) {
    List<AnnotationValue> out = new ArrayList<>();
    if (arrayValue.getValue() instanceof List<?> list) {
      for (Object item : list) {
        out.add((AnnotationValue) item);
      }
    }
    return out;
  }

  /**
   * Whether javac could not compute a value (an unknown constant, say). It reports that error itself;
   * the value's text is then a placeholder ({@code "<error>"}) that must not be checked. The language
   * model has no way to say so, hence the compiler's class name.
   */
  static boolean isErroneous(AnnotationValue value) {
    return value.getClass().getName().endsWith("Attribute$Error");
  }

  /**
   * Whether any member of the annotation, nested annotations and array elements included, is
   * {@linkplain #isErroneous(AnnotationValue) erroneous}. (An unknown constant lets processing run,
   * since a processor might generate it; a missing member or a wrongly typed one stops javac before
   * processing.)
   */
  static boolean isErroneous(AnnotationMirror mirror) {
    for (AnnotationValue value : mirror.getElementValues().values()) {
      if (isErroneousValue(value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isErroneousValue(AnnotationValue value) {
    if (isErroneous(value)) {
      return true;
    }
    if (value.getValue() instanceof AnnotationMirror nested) {
      return isErroneous(nested);
    }
    for (AnnotationValue item : elements(value)) {
      if (isErroneousValue(item)) {
        return true;
      }
    }
    return false;
  }

  /** An explicit string member's value; empty when unset. */
  static Optional<String> string(AnnotationMirror mirror, String member) {
    return explicit(mirror, member).filter(v -> !isErroneous(v))
        .map(AnnotationValue::getValue).filter(String.class::isInstance).map(String.class::cast);
  }

  /** The strings of an explicit array-of-strings member, in source order; empty when unset. */
  static List<String> strings(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    explicit(mirror, member).ifPresent(v -> {
      for (AnnotationValue item : elements(v)) {
        if (!isErroneous(item) && item.getValue() instanceof String s) {
          out.add(s);
        }
      }
    });
    return out;
  }

  /** The constant names of an explicit array-of-enums member, in source order; empty when unset. */
  static List<String> enumConstants(AnnotationMirror mirror, String member) {
    List<String> out = new ArrayList<>();
    explicit(mirror, member).ifPresent(v -> {
      for (AnnotationValue item : elements(v)) {
        if (item.getValue() instanceof VariableElement constant) {
          out.add(constant.getSimpleName().toString());
        }
      }
    });
    return out;
  }
}
