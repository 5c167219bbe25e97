package dev.scopegate.spring.boot;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Whether {@code scopegate.enforce} (default {@code both}) covers routes, or annotations. */
abstract class EnforcementCondition extends SpringBootCondition {
  private static final String PROPERTY = "scopegate.enforce";

  abstract boolean covers(ScopegateProperties.Enforcement enforcement);

  abstract String what();

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    ScopegateProperties.Enforcement enforcement = Binder.get(context.getEnvironment())
        .bind(PROPERTY, ScopegateProperties.Enforcement.class)
        .orElse(ScopegateProperties.Enforcement.BOTH);
    String message = PROPERTY + "=" + enforcement.name().toLowerCase(Locale.ROOT);
    return covers(enforcement)
        ? ConditionOutcome.match(message + " enforces " + what())
        : ConditionOutcome.noMatch(message + " does not enforce " + what());
  }

  /** Routes: {@code routes} or {@code both}. */
  static final class Routes extends EnforcementCondition {
    @Override
    boolean covers(ScopegateProperties.Enforcement enforcement) {
      return enforcement.routes();
    }

    @Override
    String what() {
      return "routes";
    }
  }

  /** Annotations: {@code annotations} or {@code both}. */
  static final class Annotations extends EnforcementCondition {
    @Override
    boolean covers(ScopegateProperties.Enforcement enforcement) {
      return enforcement.annotations();
    }

    @Override
    String what() {
      return "annotations";
    }
  }
}
