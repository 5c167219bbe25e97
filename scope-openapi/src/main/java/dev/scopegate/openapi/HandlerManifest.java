package dev.scopegate.openapi;

import dev.scopegate.openapi.internal.Document;
import dev.scopegate.openapi.internal.Duplicate;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import dev.scopegate.openapi.internal.SourceException;
import dev.scopegate.openapi.internal.SourceFormat;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The handlers a compilation declared: {@code META-INF/scopegate/operations.json}, the manifest
 * {@code scope-processor} writes, read back with the position of every entry. {@link Drift}
 * compares it with an OpenAPI document.
 *
 * {@snippet :
 * HandlerManifest manifest = HandlerManifest.load(Path.of("target/classes/META-INF/scopegate/operations.json"));
 * manifest.problems().forEach(System.err::println);  // operations.json:9:7: ...
 * for (HandlerManifest.Handler h : manifest.requireValid()) {
 *   System.out.println(h + " at " + h.location());   // com.example.PetApi.list at operations.json:4:5
 * }
 * }
 *
 * <p>The format (version 1) is the one {@code scope-processor} documents: an object with {@code
 * version} ({@code 1}) and {@code operations}, an array of objects with {@code class}, {@code
 * method}, {@code parameters}, {@code operationId} (a string or {@code null}), {@code http} (objects
 * with {@code method} and {@code path}) and {@code scopes} (arrays of scopes). Reading is strict: a
 * missing, repeated, unknown or mistyped member, or another version, is an error at its position,
 * and a manifest with any error has no handlers.
 */
public final class HandlerManifest {
  /** The manifest's version this reader understands. */
  public static final int VERSION = 1;

  private static final Set<String> ROOT_FIELDS = Set.of("version", "operations");
  private static final Set<String> HANDLER_FIELDS = Set.of("class", "method", "parameters", "operationId", "http", "scopes");
  private static final Set<String> ENDPOINT_FIELDS = Set.of("method", "path");

  private final String source;
  private final List<Handler> handlers;
  private final List<SpecProblem> problems;
  private final SourceLocation operationsLocation;

  private HandlerManifest(String source, List<Handler> handlers, List<SpecProblem> problems, SourceLocation operationsLocation) {
    this.source = source;
    this.problems = problems.stream().sorted(Comparator.comparingInt((SpecProblem p) -> p.location().line())
        .thenComparingInt(p -> p.location().column())).toList();
    this.handlers = this.problems.isEmpty() ? List.copyOf(handlers) : List.of();
    this.operationsLocation = operationsLocation;
  }

