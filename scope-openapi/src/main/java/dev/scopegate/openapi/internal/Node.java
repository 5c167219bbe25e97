package dev.scopegate.openapi.internal;

import dev.scopegate.internal.Text;
import dev.scopegate.openapi.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One value of a parsed JSON or YAML document, with the location the parser gave for it.
 *
 * <p>Containers nested deeper than the depth the reader was asked to keep are {@linkplain
 * #isElided() elided}: their kind and location are known, their contents are not (they were
 * still checked for syntax).
 */
public final class Node {
  /** What a node is. */
  public enum Kind {
    /** A JSON object or YAML mapping. */
    OBJECT("an object"),
    /** A JSON array or YAML sequence. */
    ARRAY("an array"),
    /** A string. */
    STRING("a string"),
    /** A number. */
    NUMBER("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** {@code null}, or an empty YAML value. */
    NULL("null"),
    /** A YAML alias ({@code *name}), which this reader does not resolve. */
    ALIAS("a YAML alias");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * The kind in words, for messages.
     *
     * @return such as {@code "an array"}
     */
    public String description() {
      return description;
    }
  }

  private final Kind kind;
  private final SourceLocation location;
  private final String text;
  private final List<Member> members;
  private final List<Node> items;
  private final boolean elided;

  private Node(Kind kind, SourceLocation location, String text, List<Member> members, List<Node> items, boolean elided) {
    this.kind = kind;
    this.location = location;
    this.text = text;
    this.members = members;
    this.items = items;
    this.elided = elided;
  }

  static Node scalar(Kind kind, SourceLocation location, String text) {
    return new Node(kind, location, text, List.of(), List.of(), false);
  }

  static Node object(SourceLocation location, List<Member> members) {
    return new Node(Kind.OBJECT, location, "", List.copyOf(members), List.of(), false);
  }

  static Node array(SourceLocation location, List<Node> items) {
    return new Node(Kind.ARRAY, location, "", List.of(), List.copyOf(items), false);
  }

  static Node elided(Kind kind, SourceLocation location) {
    return new Node(kind, location, "", List.of(), List.of(), true);
  }

  /**
   * What the node is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether the node is of that kind.
   *
   * @param k a kind
   * @return {@code true} if it is
   */
  public boolean is(Kind k) {
    return kind == k;
  }

  /**
   * Where the node starts.
   *
   * @return the location
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * A scalar's text: the string itself, a number as written, {@code true}/{@code false}, {@code
   * null}, or an alias's name. Empty for containers.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * An object's members in document order, repeats included; empty for other kinds and for an
   * elided object.
   *
   * @return the members
   */
  public List<Member> members() {
    return members;
  }

  /**
   * An array's items in document order; empty for other kinds and for an elided array.
   *
   * @return the items
   */
  public List<Node> items() {
    return items;
  }

  /**
   * Whether this container's contents were skipped because it is nested too deep.
   *
   * @return {@code true} if elided
   */
  public boolean isElided() {
    return elided;
  }

  /**
   * The first member of that name.
   *
   * @param name the member's name
   * @return the member, or empty
   */
  public Optional<Member> member(String name) {
    for (Member m : members) {
      if (m.name().equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The value of the first member of that name.
   *
   * @param name the member's name
   * @return the value, or empty
   */
  public Optional<Node> get(String name) {
    return member(name).map(Member::value);
  }

  /**
   * The node's kind in words, with a scalar's text for context: {@code a string ("x")}, {@code an
   * array}, {@code a number (3)}.
   *
   * @return the description
   */
  public String describe() {
    switch (kind) {
      case STRING:
        return "a string (" + Text.quote(text) + ")";
      case NUMBER:
        return "a number (" + text + ")";
      case BOOLEAN:
        return text;
      case ALIAS:
        return "a YAML alias (*" + text + ")";
      default:
        return kind.description();
    }
  }

  @Override
  public String toString() {
    return describe() + " at " + location;
  }
}
