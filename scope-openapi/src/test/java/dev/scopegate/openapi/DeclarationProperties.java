package dev.scopegate.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.AccessRule;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/** Laws of reading one operation's x-required-scopes. */
class DeclarationProperties {
  private static final ScopeCatalog CATALOG = SignstackScopes.CATALOG;

  /** Declared entries: every scope the catalog accepts, and texts it must reject, mixed. */
  @Provide
  Arbitrary<List<String>> declarations() {
    List<String> texts = new ArrayList<>();
    for (Scope s : CATALOG.knownScopes()) {
      texts.add(s.toString());
    }
    Arbitrary<String> valid = Arbitraries.of(texts);
    Arbitrary<String> invalid =
        Arbitraries.oneOf(
            valid.map(t -> t.toUpperCase(Locale.ROOT)),
            valid.map(t -> t + "x"),
            valid.map(t -> t + "\t"),
            valid.map(t -> t.replace(':', '.')),
            Arbitraries.of("file:*", "user:*", "*:*", "workflow:re*", ""));
    return Arbitraries.frequencyOf(Tuple.of(6, valid), Tuple.of(1, invalid))
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  private static String json(List<String> entries) {
    StringBuilder sb = new StringBuilder("{\"openapi\": \"3.1.0\", \"paths\": {\"/a\": {\"get\": {\"x-required-scopes\": [");
    for (int i = 0; i < entries.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(entries.get(i).replace("\t", "\\t")).append('"');
    }
    return sb.append("]}}}}").toString();
  }

  @Property(tries = 300)
  void anOperationGetsExactlyItsDeclaredRequirementOrNoneAtAll(@ForAll("declarations") List<String> entries) {
    OpenApiSpec spec = OpenApiSpec.parse("a.json", json(entries), CATALOG);
    Operation op = spec.operations().operations().get(0);

    List<Scope> parsed = new ArrayList<>();
    boolean allValid = true;
    for (String e : entries) {
      try {
        parsed.add(CATALOG.parse(e));
      } catch (IllegalArgumentException notAScope) {
        allValid = false;
      }
    }
    Statistics.label("declaration").collect(allValid ? "valid" : "invalid");
    Statistics.label("declaration").coverage(c -> {
      c.check("valid").percentage(p -> p > 20);
      c.check("invalid").percentage(p -> p > 20);
    });

    if (allValid) {
      assertThat(op.rule()).contains(AccessRule.of(CATALOG.requirement(parsed)));
      assertThat(op.isBroken()).isFalse();
      assertThat(spec.hasErrors()).isFalse();
    } else {
      assertThat(op.rule()).isEmpty();
      assertThat(op.isBroken()).isTrue();
      assertThat(op.isPublic()).isFalse();
      assertThat(spec.errors()).isNotEmpty().allMatch(p -> p.kind() == SpecProblem.Kind.INVALID_SCOPE);
    }
  }
}
