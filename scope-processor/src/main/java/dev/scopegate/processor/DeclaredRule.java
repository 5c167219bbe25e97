package dev.scopegate.processor;

import dev.scopegate.annotations.RequiresScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

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
   * @param complete false when javac could not compute one of its values (and reports that itself)
   * @param position the annotation value to point at for the alternative as a whole
   */
  record Alternative(String label, List<Entry> entries, boolean complete, Optional<AnnotationValue> position) {
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

  /** The element's {@code @RequiresScopes}, read, if it carries one. */
  static Optional<DeclaredRule> on(Element element) {
    return Mirrors.find(element, ANNOTATION).map(mirror -> read(element, mirror));
  }

  private static DeclaredRule read(Element element, AnnotationMirror mirror) {
    List<Alternative> alternatives = new ArrayList<>();
    Optional<AnnotationValue> value = Mirrors.explicit(mirror, "value");
    alternatives.add(alternative("value", value, value));
    Optional<AnnotationValue> or = Mirrors.explicit(mirror, "or");
    List<AnnotationValue> ors = or.map(Mirrors::elements).orElse(List.of());
    for (int i = 0; i < ors.size(); i++) {
      AnnotationValue item = ors.get(i);
      if (item.getValue() instanceof AnnotationMirror alternative) {
        alternatives.add(alternative("or[" + i + "]", Mirrors.explicit(alternative, "value"), Optional.of(item)));
      }
    }
    return new DeclaredRule(element, mirror, alternatives, Mirrors.explicit(mirror, "operationId"));
  }

  private static Alternative alternative(String label, Optional<AnnotationValue> array, Optional<AnnotationValue> position) {
    List<Entry> entries = new ArrayList<>();
    boolean complete = array.isPresent() && !Mirrors.isErroneous(array.get());
    for (AnnotationValue item : array.map(Mirrors::elements).orElse(List.of())) {
      if (!Mirrors.isErroneous(item) && item.getValue() instanceof String text) {
        entries.add(new Entry(text, item));
      } else {
        complete = false;
      }
    }
    return new Alternative(label, entries, complete, position);
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
    return operationId.filter(v -> !Mirrors.isErroneous(v) && v.getValue() instanceof String s && !s.isEmpty());
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
