package dev.scopegate.cli;

import dev.scopegate.openapi.internal.Quote;
import dev.scopegate.openapi.internal.SourceReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/** Turns an I/O failure into the one line a user reads: the path and what went wrong. */
final class IoMessages {
  private IoMessages() {}

  /**
   * {@code keys/ci.json: no such file or directory}, {@code specs: permission denied}, {@code
   * /dev/zero: is a character device, not a regular file}, ...
   */
  static String describe(Path path, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof SourceReader.NotARegularFileException) {
      reason = ((SourceReader.NotARegularFileException) e).getReason();
    } else if (e instanceof NotDirectoryException) {
      reason = "not a directory";
    } else if (Files.isDirectory(path)) {
      reason = "is a directory, not a file";
    } else {
      reason = "cannot be read: " + Quote.oneLine(Objects.toString(e.getMessage(), e.getClass().getSimpleName()));
    }
    return path + ": " + reason;
  }
}
