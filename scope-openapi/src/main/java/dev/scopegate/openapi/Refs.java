package dev.scopegate.openapi;

import dev.scopegate.internal.Text;
import dev.scopegate.openapi.internal.Member;
import dev.scopegate.openapi.internal.Node;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Follows local {@code $ref}s ({@code "#/components/securitySchemes/auth"}, {@code
 * "#/components/pathItems/Pet"}) within one document, as JSON Pointers (RFC 6901) in a URI
 * fragment. A reference to another file or a URL is refused with an error naming it, and so is a
 * chain of references that comes back to itself.
 */
final class Refs {
  /** The longest chain of references followed before it counts as a cycle. */
  static final int MAX_CHAIN = 32;

  private static final String REF = "$ref";

  private final Node root;
  private final String parts;
  private final Consumer<SpecProblem> problems;

  /**
   * @param root the document's root
   * @param parts where the loader keeps the document, for the message about a reference into a
   *     part it does not keep
   */
  Refs(Node root, String parts, Consumer<SpecProblem> problems) {
    this.root = root;
    this.parts = parts;
    this.problems = problems;
  }

  /** The {@code $ref} member of an object that is a reference, if it is one. */
  static Optional<Member> refOf(Node node) {
    return node.is(Node.Kind.OBJECT) ? node.member(REF) : Optional.empty();
  }

  /**
   * The node itself, or what its {@code $ref} chain leads to; empty (with the error reported)
   * when a reference cannot be followed.
   *
   * @param node a value that may be a reference object
   * @param what what the value is, for messages, such as {@code security scheme "auth"}
   */
  Optional<Node> resolve(Node node, String what) {
    Node current = node;
    List<String> chain = new ArrayList<>();
    while (true) {
      Optional<Member> ref = refOf(current);
      if (ref.isEmpty()) {
        return Optional.of(current);
      }
      Node value = ref.get().value();
      if (!value.is(Node.Kind.STRING)) {
        error(value, "\"$ref\" of " + what + " must be a string, not " + value.describe());
        return Optional.empty();
      }
      String text = value.text();
      if (chain.contains(text)) {
        chain.add(text);
        error(value, "the $ref chain of " + what + " comes back to itself: " + String.join(" -> ", chain));
        return Optional.empty();
      }
      chain.add(text);
      if (chain.size() > MAX_CHAIN) {
        error(value, "the $ref chain of " + what + " is longer than " + MAX_CHAIN + " references");
        return Optional.empty();
      }
      if (!text.startsWith("#")) {
        error(value, "$ref " + Text.quote(text) + " of " + what + " points outside this document; only local references"
            + " (\"#/...\") are followed, so write the referenced part into this document");
        return Optional.empty();
      }
      Optional<Node> target = follow(text, value, what);
      if (target.isEmpty()) {
        return Optional.empty();
      }
      current = target.get();
    }
  }

  private Optional<Node> follow(String ref, Node at, String what) {
    Optional<List<String>> tokens = tokens(ref.substring(1));
    if (tokens.isEmpty()) {
      error(at, "$ref " + Text.quote(ref) + " of " + what + " is not a JSON Pointer (\"#/components/...\")");
      return Optional.empty();
    }
    Node node = root;
    StringBuilder walked = new StringBuilder("#");
    for (String token : tokens.get()) {
      if (node.isElided()) {
        error(at, "$ref " + Text.quote(ref) + " of " + what + " points into " + walked + ", which this loader does not"
            + " read; it reads " + parts);
        return Optional.empty();
      }
      Optional<Node> next = Optional.empty();
      if (node.is(Node.Kind.OBJECT)) {
        next = node.get(token);
      } else if (node.is(Node.Kind.ARRAY) && token.matches("0|[1-9][0-9]{0,8}") && Integer.parseInt(token) < node.items().size()) {
        next = Optional.of(node.items().get(Integer.parseInt(token)));
      }
      if (next.isEmpty()) {
        error(at, "$ref " + Text.quote(ref) + " of " + what + " points at nothing: " + walked + " has no "
            + Text.quote(token));
        return Optional.empty();
      }
      node = next.get();
      walked.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    if (node.isElided()) {
      error(at, "$ref " + Text.quote(ref) + " of " + what + " points at " + walked + ", which this loader does not read;"
          + " it reads " + parts);
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /** The pointer's reference tokens: percent-decoded (it is a URI fragment), then {@code ~1} and {@code ~0}. */
  private static Optional<List<String>> tokens(String fragment) {
    String pointer = percentDecode(fragment);
    if (pointer == null || (!pointer.isEmpty() && pointer.charAt(0) != '/')) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return Optional.of(tokens);
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      if (raw.matches(".*~(?![01]).*")) {
        return Optional.empty();
      }
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return Optional.of(tokens);
  }

  private static @Nullable String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int high = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int low = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write((high << 4) | low);
        i += 2;
      } else {
        out.append(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
        out.append(c);
      }
    }
    return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
  }

  private void error(Node at, String message) {
    problems.accept(SpecProblem.of(SpecProblem.Kind.STRUCTURE, at.location(), message));
  }
}
