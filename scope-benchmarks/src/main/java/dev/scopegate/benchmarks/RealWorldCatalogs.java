package dev.scopegate.benchmarks;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeGrammar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opaque (RFC 6749 scope-token) catalogs of real APIs, read at benchmark setup from their published
 * API descriptions in {@code shared/realworld-specs/} next to the repository (never copied into it):
 * the OAuth 2 scopes of the first security scheme that declares any, with their descriptions.
 */
public final class RealWorldCatalogs {
  private static final Pattern SCOPES = Pattern.compile("^(\\s*)scopes:\\s*$");
  private static final Pattern ENTRY = Pattern.compile("^(\\s*)([^\\s:#][^\\s]*?):\\s*(.*)$");

  private RealWorldCatalogs() {}

  /**
   * Okta's Management API: 109 dotted scopes such as {@code okta.users.read}, no implications.
   *
   * @return the catalog
   */
  public static ScopeCatalog okta() {
    return catalog(scopes("okta-management.yaml"), false);
  }

  /**
   * Xero's Accounting API: 16 scopes such as {@code accounting.transactions}, where each
   * read-write scope {@code X} implies its read-only twin {@code X.read} when both are declared.
   *
   * @return the catalog
   */
  public static ScopeCatalog xero() {
    return catalog(scopes("xero_accounting.yaml"), true);
  }

  private static ScopeCatalog catalog(Map<String, String> scopes, boolean readTwins) {
    ScopeCatalog.Builder b = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN);
    scopes.forEach(b::scope);
    if (readTwins) {
      for (String s : scopes.keySet()) {
        if (scopes.containsKey(s + ".read")) {
          b.implies(s, s + ".read");
        }
      }
    }
    return b.build();
  }

  /** The scopes and descriptions of the first {@code scopes:} block under {@code securitySchemes:}. */
  static Map<String, String> scopes(String specName) {
    return scopesOf(read(locate(specName)), specName);
  }

  static Map<String, String> scopesOf(List<String> lines, String source) {
    int schemes = -1;
    for (int i = 0; i < lines.size() && schemes < 0; i++) {
      if (lines.get(i).strip().equals("securitySchemes:")) {
        schemes = i;
      }
    }
    for (int i = Math.max(0, schemes); schemes >= 0 && i < lines.size(); i++) {
      Matcher block = SCOPES.matcher(lines.get(i));
      if (!block.matches()) {
        continue;
      }
      int indent = block.group(1).length();
      Map<String, String> out = new LinkedHashMap<>();
      for (int j = i + 1; j < lines.size(); j++) {
        Matcher entry = ENTRY.matcher(lines.get(j));
        if (!entry.matches() || entry.group(1).length() <= indent) {
          break;
        }
        out.put(entry.group(2), entry.group(3).isBlank() ? entry.group(2) : entry.group(3).strip());
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    throw new IllegalStateException(source + " declares no OAuth 2 scopes under securitySchemes");
  }

  /**
   * Finds a shared API description in {@code shared/realworld-specs/} beside the repository (or a
   * worktree's repository), looking up from the working directory: the repository root for
   * bench.sh, a module directory for tests.
   */
  private static Path locate(String specName) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve(Path.of("shared", "realworld-specs", specName));
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("The benchmark reads ../shared/realworld-specs/" + specName
        + " next to the repository, which is missing; run from the repository root with shared/ beside it");
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
