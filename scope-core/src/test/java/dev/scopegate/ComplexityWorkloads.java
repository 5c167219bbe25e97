package dev.scopegate;

import dev.scopegate.testing.TestCatalogs;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The operations {@link ComplexityTest} measures, by name. {@link ComplexityTest} loads this class
 * (and a counting copy of the engine) through {@link dev.scopegate.testing.CountingClassLoader},
 * so it links against the counted engine; it is public with a public constructor for that.
 */
public final class ComplexityWorkloads implements BiFunction<String, String, Object> {
  /** Every operation name {@link #apply} knows. */
  public static final List<String> OPERATIONS = List.of(
      "parseClaim(String)",
      "parseClaim(String).toString()",
      "parseClaim(List)",
      "Requirement.check(String)",
      "searched Requirement.check(String)",
      "Requirement.check(List)",
      "wide Requirement.check(String)",
      "GrantedScopes.check",
      "parseAll(String)",
      "parseAll(Collection)",
      "requirement(String...)",
      "Scope.parse",
      "ScopeCatalog.parse");

  private final ScopeCatalog catalog = TestCatalogs.signstackLike();
  /**
   * Never covered by the measured claims, so every check reads the whole claim; granted by more
   * texts than a search takes (10), so its claim check scans every character.
   */
  private final Requirement absent = catalog.requirement("embed-token:create", "workflow:*", "namespace:*");
  /** Never covered either, and granted by few texts: its claim check searches with indexOf. */
  private final Requirement searched = catalog.requirement("embed-token:create", "workflow:*");
  /** Over 64 scopes: takes the granted-set path. */
  private final ScopeCatalog wide = dev.scopegate.testing.ScopeArbitraries.catalog(List.of(40, 40), List.of(true, true));
  private final Requirement wideAbsent = wide.requirement(wide.families().get(0).name() + ":*", wide.families().get(1).name() + ":*");

  /** For the reflective constructor call. */
  public ComplexityWorkloads() {}

  /**
   * Runs one operation on one input, swallowing the strict parsers' rejections.
   *
   * @param operation one of {@link #OPERATIONS}
   * @param input the claim, scope list or scope text
   * @return the result, so the call cannot be optimized away
   */
  @Override
  public Object apply(String operation, String input) {
    List<String> entries = Arrays.asList(input.split(" "));
    try {
      switch (operation) {
        case "parseClaim(String)":
          return catalog.parseClaim(input);
        case "parseClaim(String).toString()":
          return catalog.parseClaim(input).toString();
        case "parseClaim(List)":
          return catalog.parseClaim(entries);
        case "Requirement.check(String)":
          return absent.check(input);
        case "searched Requirement.check(String)":
          return searched.check(input);
        case "Requirement.check(List)":
          return absent.check(entries);
        case "wide Requirement.check(String)":
          return wideAbsent.check(input);
        case "GrantedScopes.check":
          return catalog.parseClaim(input).check(absent);
        case "parseAll(String)":
          return catalog.parseAll(input);
        case "parseAll(Collection)":
          return catalog.parseAll(entries);
        case "requirement(String...)":
          return catalog.requirement(entries.toArray(new String[0]));
        case "Scope.parse":
          return Scope.parse(input);
        case "ScopeCatalog.parse":
          return catalog.parse(input);
        default:
          throw new IllegalArgumentException("no operation " + operation);
      }
    } catch (InvalidScopeException rejected) {
      return rejected.getMessage();
    }
  }
}
