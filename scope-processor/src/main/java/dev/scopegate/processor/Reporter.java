package dev.scopegate.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Every diagnostic the processor gives goes through here: errors always, warnings unless the element
 * or one that encloses it says {@code @SuppressWarnings("scopegate")}. The processor reports; it
 * never throws.
 */
final class Reporter {
  /** The {@code @SuppressWarnings} key that silences the processor's warnings. */
  static final String SUPPRESSION_KEY = "scopegate";

  private final Messager messager;
  private boolean errors;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  void error(String message, Element element, @Nullable AnnotationMirror mirror, @Nullable AnnotationValue value) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, mirror, value);
  }

  /** An error about the processor's configuration, with no place in the source. */
  void error(String message) {
    errors = true;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  void warning(String message, Element element, @Nullable AnnotationMirror mirror, @Nullable AnnotationValue value) {
    if (!suppressed(element)) {
      messager.printMessage(Diagnostic.Kind.WARNING, message, element, mirror, value);
    }
  }

  /** Whether any error has been reported. */
  boolean hasErrors() {
    return errors;
  }

  private static boolean suppressed(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null) {
        for (String key : suppress.value()) {
          if (key.equals(SUPPRESSION_KEY)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
