package dev.scopegate.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The HTTP method and path a handler method is mapped to, read from Spring MVC/WebFlux or Jakarta
 * REST (and {@code javax.ws.rs}) annotations as mirrors by qualified name, so neither framework is
 * needed on the processor path. Only annotations placed directly on the method and its class are
 * read.
 *
 * <ul>
 *   <li><b>Spring</b>: {@code @GetMapping}, {@code @PostMapping}, {@code @PutMapping}, {@code
 *       @DeleteMapping}, {@code @PatchMapping} and {@code @RequestMapping} (its {@code method}
 *       members, or {@code *} when neither the method's nor the class's names one) on the method;
 *       the class's {@code @RequestMapping} paths are prefixes. Each of {@code path}/{@code value}
 *       may list several paths: every class prefix is combined with every method path.
 *   <li><b>Jakarta REST</b>: an annotation whose type is meta-annotated {@code @HttpMethod} ({@code
 *       @GET}, {@code @POST}, ..., or a custom one) on the method, with the class's {@code @Path}
 *       (required: only root resources have a path of their own) and the method's optional {@code
 *       @Path}.
 * </ul>
 *
 * Paths are joined with exactly one {@code /} and always start with one; templates such as {@code
 * {id}} or {@code {id:\d+}} are kept as written.
 */
final class HttpMappings {
  /** One HTTP method and path; the method is {@code *} when the mapping accepts every method. */
  record Endpoint(String method, String path) {}

  private static final String SPRING = "org.springframework.web.bind.annotation.";
  private static final String REQUEST_MAPPING = SPRING + "RequestMapping";
  private static final Map<String, String> SPRING_SHORTCUTS = Map.of(
      SPRING + "GetMapping", "GET",
      SPRING + "PostMapping", "POST",
      SPRING + "PutMapping", "PUT",
      SPRING + "DeleteMapping", "DELETE",
      SPRING + "PatchMapping", "PATCH");
  private static final List<String> JAKARTA_PACKAGES = List.of("jakarta.ws.rs.", "javax.ws.rs.");
  private static final String ANY_METHOD = "*";

  private HttpMappings() {}

  /** The method's endpoints, Spring's first, in declared order; empty when it has no mapping. */
  static List<Endpoint> of(ExecutableElement method) {
    TypeElement type = (TypeElement) method.getEnclosingElement();
    Set<Endpoint> out = new LinkedHashSet<>();
    spring(method, type, out);
    jakarta(method, type, out);
    return List.copyOf(out);
  }

  private static void spring(ExecutableElement method, TypeElement type, Set<Endpoint> out) {
    Optional<AnnotationMirror> classMapping = Mirrors.find(type, REQUEST_MAPPING);
    List<String> prefixes = classMapping.map(HttpMappings::springPaths).orElse(List.of());
    List<String> classMethods = classMapping.map(m -> Mirrors.enumConstants(m, "method")).orElse(List.of());
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String name = Mirrors.nameOf(mirror);
      List<String> httpMethods = new ArrayList<>();
      if (SPRING_SHORTCUTS.containsKey(name)) {
        httpMethods.add(SPRING_SHORTCUTS.get(name));
      } else if (name.equals(REQUEST_MAPPING)) {
        httpMethods.addAll(Mirrors.enumConstants(mirror, "method"));
      } else {
        continue;
      }
      for (String m : classMethods) {
        if (!httpMethods.contains(m)) {
          httpMethods.add(m);
        }
      }
      if (httpMethods.isEmpty()) {
        httpMethods.add(ANY_METHOD);
      }
      for (String prefix : orEmpty(prefixes)) {
        for (String path : orEmpty(springPaths(mirror))) {
          for (String httpMethod : httpMethods) {
            out.add(new Endpoint(httpMethod, joinSpring(prefix, path)));
          }
        }
      }
    }
  }

  private static List<String> springPaths(AnnotationMirror mapping) {
    List<String> paths = Mirrors.strings(mapping, "path");
    return paths.isEmpty() ? Mirrors.strings(mapping, "value") : paths;
  }

  private static List<String> orEmpty(List<String> paths) {
    return paths.isEmpty() ? List.of("") : paths;
  }

  /** Spring's combination of a class and a method pattern: one slash between them, one in front. */
  static String joinSpring(String prefix, String path) {
    String joined;
    if (prefix.isEmpty() || path.isEmpty()) {
      joined = prefix + path;
    } else if (prefix.endsWith("/") && path.startsWith("/")) {
      joined = prefix + path.substring(1);
    } else if (prefix.endsWith("/") || path.startsWith("/")) {
      joined = prefix + path;
    } else {
      joined = prefix + "/" + path;
    }
    return joined.startsWith("/") ? joined : "/" + joined;
  }

  private static void jakarta(ExecutableElement method, TypeElement type, Set<Endpoint> out) {
    for (String pkg : JAKARTA_PACKAGES) {
      Optional<AnnotationMirror> classPath = Mirrors.find(type, pkg + "Path");
      if (classPath.isEmpty()) {
        continue;
      }
      String path = joinJakarta(
          Mirrors.string(classPath.get(), "value").orElse(""),
          Mirrors.find(method, pkg + "Path").flatMap(p -> Mirrors.string(p, "value")).orElse(""));
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        Element annotationType = mirror.getAnnotationType().asElement();
        Mirrors.find(annotationType, pkg + "HttpMethod")
            .flatMap(designator -> Mirrors.string(designator, "value"))
            .ifPresent(httpMethod -> out.add(new Endpoint(httpMethod, path)));
      }
    }
  }

  /** Jakarta REST paths: leading and trailing slashes of each part are optional. */
  static String joinJakarta(String classPath, String methodPath) {
    StringBuilder out = new StringBuilder();
    for (String part : List.of(classPath, methodPath)) {
      String segment = strip(part);
      if (!segment.isEmpty()) {
        out.append('/').append(segment);
      }
    }
    return out.length() == 0 ? "/" : out.toString();
  }

  private static String strip(String path) {
    int from = 0;
    int to = path.length();
    while (from < to && path.charAt(from) == '/') {
      from++;
    }
    while (to > from && path.charAt(to - 1) == '/') {
      to--;
    }
    return path.substring(from, to);
  }
}
