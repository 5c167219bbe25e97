package dev.scopegate.cli;

import dev.scopegate.openapi.SourceLocation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One lint finding.
 *
 * @param file the file as shown to the user (the path given, or found under a given folder)
 * @param path the file's path, for SARIF's URIs
 * @param line 1-based line, from the parser
 * @param column 1-based column, from the parser
 * @param rule the rule
 * @param message one line
 * @param scope the scope text the finding is about, exactly as written, if any
 * @param related a second position the finding is about (such as the other declaration of a
 *     drift), if any
 */
record Finding(
    String file, Path path, int line, int column, Rule rule, String message, Optional<String> scope,
    Optional<SourceLocation> related) {}
