package dev.scopegate.processor;

import dev.scopegate.ScopeCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Checks every {@code @RequiresScopes} at compile time, and lists every annotated method in {@code
 * META-INF/scopegate/operations.json}.
 *
 * <h2>Using it</h2>
 *
 * Put {@code dev.scopegate:scope-processor} on the annotation processor path: in Maven, {@code
 * maven-compiler-plugin}'s {@code <annotationProcessorPaths>}; in Gradle, the {@code
 * annotationProcessor} configuration. It is registered in {@code META-INF/services}, so javac finds
 * it there.
 *
 * <h2>What it reports</h2>
 *
 * <ul>
 *   <li><b>Errors</b>: a scope the catalog does not declare, with the engine's message and
 *       suggestion, on that exact array element ({@code Invalid scope "workflow:craete": the
 *       workflow family has no verb "craete" (did you mean "workflow:create"?)}); an {@code
 *       operationId} on a type; an unusable processor option.
 *   <li><b>Warnings</b>: a redundant scope ({@code workflow:read} beside {@code workflow:*}, or a
 *       repeat); an alternative that another makes redundant; an empty scope list; and an
 *       annotation a method-security proxy cannot act on (a private, static, final or non-public
 *       method, or a method of a final class, a private type, an enum or a record), saying why the
 *       method would be unprotected. {@code @SuppressWarnings("scopegate")} on the element or an
 *       enclosing one silences them.
 * </ul>
 *
 * Like every annotation processor, it sees declarations, not method bodies: an annotation inside a
 * local or anonymous class is not checked (nor could a proxy ever intercept such a method).
 *
 * <h2>Options</h2>
 *
 * <ul>
 *   <li>{@code -Ascopegate.catalog=signstack} (the default) or {@code -Ascopegate.catalog=PATH}:
 *       the catalog scopes are checked against, the built-in Signstack one or the one a file
 *       declares: a catalog file (JSON or YAML, the format {@code scope --catalog FILE} reads) or
 *       an OpenAPI document (every scope its {@code securitySchemes} declare, {@code family:verb}
 *       when all fit that grammar, else opaque scope tokens). A relative path is resolved against
 *       the compiler's working directory. A file that cannot be read or holds any error is one
 *       compiler error naming the option, the file and every reason, and nothing is checked.
 *   <li>{@code -Ascopegate.manifest=true} (the default) or {@code false}: whether to write the
 *       manifest.
 * </ul>
 *
 * <h2>The manifest</h2>
 *
 * When the compilation has at least one {@code @RequiresScopes} and the processor reported no error,
 * it writes {@code META-INF/scopegate/operations.json} to the class output (so into the jar):
 *
 * {@snippet lang="json" :
 * {
 *   "version": 1,
 *   "operations": [
 *     {
 *       "class": "com.example.WorkflowController",
 *       "method": "create",
 *       "parameters": ["java.lang.String", "com.example.WorkflowDraft"],
 *       "operationId": "createWorkflow",
 *       "http": [{"method": "POST", "path": "/v1/namespaces/{namespace}/workflows"}],
 *       "scopes": [["workflow:create"], ["namespace:*"]]
 *     }
 *   ]
 * }
 * }
 *
 * <ul>
 *   <li>{@code version}: the format's version, 1.
 *   <li>{@code operations}: one object per method the annotation covers: each annotated method, and
 *       each public non-static method declared by an annotated type without an annotation of its
 *       own. Sorted by {@code class}, then {@code method}, then {@code parameters}.
 *   <li>{@code class}: the declaring class's binary name ({@code Class.getName()}, so {@code
 *       Outer$Inner}); {@code method}: the method's name; {@code parameters}: its erased parameter
 *       types as {@code Class.getTypeName()} spells them ({@code int}, {@code java.lang.String[]}).
 *   <li>{@code operationId}: the annotation's {@code operationId}, or {@code null} when empty.
 *   <li>{@code http}: the Spring or Jakarta REST mappings on the method (with its class's prefix),
 *       each an HTTP method ({@code *} when the mapping accepts any) and a path; empty when the
 *       method has none. Mappings are read as annotation mirrors by name: neither framework is a
 *       dependency.
 *   <li>{@code scopes}: the rule's alternatives, {@code value()} first then each {@code or()}
 *       element; any one alternative suffices, every scope within one is required; scopes as written.
 * </ul>
 *
 * The text is the same bytes for the same sources: two-space indentation, members in the order
 * above, a final newline, UTF-8.
 *
 * <h2>Gradle incremental compilation</h2>
 *
 * The processor is registered as {@code dynamic}. With the manifest on it is <em>aggregating</em>
 * (one file lists every annotated method, so Gradle re-runs it over every annotated class, without
 * recompiling them, when any changes); with {@code -Ascopegate.manifest=false} it is
 * <em>isolating</em>: every check looks only at the annotated element and its enclosing types.
 */
public final class RequiresScopesProcessor extends AbstractProcessor {
  /** The option that turns the manifest off: {@code -Ascopegate.manifest=false}. */
  static final String MANIFEST_OPTION = "scopegate.manifest";
  private static final String GRADLE_AGGREGATING = "org.gradle.annotation.processing.aggregating";
  private static final String GRADLE_ISOLATING = "org.gradle.annotation.processing.isolating";

  /** What checks a compilation, once the options are known to be usable. */
  private record Checks(Reporter reporter, RuleCheck rules, ProxyReach proxies) {}

  private @Nullable Checks checks;
  private boolean manifestEnabled = true;
  private final OperationsManifest manifest = new OperationsManifest();
  private final Set<Element> originatingTypes = new LinkedHashSet<>();

  /** Creates the processor; javac does, through {@code META-INF/services}. */
  public RequiresScopesProcessor() {}

  /**
   * Reads the options; an unusable one is reported as an error and the processor then checks
   * nothing.
   *
   * @param env the processing environment
   */
  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Reporter reporter = new Reporter(env.getMessager());
    Map<String, String> options = env.getOptions();
    Optional<ScopeCatalog> catalog = CatalogOption.resolve(options.get(CatalogOption.NAME), reporter);
    String manifestOption = options.getOrDefault(MANIFEST_OPTION, "true");
    boolean manifestValid = manifestOption.equals("true") || manifestOption.equals("false");
    if (!manifestValid) {
      reporter.error("Invalid -A" + MANIFEST_OPTION + "=" + manifestOption + ": expected true or false");
    }
    this.manifestEnabled = !manifestOption.equals("false");
    if (catalog.isPresent() && manifestValid) {
      this.checks = new Checks(reporter, new RuleCheck(catalog.get(), reporter), new ProxyReach(env.getTypeUtils(), reporter));
    }
  }

  /**
   * {@code dev.scopegate.annotations.RequiresScopes}.
   *
   * @return the one annotation type processed
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(DeclaredRule.ANNOTATION);
  }

  /**
   * The latest version the running compiler supports: the processor reads only annotations.
   *
   * @return {@link SourceVersion#latestSupported()}
   */
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * {@code scopegate.catalog}, {@code scopegate.manifest}, and the Gradle incremental category this
   * configuration has (aggregating with the manifest, isolating without).
   *
   * @return the options
   */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CatalogOption.NAME, MANIFEST_OPTION, manifestEnabled ? GRADLE_AGGREGATING : GRADLE_ISOLATING);
  }

  /**
   * Checks this round's annotated elements; in the last round, writes the manifest.
   *
   * @param annotations the annotation types present in this round
   * @param round the round
   * @return {@code false}: other processors may read {@code @RequiresScopes} too
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Checks checks = this.checks;
    if (checks == null) {
      return false;
    }
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        DeclaredRule.on(element).ifPresent(rule -> process(rule, checks));
      }
    }
    if (round.processingOver() && manifestEnabled && !checks.reporter().hasErrors()) {
      writeManifest(checks.reporter());
    }
    return false;
  }

  private void process(DeclaredRule rule, Checks checks) {
    checks.rules().check(rule);
    checks.proxies().check(rule);
    if (!manifestEnabled) {
      return;
    }
    originatingTypes.add(topLevel(rule.element()));
    if (rule.element() instanceof ExecutableElement method) {
      manifest.add(operation(method, rule));
    } else {
      for (ExecutableElement method : DeclaredRule.coveredBy((TypeElement) rule.element())) {
        if (!method.getModifiers().contains(Modifier.STATIC)) {
          manifest.add(operation(method, rule));
        }
      }
    }
  }

  private OperationsManifest.Operation operation(ExecutableElement method, DeclaredRule rule) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    List<String> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      parameters.add(typeName(processingEnv.getTypeUtils().erasure(parameter.asType())));
    }
    return new OperationsManifest.Operation(
        processingEnv.getElementUtils().getBinaryName(owner).toString(),
        method.getSimpleName().toString(),
        parameters,
        rule.operationId(),
        HttpMappings.of(method),
        rule.scopeTexts());
  }

  /** As {@code Class.getTypeName()} spells an erased type. */
  private String typeName(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return typeName(array.getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared) {
      return processingEnv.getElementUtils().getBinaryName((TypeElement) declared.asElement()).toString();
    }
    return type.toString();
  }

  /** The top-level type declaring the element: the file the manifest's content stems from. */
  private static Element topLevel(Element element) {
    Element e = element;
    while (!(e.getEnclosingElement() instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e;
  }

  private void writeManifest(Reporter reporter) {
    try {
      var file = processingEnv.getFiler().createResource(
          StandardLocation.CLASS_OUTPUT, "", OperationsManifest.LOCATION, originatingTypes.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      reporter.error("Cannot write " + OperationsManifest.LOCATION + ": " + e.getMessage());
    }
  }
}
