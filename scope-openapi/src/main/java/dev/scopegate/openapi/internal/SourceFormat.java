package dev.scopegate.openapi.internal;

import java.util.Locale;

/** The two syntaxes a source document may be written in. */
public enum SourceFormat {
  /** JSON (RFC 8259), strictly: no comments, no trailing commas. */
  JSON,
  /** YAML 1.2, one document per source. */
  YAML;

  /**
   * The format a file's name implies: YAML for {@code .yaml} and {@code .yml}, JSON otherwise.
   *
   * @param fileName a file name or path
   * @return the format
   */
  public static SourceFormat forFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }

  /**
   * The format of a document: by its name's extension ({@code .json}, {@code .yaml}, {@code
   * .yml}), else JSON if its first non-blank character opens an object or array, else YAML.
   *
   * @param name the document's name
   * @param text the document's text
   * @return the format
   */
  public static SourceFormat detect(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[' ? JSON : YAML;
      }
    }
    return JSON;
  }
}
