package dev.scopegate.benchmarks;

import dev.scopegate.AccessRule;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.openjdk.jol.info.GraphLayout;

/**
 * How much memory a service's compiled rules hold: {@value #ROUTES} routes over a generated catalog
 * of {@value #CATALOG_SCOPES} scopes (families of eight verbs, each with a wildcard), measured with
 * JOL ({@link GraphLayout}) as every object reachable from the rules that is not part of the
 * catalog itself, which they share. The routes are what services declare: one to three required
 * scopes, some of them family wildcards, and every tenth route a rule of two alternatives.
 *
 * <p>{@code bench.sh} runs {@link #main} after JMH and adds its {@code key=value} lines to the
 * run's description, which the report generator turns into a target row of BENCHMARKS.md.
 *
 * {@snippet lang=shell :
 * java -cp scope-benchmarks/target/benchmarks.jar dev.scopegate.benchmarks.RuleMemory
 * }
 */
public final class RuleMemory {
  /** How many routes. */
  public static final int ROUTES = 1_000;
  /** How many concrete scopes the catalog has. */
  public static final int CATALOG_SCOPES = 1_024;

  static {
    // Records (the catalog keeps one) have no Unsafe field offsets; JOL then reads them another way.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
  }

  private RuleMemory() {}

  /**
   * The routes' compiled rules, deterministic.
   *
   * @param catalog the catalog
   * @return one rule per route
   */
  static List<AccessRule> routes(ScopeCatalog catalog) {
    Random random = new Random(1);
    List<Scope> scopes = catalog.scopes();
    List<ScopeFamily> families = catalog.families();
    List<AccessRule> rules = new ArrayList<>(ROUTES);
    for (int i = 0; i < ROUTES; i++) {
      Requirement first = requirement(catalog, random, scopes, families);
      rules.add(i % 10 == 9 ? AccessRule.anyOf(first, requirement(catalog, random, scopes, families)) : AccessRule.of(first));
    }
    return rules;
  }

  private static Requirement requirement(ScopeCatalog catalog, Random random, List<Scope> scopes, List<ScopeFamily> families) {
    List<Scope> required = new ArrayList<>();
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      required.add(random.nextInt(8) == 0
          ? families.get(random.nextInt(families.size())).wildcard().orElseThrow()
          : scopes.get(random.nextInt(scopes.size())));
    }
    return catalog.requirement(required);
  }

  /**
   * The bytes the rules hold beyond the catalog they share.
   *
   * @param catalog the catalog
   * @param rules the rules
   * @return the retained size, in bytes
   */
  static long retainedBytes(ScopeCatalog catalog, List<AccessRule> rules) {
    Object[] roots = new Object[rules.size() + 1];
    roots[0] = catalog;
    for (int i = 0; i < rules.size(); i++) {
      roots[i + 1] = rules.get(i);
    }
    return GraphLayout.parseInstance(roots).totalSize() - GraphLayout.parseInstance(catalog).totalSize();
  }

  /**
   * Measures and prints {@code memory.rules.bytes}, {@code memory.rules.routes} and {@code
   * memory.rules.catalogScopes} as properties lines.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ScopeCatalog catalog = GeneratedCatalog.of(CATALOG_SCOPES);
    List<AccessRule> rules = routes(catalog);
    System.out.println("memory.rules.bytes=" + retainedBytes(catalog, rules));
    System.out.println("memory.rules.routes=" + ROUTES);
    System.out.println("memory.rules.catalogScopes=" + CATALOG_SCOPES);
  }
}
