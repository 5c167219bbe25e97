package dev.scopegate.cli;

import dev.scopegate.GrantedScopes;
import dev.scopegate.InvalidScopeException;
import dev.scopegate.Redundancy;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeProblem;
import dev.scopegate.catalog.SignstackRecipe;
import dev.scopegate.openapi.OpenApiOptions;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.SourceLocation;
import dev.scopegate.openapi.SpecProblem;
import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.Duplicate;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import dev.scopegate.openapi.internal.SourceException;
import dev.scopegate.openapi.internal.SourceFormat;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Lints scope list documents ({@code {"scopes": [...]}}) and OpenAPI 3.x documents (those with an
 * {@code openapi} field; that field wins if a document has both).
 *
 * <p>Files named on the command line must be one of the two; files found under a folder ({@code
 * *.json}, {@code *.yaml}, {@code *.yml}, recursively, in path order) that are neither are
 * skipped. A file that cannot be read or parsed, or that has the wrong shape, is an error (exit 2),
 * not a finding; the other files are still linted.
 */
final class Linter {
  /** What a lint run produced. */
  record Result(List<Finding> findings, List<String> errors, int documents) {}

  private final ScopeCatalog catalog;
  private final boolean builtInCatalog;
  private final OpenApiOptions options;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final Set<Path> seen = new HashSet<>();
  private int documents;

  /**
   * @param catalog the catalog scope lists are linted against
   * @param builtInCatalog whether that is the built-in Signstack catalog
   * @param options how OpenAPI documents are read
   */
  Linter(ScopeCatalog catalog, boolean builtInCatalog, OpenApiOptions options) {
    this.catalog = catalog;
    this.builtInCatalog = builtInCatalog;
    this.options = options;
  }

