package dev.scopegate.openapi;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeGrammar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalog an OpenAPI document declares: every scope of every {@code oauth2} flow and every
 * scope an {@code openIdConnect} scheme is used with, each once (the first description wins), in
 * document order. The grammar is {@code family:verb} when every scope fits it, else opaque scope
 * tokens, unless the options force one; a scope that does not fit the grammar is an error at its
 * declaration and is left out.
 */
final class DocumentCatalog {
  private DocumentCatalog() {}

  /**
   * The catalog in force for a document.
   *
   * @param schemes the document's schemes, openIdConnect ones with the scopes they are used with
   */
  static ScopeCatalog of(Collection<SchemeReader.Scheme> schemes, OpenApiOptions options, Consumer<SpecProblem> problems) {
    if (options.catalog().isPresent()) {
      return options.catalog().get();
    }
    Map<String, SchemeReader.Declared> declared = new LinkedHashMap<>();
    Map<String, String> declaredBy = new LinkedHashMap<>();
    for (SchemeReader.Scheme scheme : schemes) {
      scheme.scopes.forEach((scope, d) -> {
        if (declared.putIfAbsent(scope, d) == null) {
          declaredBy.put(scope, scheme.name);
        }
      });
    }
    if (declared.isEmpty() && options.catalogWhenNoneDeclared().isPresent()) {
      return options.catalogWhenNoneDeclared().get();
    }
    ScopeGrammar grammar = options.grammar().orElseGet(() -> choose(declared.keySet()));
    return grammar == ScopeGrammar.FAMILY_VERB
        ? familyVerb(declared, declaredBy, problems)
        : scopeTokens(declared, declaredBy, problems);
  }

  /** {@code family:verb} when every scope fits it (so too for none), else scope tokens. */
  static ScopeGrammar choose(Collection<String> scopes) {
    for (String s : scopes) {
      try {
        Scope.parse(s);
      } catch (InvalidScopeException e) {
        return ScopeGrammar.SCOPE_TOKEN;
      }
    }
    return ScopeGrammar.FAMILY_VERB;
  }

  private static ScopeCatalog scopeTokens(
      Map<String, SchemeReader.Declared> declared, Map<String, String> declaredBy, Consumer<SpecProblem> problems) {
    ScopeCatalog.Builder builder = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN);
    declared.forEach((text, d) -> {
      try {
        builder.scope(text, description(d, declaredBy.get(text)));
      } catch (InvalidScopeException e) {
        problems.accept(SpecProblem.invalidScope(d.location(), e.getMessage(), text, e.problem()));
      }
    });
    return builder.build();
  }

  private static ScopeCatalog familyVerb(
      Map<String, SchemeReader.Declared> declared, Map<String, String> declaredBy, Consumer<SpecProblem> problems) {
    Map<String, List<Scope>> byFamily = new LinkedHashMap<>();
    Map<String, String> wildcards = new LinkedHashMap<>();
    Map<Scope, String> descriptions = new LinkedHashMap<>();
    declared.forEach((text, d) -> {
      Scope scope;
      try {
        scope = Scope.parse(text);
      } catch (InvalidScopeException e) {
        problems.accept(SpecProblem.invalidScope(d.location(), e.getMessage() + "; this catalog reads family:verb scopes",
            text, e.problem()));
        return;
      }
      byFamily.computeIfAbsent(scope.family(), k -> new ArrayList<>());
      if (scope.isWildcard()) {
        wildcards.put(scope.family(), description(d, declaredBy.get(text)));
      } else {
        byFamily.get(scope.family()).add(scope);
        descriptions.put(scope, description(d, declaredBy.get(text)));
      }
    });
    List<ScopeFamily> families = new ArrayList<>();
    byFamily.forEach((name, scopes) -> {
      if (scopes.isEmpty()) {
        SchemeReader.Declared d = declared.get(name + ":*");
        problems.accept(SpecProblem.aboutScope(SpecProblem.Kind.STRUCTURE, d.location(), name + ":* is declared, but no"
            + " scope of the " + name + " family is; a wildcard needs a family with verbs", name + ":*"));
        return;
      }
      ScopeFamily.Builder family = ScopeFamily.builder(name, name);
      scopes.forEach(s -> family.verb(s.verb(), descriptions.get(s)));
      Optional.ofNullable(wildcards.get(name)).ifPresent(family::wildcard);
      families.add(family.build());
    });
    return ScopeCatalog.of(families);
  }

  /** The declared description, or a note that there is none (a catalog needs one). */
  private static String description(SchemeReader.Declared d, String scheme) {
    return d.description().isBlank() ? "(declared by " + scheme + " without a description)" : d.description();
  }
}
