package dev.scopegate.testing;

import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps every jqwik property's tries, and optionally fixes its seed, when the system properties
 * {@code scopegate.jqwik.maxTries} and {@code scopegate.jqwik.seed} are set; otherwise does
 * nothing. Registered globally (META-INF/services), so it applies to every module that has
 * scope-core's test-jar on its test class path.
 *
 * <p>Mutation testing runs the suite once per mutant: the PIT profile sets both properties so
 * that the properties stay cheap and a mutant is killed (or not) the same way on every run.
 */
public final class TriesBudget implements AroundPropertyHook {
  /** The system property that caps tries. */
  public static final String MAX_TRIES = "scopegate.jqwik.maxTries";
  /** The system property that fixes the seed. */
  public static final String SEED = "scopegate.jqwik.seed";

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String max = System.getProperty(MAX_TRIES);
    if (max != null) {
      int cap = Integer.parseInt(max.trim());
      Optional<Integer> declared = context.attributes().tries();
      context.attributes().setTries(declared.isPresent() ? Math.min(declared.get(), cap) : cap);
    }
    String seed = System.getProperty(SEED);
    if (seed != null) {
      context.attributes().setSeed(seed.trim());
    }
    return property.execute();
  }
}
