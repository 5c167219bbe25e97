package dev.scopegate.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Real javac, in process, with the processor: sources in, diagnostics and the manifest out. */
final class Compile {
  private Compile() {}

  /** One source file, from its lines; the name is the public type's qualified name. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Spring MVC's mapping annotations, as stand-ins with the real qualified names and members. */
  static List<JavaFileObject> springStandIns() {
    List<JavaFileObject> out = new ArrayList<>();
    for (String name : List.of("RequestMethod", "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
        "PatchMapping", "RestController", "PathVariable", "RequestBody")) {
      out.add(JavaFileObjects.forResource("standins/org/springframework/web/bind/annotation/" + name + ".java"));
    }
    return out;
  }

  /** Jakarta REST's (or the older javax.ws.rs) path and HTTP method annotations, as stand-ins. */
  static List<JavaFileObject> jakartaStandIns(String pkg) {
    List<String> names = pkg.equals("jakarta")
        ? List.of("HttpMethod", "Path", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
        : List.of("HttpMethod", "Path", "GET", "POST");
    List<JavaFileObject> out = new ArrayList<>();
    for (String name : names) {
      out.add(JavaFileObjects.forResource("standins/" + pkg + "/ws/rs/" + name + ".java"));
    }
    return out;
  }

  static Compilation compile(List<String> options, List<JavaFileObject> sources) {
    return Compiler.javac().withProcessors(new RequiresScopesProcessor()).withOptions(options).compile(sources);
  }

  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new RequiresScopesProcessor()).withOptions(options).compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /**
   * Every diagnostic the compilation gave, as {@code KIND line:column message} (NOTE-level lines
   * excluded), in the order javac reported them.
   */
  static List<String> diagnostics(Compilation compilation) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      if (d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String where = d.getLineNumber() == Diagnostic.NOPOS ? "-" : d.getLineNumber() + ":" + d.getColumnNumber();
      out.add(d.getKind() + " " + where + " " + d.getMessage(Locale.ROOT));
    }
    return out;
  }

  /**
   * The manifest a compilation with javac's own file manager leaves in {@code classes}, if any
   * (compile-testing keeps no output of a failed compilation, and these checks are about failed ones).
   */
  static Optional<String> manifestOnDisk(Path classes, List<String> options, JavaFileObject... sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> all = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
      all.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(Writer.nullWriter(), files, d -> {}, all, null, List.of(sources));
      task.setProcessors(List.of(new RequiresScopesProcessor()));
      task.call();
    }
    Path manifest = classes.resolve(OperationsManifest.LOCATION);
    return Files.exists(manifest) ? Optional.of(Files.readString(manifest)) : Optional.empty();
  }

  /** The manifest's text, if the processor wrote one. */
  static Optional<String> manifest(Compilation compilation) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, OperationsManifest.LOCATION).map(f -> {
      try {
        return f.getCharContent(false).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
