package dev.scopegate.openapi.internal;

import java.util.List;

/**
 * A parsed source: its root node and the repeated names found in the kept part of it.
 *
 * @param root the root node
 * @param duplicates the repeated names, in document order
 */
public record Document(Node root, List<Duplicate> duplicates) {
  /** Copies the list. */
  public Document {
    duplicates = List.copyOf(duplicates);
  }
}
