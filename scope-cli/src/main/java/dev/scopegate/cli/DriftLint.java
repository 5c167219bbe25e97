package dev.scopegate.cli;

import dev.scopegate.openapi.Drift;
import dev.scopegate.openapi.HandlerManifest;
import dev.scopegate.openapi.OpenApiOptions;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.SpecProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code scope lint --manifest operations.json --spec openapi.yaml}: the drift {@link Drift} finds
 * between the annotation processor's manifest and an OpenAPI document, as lint findings. Each
 * finding stands in the document (the file a pull request shows) and carries the manifest's
 * position as its related location, and in its message.
 */
final class DriftLint {
  private DriftLint() {}

  /**
   * The PATHs to lint: none is fine with {@code --manifest} and {@code --spec}.
   *
   * @throws CliException if there is nothing to lint at all
   */
  static List<Path> paths(@Nullable List<Path> paths, @Nullable Path manifest, @Nullable Path spec) {
    if ((paths == null || paths.isEmpty()) && manifest == null && spec == null) {
      throw new CliException("lint needs a PATH, or --manifest and --spec");
    }
    return paths == null ? List.of() : paths;
  }

  /**
   * The lint result with the drift findings added after its own.
   *
   * @param result what linting the PATHs gave
   * @param manifest {@code --manifest}, or null
   * @param spec {@code --spec}, or null
   * @param options how to read the document
   * @throws CliException if only one of the two options is given
   */
  static Linter.Result addTo(
      Linter.Result result, @Nullable Path manifest, @Nullable Path spec, OpenApiOptions options) {
    if (manifest == null && spec == null) {
      return result;
    }
    if (manifest == null || spec == null) {
      throw new CliException(manifest == null
          ? "--spec needs --manifest: drift compares the annotation processor's manifest with the document"
          : "--manifest needs --spec: drift compares the manifest with an OpenAPI document");
    }
    List<Finding> findings = new ArrayList<>(result.findings());
    List<String> errors = new ArrayList<>(result.errors());
    Optional<HandlerManifest> handlers = read(manifest, errors);
    Optional<OpenApiSpec> document = load(spec, options, errors);
    if (handlers.isPresent() && document.isPresent()) {
      for (Drift.Finding f : Drift.between(handlers.get(), document.get())) {
        findings.add(new Finding(spec.toString(), spec, f.specLocation().line(), f.specLocation().column(), rule(f.kind()),
            f.message() + " (manifest: " + f.manifestLocation() + ")", Optional.empty(), Optional.of(f.manifestLocation())));
      }
    }
    return new Linter.Result(List.copyOf(findings), List.copyOf(errors), result.documents() + 1);
  }

  private static Rule rule(Drift.Kind kind) {
    switch (kind) {
      case SCOPES_DIFFER:
        return Rule.HANDLER_DRIFT;
      case NO_OPERATION:
        return Rule.HANDLER_WITHOUT_OPERATION;
      default:
        return Rule.OPERATION_WITHOUT_HANDLER;
    }
  }

  private static Optional<HandlerManifest> read(Path file, List<String> errors) {
    try {
      HandlerManifest manifest = HandlerManifest.load(file);
      manifest.problems().forEach(p -> errors.add("--manifest " + p));
      return manifest.hasErrors() ? Optional.empty() : Optional.of(manifest);
    } catch (IOException e) {
      errors.add("--manifest " + IoMessages.describe(file, e));
      return Optional.empty();
    }
  }

  /** The document; one with errors still gives its well-declared operations (broken ones are not compared). */
  private static Optional<OpenApiSpec> load(Path file, OpenApiOptions options, List<String> errors) {
    try {
      OpenApiSpec spec = OpenApiSpec.load(file, options);
      for (SpecProblem p : spec.problems()) {
        if (p.kind() == SpecProblem.Kind.SYNTAX || p.kind() == SpecProblem.Kind.NOT_OPENAPI) {
          errors.add("--spec " + p);
          return Optional.empty();
        }
      }
      return Optional.of(spec);
    } catch (IOException e) {
      errors.add("--spec " + IoMessages.describe(file, e));
      return Optional.empty();
    }
  }
}
