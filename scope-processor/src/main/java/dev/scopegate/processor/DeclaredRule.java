package dev.scopegate.processor;

import dev.scopegate.annotations.RequiresScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * One {@code @RequiresScopes} as written: its alternatives, each scope with the exact annotation
 * value it came from, so a diagnostic can point at that array element.
 */
final class DeclaredRule {
  /** {@code dev.scopegate.annotations.RequiresScopes}. */
  static final String ANNOTATION = RequiresScopes.class.getCanonicalName();

  /** One scope string and where it is written. */
  record Entry(String text, AnnotationValue value) {}

  /**
   * One alternative: {@code value()} or one {@code or()} element.
   *
   * @param label how messages name it: {@code value} or {@code or[0]}
   * @param entries its scopes, in source order
   * @param position the annotation value to point at for the alternative as a whole
   */
  record Alternative(String label, List<Entry> entries, AnnotationValue position) {
    List<String> texts() {
      List<String> out = new ArrayList<>(entries.size());
      for (Entry e : entries) {
        out.add(e.text());
      }
      return out;
    }
  }

  private final Element element;
  private final AnnotationMirror mirror;
  private final List<Alternative> alternatives;
  private final Optional<AnnotationValue> operationId;

  private DeclaredRule(Element element, AnnotationMirror mirror, List<Alternative> alternatives, Optional<AnnotationValue> operationId) {
    this.element = element;
    this.mirror = mirror;
    this.alternatives = List.copyOf(alternatives);
    this.operationId = operationId;
  }

  /**
   * The methods a type-level annotation covers: the public methods the type declares without an
   * annotation of their own (static and final ones included: they look covered but cannot be).
   */
  static List<ExecutableElement> coveredBy(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.PUBLIC) && on(method).isEmpty()) {
        out.add(method);
      }
    }
    return out;
  }

  /**
   * The element's {@code @RequiresScopes}, read, if it carries one javac could compute in full. When
   * a value is erroneous (an unknown constant), javac reports that error itself and the processor
   * says nothing about the annotation.
   */
  static Optional<DeclaredRule> on(Element element) {
    return Mirrors.find(element, ANNOTATION).filter(m -> !Mirrors.isErroneous(m)).map(m -> read(element, m));
  }

  private static DeclaredRule read(Element element, AnnotationMirror mirror) {
    List<Alternative> alternatives = new ArrayList<>();
    AnnotationValue value = Mirrors.explicit(mirror, "value").orElseThrow();
    alternatives.add(new Alternative("value", entries(value), value));
    List<AnnotationValue> ors = Mirrors.explicit(mirror, "or").map(Mirrors::elements).orElse(List.of());
    for (int i = 0; i < ors.size(); i++) {
      AnnotationMirror alternative = (AnnotationMirror) ors.get(i).getValue();
      alternatives.add(new Alternative("or[" + i + "]", entries(Mirrors.explicit(alternative, "value").orElseThrow()), ors.get(i)));
    }
    return new DeclaredRule(element, mirror, alternatives, Mirrors.explicit(mirror, "operationId"));
  }

  private static List<Entry> entries(AnnotationValue array) {
    List<Entry> entries = new ArrayList<>();
    for (AnnotationValue item : Mirrors.elements(array)) {
      entries.add(new Entry((String) item.getValue(), item));
    }
    return entries;
  }

  /** The annotated method or type. */
  Element element() {
    return element;
  }

  /** The annotation itself, which diagnostics name with the value they point at. */
  AnnotationMirror mirror() {
    return mirror;
  }

  /** {@code value()} first, then each {@code or()} element, in source order. */
  List<Alternative> alternatives() {
    return alternatives;
  }

  /** The {@code operationId} as written, when set to a non-empty string. */
  Optional<AnnotationValue> operationIdValue() {
    return operationId.filter(v -> !((String) v.getValue()).isEmpty());
  }

  /** The {@code operationId}, when set to a non-empty string. */
  Optional<String> operationId() {
    return operationIdValue().map(v -> (String) v.getValue());
  }

  /** Every alternative's scope texts, as the manifest lists them. */
  List<List<String>> scopeTexts() {
    List<List<String>> out = new ArrayList<>(alternatives.size());
    for (Alternative a : alternatives) {
      out.add(a.texts());
    }
    return out;
  }
}