  Result lint(List<Path> paths) {
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        int before = documents;
        int errorsBefore = errors.size();
        for (Path file : filesUnder(path)) {
          lintFile(file, false);
        }
        if (documents == before && errors.size() == errorsBefore) {
          errors.add(path + ": no scope list or OpenAPI document (*.json, *.yaml, *.yml) found under this folder");
        }
      } else if (Files.exists(path)) {
        lintFile(path, true);
      } else {
        errors.add(path + ": no such file or directory");
      }
    }
    return new Result(List.copyOf(findings), List.copyOf(errors), documents);
  }

  private List<Path> filesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile).filter(Linter::isLintable).forEach(files::add);
      files.sort(Comparator.comparing(Path::toString));
      return files;
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      errors.add(IoMessages.describe(dir, io));
      return List.of();
    }
  }

  private static boolean isLintable(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private void lintFile(Path file, boolean explicit) {
    try {
      if (!seen.add(file.toRealPath())) {
        return;
      }
    } catch (IOException e) {
      errors.add(IoMessages.describe(file, e));
      return;
    }
    String name = file.toString();
    String text;
    try {
      text = SourceReader.readFile(file, name);
    } catch (IOException e) {
      errors.add(IoMessages.describe(file, e));
      return;
    } catch (SourceException e) {
      errors.add(e.getMessage());
      return;
    }
    // One parse for an OpenAPI document, the large kind; anything else is parsed again as a scope list.
    OpenApiSpec spec = OpenApiSpec.parse(name, text, options);
    boolean notOpenApi = spec.problems().stream().anyMatch(p -> p.kind() == SpecProblem.Kind.NOT_OPENAPI);
    boolean unreadable = spec.problems().stream().anyMatch(p -> p.kind() == SpecProblem.Kind.SYNTAX);
    if (unreadable) {
      spec.problems().forEach(p -> errors.add(p.toString()));
      return;
    }
    if (!notOpenApi) {
      documents++;
      lintOpenApi(file, name, spec);
      return;
    }
    Document document;
    try {
      document = SourceReader.parse(name, text, SourceFormat.detect(name, text), 1);
    } catch (SourceException e) {
      errors.add(e.getMessage());
      return;
    }
    Node root = document.root();
    if (root.is(Node.Kind.OBJECT) && root.member("scopes").isPresent()) {
      documents++;
      lintScopeList(file, name, document);
    } else if (explicit) {
      errors.add(
          name + ": neither a scope list ({\"scopes\": [...]}) nor an OpenAPI 3.x document (no \"openapi\" field)");
    }
  }

  private void lintOpenApi(Path file, String name, OpenApiSpec spec) {
    for (SpecProblem p : spec.problems()) {
      Rule rule = ruleFor(p);
      if (rule == null) {
        errors.add(p.toString());
      } else {
        findings.add(new Finding(name, file, p.location().line(), p.location().column(), rule, p.message(), p.scope(),
            p.relatedLocation()));
      }
    }
  }

  /** The lint rule of a problem, or null for a problem that makes the document unreadable (exit 2). */
  private static @Nullable Rule ruleFor(SpecProblem p) {
    switch (p.kind()) {
      case SYNTAX:
      case NOT_OPENAPI:
      case STRUCTURE:
        return null;
      case INVALID_SCOPE:
        return ruleFor(p.scopeProblem().orElseThrow());
      case UNDECLARED_SCOPE:
        return Rule.UNDECLARED_SCOPE;
      case SCOPE_DRIFT:
        return Rule.SCOPE_DRIFT;
      case INVALID_TEMPLATE:
        return Rule.INVALID_TEMPLATE;
      case MISSING_REQUIRED_SCOPES:
        return Rule.MISSING_REQUIRED_SCOPES;
      case IMPLIED_SCOPE:
        return Rule.IMPLIED_SCOPE;
      case DUPLICATE_SCOPE:
        return Rule.DUPLICATE_SCOPE;
      case REDUNDANT_SCOPE:
        return Rule.REDUNDANT_SCOPE;
      case UNCHECKED_ROLES:
        return Rule.UNCHECKED_ROLES;
      case NO_SCOPE_CHECK:
        return Rule.NO_SCOPE_CHECK;
      case UNUSED_SCOPE:
        return Rule.UNUSED_SCOPE;
      case SAME_ROUTE:
        return Rule.SAME_ROUTE;
      default:
        throw new IllegalStateException("unhandled problem kind " + p.kind());
    }
  }

  private void lintScopeList(Path file, String name, Document document) {
    Node root = document.root();
    boolean shapeOk = true;
    for (Duplicate d : document.duplicates()) {
      errors.add(d.location() + ": duplicate field \"" + d.name() + "\" (first at line " + d.first().line() + ", column " + d.first().column() + ")");
      shapeOk = false;
    }
    Member scopesMember = root.member("scopes").orElseThrow();
    Node scopes = scopesMember.value();
    if (!scopes.is(Node.Kind.ARRAY)) {
      errors.add(scopes.location() + ": \"scopes\" must be an array of scope strings, not " + scopes.describe());
      return;
    }
    List<Scope> valid = new ArrayList<>();
    List<Node> validNodes = new ArrayList<>();
    List<Finding> own = new ArrayList<>();
    for (int i = 0; i < scopes.items().size(); i++) {
      Node entry = scopes.items().get(i);
      if (!entry.is(Node.Kind.STRING)) {
        errors.add(entry.location() + ": entry " + (i + 1) + " of \"scopes\" must be a scope string, not " + entry.describe());
        shapeOk = false;
        continue;
      }
      try {
        valid.add(catalog.parse(entry.text()));
        validNodes.add(entry);
      } catch (InvalidScopeException e) {
        own.add(finding(file, name, entry.location(), ruleFor(e.problem()), e.getMessage(), Optional.of(entry.text())));
      }
    }
    if (!shapeOk) {
      return;
    }
    for (Redundancy r : catalog.redundancies(valid)) {
      Node entry = validNodes.get(r.index());
      Rule rule = r.kind() == Redundancy.Kind.DUPLICATE ? Rule.DUPLICATE_SCOPE : Rule.REDUNDANT_SCOPE;
      own.add(finding(file, name, entry.location(), rule, r.reason(), Optional.of(entry.text())));
    }
    if (builtInCatalog && isBroad(valid)) {
      own.add(
          finding(
              file,
              name,
              scopesMember.location(),
              Rule.BROAD_GRANT,
              "this scope list grants everything the full-access recipe grants; the reference reserves full access for"
                  + " internal admin tooling, so grant only what the key needs",
              Optional.empty()));
    }
    own.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
    findings.addAll(own);
  }

  private boolean isBroad(List<Scope> valid) {
    GrantedScopes granted = catalog.grant(valid);
    for (Scope s : SignstackRecipe.FULL_ACCESS.scopes()) {
      if (!granted.covers(s)) {
        return false;
      }
    }
    return true;
  }

  private static Rule ruleFor(ScopeProblem problem) {
    if (problem == ScopeProblem.WILDCARD_NOT_SUPPORTED) {
      return Rule.WILDCARD_NOT_SUPPORTED;
    }
    return problem.isMalformed() ? Rule.MALFORMED_SCOPE : Rule.UNKNOWN_SCOPE;
  }

  private static Finding finding(Path file, String name, SourceLocation at, Rule rule, String message, Optional<String> scope) {
    return new Finding(name, file, at.line(), at.column(), rule, message, scope, Optional.empty());
  }
}