  /**
   * Reads a manifest file.
   *
   * @param file the manifest, such as {@code target/classes/META-INF/scopegate/operations.json}
   * @return the handlers or the problems; locations name the file as {@code file.toString()}
   * @throws IOException if the file cannot be read; a file that is not JSON is a {@link
   *     SpecProblem.Kind#SYNTAX} problem instead
   */
  public static HandlerManifest load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      return parse(source, SourceReader.readFile(file, source));
    } catch (SourceException e) {
      return failed(source, SpecProblem.of(SpecProblem.Kind.SYNTAX, e.location(), e.reason()));
    }
  }

  /**
   * Reads a manifest from text.
   *
   * @param source the name to put in locations, such as {@code "operations.json"}
   * @param text the manifest
   * @return the handlers or the problems
   */
  public static HandlerManifest parse(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Document document;
    try {
      document = SourceReader.parse(source, text, SourceFormat.JSON, Integer.MAX_VALUE);
    } catch (SourceException e) {
      return failed(source, SpecProblem.of(SpecProblem.Kind.SYNTAX, e.location(), e.reason()));
    }
    return new Reader(source).read(document);
  }

  private static HandlerManifest failed(String source, SpecProblem problem) {
    return new HandlerManifest(source, List.of(), List.of(problem), SourceLocation.of(source, 1, 1));
  }

  /**
   * The name locations use, usually the file path as given.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The handlers, in manifest order; empty when the manifest has an error.
   *
   * @return the handlers
   */
  public List<Handler> handlers() {
    return handlers;
  }

  /**
   * Every problem, ordered by line and column; each is an error.
   *
   * @return the problems; empty for a valid manifest
   */
  public List<SpecProblem> problems() {
    return problems;
  }

  /**
   * Whether the manifest has an error (and so no handlers).
   *
   * @return {@code true} if {@link #problems()} is not empty
   */
  public boolean hasErrors() {
    return !problems.isEmpty();
  }

  /**
   * The handlers, for use: only when the manifest has no error.
   *
   * @return the handlers
   * @throws InvalidSpecException listing the errors, if there are any
   */
  public List<Handler> requireValid() {
    if (hasErrors()) {
      throw new InvalidSpecException(source, problems);
    }
    return handlers;
  }

  /**
   * Where the {@code operations} member stands: where a missing handler would be listed.
   *
   * @return the location of the member's name, or the document's start when it has none
   */
  public SourceLocation operationsLocation() {
    return operationsLocation;
  }

  /**
   * A summary: {@code HandlerManifest[operations.json: 3 handlers]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "HandlerManifest[" + source + ": "
        + (hasErrors() ? problems.size() + " problems" : handlers.size() + " handlers") + "]";
  }

  /**
   * One HTTP mapping of a handler, as the manifest writes it.
   *
   * @param method the HTTP method, upper case, or {@code *} for a mapping that accepts any
   * @param path the path template as the framework's annotation spells it (Spring's {@code
   *     {name:regex}} included)
   */
  public record Endpoint(String method, String path) {
    /**
     * An endpoint.
     *
     * @param method the HTTP method, upper case, or {@code *}
     * @param path the path template
     */
    public Endpoint {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(path, "path");
    }

    /**
     * {@code GET /pets/{id}}.
     *
     * @return the method and path
     */
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** One annotated method of the manifest: where it is, what it serves, and what it requires. */
  public static final class Handler {
    private final String className;
    private final String method;
    private final List<String> parameters;
    private final Optional<String> operationId;
    private final List<Endpoint> http;
    private final List<List<String>> scopes;
    private final SourceLocation location;
    private final SourceLocation scopesLocation;

    Handler(String className, String method, List<String> parameters, Optional<String> operationId, List<Endpoint> http,
        List<List<String>> scopes, SourceLocation location, SourceLocation scopesLocation) {
      this.className = className;
      this.method = method;
      this.parameters = List.copyOf(parameters);
      this.operationId = operationId;
      this.http = List.copyOf(http);
      this.scopes = scopes.stream().map(List::copyOf).toList();
      this.location = location;
      this.scopesLocation = scopesLocation;
    }

    /**
     * The declaring class's binary name.
     *
     * @return such as {@code com.example.PetApi$Admin}
     */
    public String className() {
      return className;
    }

    /**
     * The method's name.
     *
     * @return such as {@code list}
     */
    public String method() {
      return method;
    }

    /**
     * The method's erased parameter types.
     *
     * @return such as {@code [java.lang.String, int]}
     */
    public List<String> parameters() {
      return parameters;
    }

    /**
     * The annotation's {@code operationId}, when it gives one.
     *
     * @return the operationId, or empty
     */
    public Optional<String> operationId() {
      return operationId;
    }

    /**
     * The method's Spring or Jakarta REST mappings.
     *
     * @return the endpoints; empty when it has none
     */
    public List<Endpoint> http() {
      return http;
    }

    /**
     * The rule's alternatives, any one of which suffices; scopes as written.
     *
     * @return the alternatives, {@code value()} first
     */
    public List<List<String>> scopes() {
      return scopes;
    }

    /**
     * Where the handler's entry starts in the manifest.
     *
     * @return the location of the entry's opening brace
     */
    public SourceLocation location() {
      return location;
    }

    /**
     * Where the handler's {@code scopes} member stands in the manifest.
     *
     * @return the location of the member's name
     */
    public SourceLocation scopesLocation() {
      return scopesLocation;
    }

    /**
     * Handlers are equal when all their properties (locations included) are.
     *
     * @param other the object to compare with
     * @return whether {@code other} is an equal handler
     */
    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof Handler)) {
        return false;
      }
      Handler that = (Handler) other;
      return className.equals(that.className) && method.equals(that.method) && parameters.equals(that.parameters)
          && operationId.equals(that.operationId) && http.equals(that.http) && scopes.equals(that.scopes)
          && location.equals(that.location) && scopesLocation.equals(that.scopesLocation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(className, method, parameters, operationId, http, scopes, location, scopesLocation);
    }

    /**
     * The class and method: {@code com.example.PetApi.list}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
      return className + "." + method;
    }
  }

  /** Reads one parsed manifest, collecting every problem. */
  private static final class Reader {
    private final String source;
    private final List<SpecProblem> problems = new ArrayList<>();

    Reader(String source) {
      this.source = source;
    }

    HandlerManifest read(Document document) {
      for (Duplicate d : document.duplicates()) {
        problem(d.location(), "duplicate member \"" + d.name() + "\" (first at line " + d.first().line() + ", column "
            + d.first().column() + ")");
      }
      Node root = document.root();
      SourceLocation operationsAt = SourceLocation.of(source, 1, 1);
      List<Handler> handlers = new ArrayList<>();
      if (!root.is(Node.Kind.OBJECT)) {
        problem(root.location(), "a manifest must be an object, not " + root.describe());
        return new HandlerManifest(source, handlers, problems, operationsAt);
      }
      unknown(root, ROOT_FIELDS, "the manifest");
      Optional<Node> version = required(root, "version", Node.Kind.NUMBER, "the manifest");
      if (version.isPresent() && !version.get().text().equals(String.valueOf(VERSION))) {
        problem(version.get().location(), "manifest version " + version.get().text() + " is not supported; this reader"
            + " reads version " + VERSION);
      }
      Optional<Member> operations = root.member("operations");
      if (operations.isPresent()) {
        operationsAt = operations.get().location();
      }
      required(root, "operations", Node.Kind.ARRAY, "the manifest").ifPresent(list -> {
        for (Node entry : list.items()) {
          handler(entry).ifPresent(handlers::add);
        }
      });
      return new HandlerManifest(source, handlers, problems, operationsAt);
    }

    private Optional<Handler> handler(Node entry) {
      if (!entry.is(Node.Kind.OBJECT)) {
        problem(entry.location(), "an entry of \"operations\" must be an object, not " + entry.describe());
        return Optional.empty();
      }
      int before = problems.size();
      unknown(entry, HANDLER_FIELDS, "an operation");
      Optional<String> className = required(entry, "class", Node.Kind.STRING, "an operation").map(Node::text);
      Optional<String> method = required(entry, "method", Node.Kind.STRING, "an operation").map(Node::text);
      List<String> parameters = required(entry, "parameters", Node.Kind.ARRAY, "an operation")
          .map(n -> strings(n, "parameters")).orElse(List.of());
      Optional<String> operationId = Optional.empty();
      Optional<Node> id = entry.get("operationId");
      if (id.isEmpty()) {
        problem(entry.location(), "an operation needs \"operationId\" (a string, or null)");
      } else if (id.get().is(Node.Kind.STRING)) {
        operationId = Optional.of(id.get().text());
      } else if (!id.get().is(Node.Kind.NULL)) {
        problem(id.get().location(), "\"operationId\" must be a string or null, not " + id.get().describe());
      }
      List<Endpoint> http = new ArrayList<>();
      required(entry, "http", Node.Kind.ARRAY, "an operation").ifPresent(list -> {
        for (Node e : list.items()) {
          endpoint(e).ifPresent(http::add);
        }
      });
      List<List<String>> scopes = new ArrayList<>();
      required(entry, "scopes", Node.Kind.ARRAY, "an operation").ifPresent(list -> {
        if (list.items().isEmpty()) {
          problem(list.location(), "\"scopes\" must list at least one alternative");
        }
        for (Node alternative : list.items()) {
          if (alternative.is(Node.Kind.ARRAY)) {
            scopes.add(strings(alternative, "scopes"));
          } else {
            problem(alternative.location(), "an alternative of \"scopes\" must be an array of scopes, not "
                + alternative.describe());
          }
        }
      });
      if (problems.size() > before) {
        return Optional.empty();
      }
      SourceLocation scopesAt = entry.member("scopes").orElseThrow().location();
      return Optional.of(new Handler(className.orElseThrow(), method.orElseThrow(), parameters, operationId, http, scopes,
          entry.location(), scopesAt));
    }

    private Optional<Endpoint> endpoint(Node e) {
      if (!e.is(Node.Kind.OBJECT)) {
        problem(e.location(), "an entry of \"http\" must be an object, not " + e.describe());
        return Optional.empty();
      }
      unknown(e, ENDPOINT_FIELDS, "an http entry");
      Optional<Node> method = required(e, "method", Node.Kind.STRING, "an http entry");
      Optional<Node> path = required(e, "path", Node.Kind.STRING, "an http entry");
      if (method.isEmpty() || path.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Endpoint(method.get().text(), path.get().text()));
    }

    private List<String> strings(Node array, String name) {
      List<String> out = new ArrayList<>();
      for (Node item : array.items()) {
        if (item.is(Node.Kind.STRING)) {
          out.add(item.text());
        } else {
          problem(item.location(), "an entry of \"" + name + "\" must be a string, not " + item.describe());
        }
      }
      return out;
    }

    private Optional<Node> required(Node object, String name, Node.Kind kind, String what) {
      Optional<Node> value = object.get(name);
      if (value.isEmpty()) {
        problem(object.location(), what + " needs \"" + name + "\" (" + kind.description() + ")");
        return Optional.empty();
      }
      if (!value.get().is(kind)) {
        problem(value.get().location(), "\"" + name + "\" must be " + kind.description() + ", not " + value.get().describe());
        return Optional.empty();
      }
      return value;
    }

    private void unknown(Node object, Set<String> fields, String what) {
      for (Member m : object.members()) {
        if (!fields.contains(m.name())) {
          problem(m.location(), "unknown member \"" + m.name() + "\" in " + what + "; the members are "
              + String.join(", ", fields.stream().sorted().toList()));
        }
      }
    }

    private void problem(SourceLocation at, String message) {
      problems.add(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at, message));
    }
  }
}
