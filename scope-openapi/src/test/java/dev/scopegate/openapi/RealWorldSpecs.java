package dev.scopegate.openapi;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/realworld-specs/}: CI clones the repository next to {@code shared/}, so it is
 * {@code ../shared/realworld-specs/} from the repository root; a worktree may sit deeper, so every
 * ancestor of the working directory is tried. Missing documents fail the test that needs them.
 */
public final class RealWorldSpecs {
  private RealWorldSpecs() {}

  /**
   * The folder.
   *
   * @return the folder holding the real-world documents
   * @throws AssertionError naming where it was looked for, if it is missing
   */
  public static Path folder() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("realworld-specs");
      if (Files.isRegularFile(candidate.resolve("SOURCES.md"))) {
        return candidate;
      }
    }
    throw new AssertionError("The real-world OpenAPI documents (shared/realworld-specs/, with SOURCES.md) are missing:"
        + " looked in every ancestor of " + start + "; CI clones the repository next to shared/");
  }

  /**
   * One document.
   *
   * @param name such as {@code "petstore.yaml"}
   * @return its path
   * @throws AssertionError if it is missing
   */
  public static Path file(String name) {
    Path file = folder().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("The real-world OpenAPI document " + file + " is missing");
    }
    return file;
  }
}
