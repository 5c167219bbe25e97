package dev.scopegate.testing;

import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.ScopeFamily;
import dev.scopegate.ScopeGrammar;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators built from valid parts: names, catalogs of both grammars (some larger than 64
 * scopes, some with declared implications), and claims mixing declared scopes, declared and
 * undeclared wildcards, unknown names, near misses of opaque tokens and malformed entries.
 */
public final class ScopeArbitraries {
  private static final List<String> VERBS =
      List.of("read", "create", "update", "delete", "execute", "use", "sign", "manage", "publish", "upload");

  private ScopeArbitraries() {}

  /** A name under the grammar: {@code [a-z]([a-z0-9-]*[a-z0-9])?}. */
  public static Arbitrary<String> names() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> middle = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(12);
    Arbitrary<Character> last = Arbitraries.chars().with("abcdefghijklmnopqrstuvwxyz0123456789".toCharArray());
    Arbitrary<String> longer = Combinators.combine(first, middle, last).as((f, m, l) -> f + m + l);
    return Arbitraries.oneOf(first.map(String::valueOf), longer);
  }

  /** A well-formed scope text: {@code name:name} or {@code name:*}. */
  public static Arbitrary<String> scopeTexts() {
    Arbitrary<String> verb = Arbitraries.oneOf(names(), Arbitraries.just("*"));
    return Combinators.combine(names(), verb).as((f, v) -> f + ":" + v);
  }

  /** Catalogs of 1 to 12 families of 1 to 12 verbs (up to 144 scopes). */
  public static Arbitrary<ScopeCatalog> catalogs() {
    return catalogs(12, 12);
  }

  /** Catalogs of 1 to {@code maxFamilies} families, each of 1 to {@code maxVerbs} verbs. */
  public static Arbitrary<ScopeCatalog> catalogs(int maxFamilies, int maxVerbs) {
    Arbitrary<List<Integer>> verbCounts = Arbitraries.integers().between(1, maxVerbs).list().ofMinSize(1).ofMaxSize(maxFamilies);
    Arbitrary<List<Boolean>> wildcards = Arbitraries.of(true, false).list().ofSize(maxFamilies);
    return Combinators.combine(verbCounts, wildcards).as(ScopeArbitraries::catalog);
  }

  /** A deterministic catalog: family {@code i} has {@code verbCounts[i]} verbs. */
  public static ScopeCatalog catalog(List<Integer> verbCounts, List<Boolean> wildcards) {
    List<ScopeFamily> families = new ArrayList<>();
    for (int f = 0; f < verbCounts.size(); f++) {
      ScopeFamily.Builder b = ScopeFamily.builder(f % 3 == 0 ? "fam" + f : "family-" + f, "Family " + f);
      for (int v = 0; v < verbCounts.get(f); v++) {
        String verb = v < VERBS.size() ? VERBS.get(v) : "verb-" + v;
        b.verb(verb, "Verb " + verb + " of family " + f);
      }
      if (wildcards.get(f % wildcards.size())) {
        b.wildcard("All verbs of family " + f);
      }
      families.add(b.build());
    }
    return ScopeCatalog.of(families);
  }

  /**
   * A deterministic scope-token catalog of {@code count} tokens in the shapes real APIs use:
   * dotted ({@code okta.r3.read}), hyphenated ({@code user-read-2}), URLs, camel case, and RFC 6749's
   * other printable characters.
   */
  public static ScopeCatalog tokenCatalog(int count) {
    ScopeCatalog.Builder b = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN);
    for (int i = 0; i < count; i++) {
      b.scope(token(i), "Token " + i);
    }
    return b.build();
  }

  private static String token(int i) {
    switch (i % 8) {
      case 0:
        return "okta.r" + i + ".read";
      case 1:
        return "okta.r" + i + ".manage";
      case 2:
        return "user-read-" + i;
      case 3:
        return "accounting.x" + i;
      case 4:
        return "https://api.example.com/auth/s" + i;
      case 5:
        return "Scope_" + i + "!";
      case 6:
        return "a" + i + "[]~#{|}";
      default:
        return "openid" + i;
    }
  }

  /**
   * The same catalog with implications added: each pair {@code (i, j)} with {@code i < j} makes
   * concrete scope {@code i} imply concrete scope {@code j}, or, for {@code j >= n} (the number of
   * concrete scopes), the wildcard of family {@code j - n} when it is declared and its verbs all
   * come after {@code i}. Every edge goes forward, so the implications are acyclic.
   */
  public static ScopeCatalog withImplications(ScopeCatalog base, List<List<Integer>> pairs) {
    ScopeCatalog.Builder b = ScopeCatalog.builder(base.grammar());
    if (base.grammar() == ScopeGrammar.FAMILY_VERB) {
      base.families().forEach(b::family);
    } else {
      for (Scope s : base.scopes()) {
        b.scope(s.toString(), base.description(s).orElseThrow());
      }
    }
    List<Scope> scopes = base.scopes();
    int n = scopes.size();
    for (List<Integer> pair : pairs) {
      int i = Math.min(pair.get(0), pair.get(1)) % n;
      int j = Math.max(pair.get(0), pair.get(1));
      if (j < n && i < j) {
        b.implies(scopes.get(i).toString(), scopes.get(j).toString());
      } else if (j >= n && j - n < base.families().size()) {
        ScopeFamily family = base.families().get(j - n);
        if (family.wildcard().isPresent() && scopes.indexOf(family.scopes().get(0)) > i) {
          b.implies(scopes.get(i).toString(), family.wildcard().get().toString());
        }
      }
    }
    return b.build();
  }

  /**
   * Catalogs of either grammar, with or without implications: family:verb catalogs as {@link
   * #catalogs()}, scope-token catalogs of 1 to 80 tokens.
   */
  public static Arbitrary<ScopeCatalog> anyCatalogs() {
    Arbitrary<ScopeCatalog> base = Arbitraries.oneOf(catalogs(), Arbitraries.integers().between(1, 80).map(ScopeArbitraries::tokenCatalog));
    Arbitrary<List<List<Integer>>> pairs = Arbitraries.integers().between(0, 200).list().ofSize(2).list().ofMaxSize(10);
    return Combinators.combine(base, pairs, Arbitraries.integers().between(0, 2))
        .as((catalog, edges, plain) -> plain == 0 ? catalog : withImplications(catalog, edges));
  }

  /** Texts near a declared scope token that must grant nothing unless they are declared themselves. */
  public static List<String> nearMisses(String token) {
    List<String> out = new ArrayList<>();
    out.add(token + ".");
    out.add("." + token);
    out.add(token.substring(0, token.length() - 1));
    out.add(token.substring(1));
    out.add(token + "*");
    out.add(token + "\"");
    out.add(flipCase(token, 0));
    out.add(flipCase(token, token.length() - 1));
    out.add(token.toUpperCase(java.util.Locale.ROOT));
    out.add(token + "\u00a0");
    out.add(token.replace('a', '\u0430'));
    return out;
  }

  private static String flipCase(String s, int at) {
    char c = s.charAt(at);
    char flipped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return s.substring(0, at) + flipped + s.substring(at + 1);
  }

  /** One claim entry for the catalog: mostly declared scopes, plus every kind of thing that must grant nothing. */
  public static Arbitrary<String> claimEntries(ScopeCatalog catalog) {
    List<String> concrete = new ArrayList<>();
    for (Scope s : catalog.scopes()) {
      concrete.add(s.toString());
    }
    List<String> families = new ArrayList<>();
    for (ScopeFamily f : catalog.families()) {
      families.add(f.name());
    }
    Arbitrary<String> known = Arbitraries.of(concrete);
    if (families.isEmpty()) {
      Arbitrary<String> near = known.flatMap(s -> Arbitraries.of(nearMisses(s)));
      Arbitrary<String> malformed = Arbitraries.of("", "\"", "\\", "a\tb", "\u0000", "okta users");
      return Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(12, known),
          net.jqwik.api.Tuple.of(4, near),
          net.jqwik.api.Tuple.of(1, malformed),
          net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12)));
    }
    Arbitrary<String> wildcards = Arbitraries.of(families).map(f -> f + ":*");
    Arbitrary<String> unknownVerb = Arbitraries.of(families).map(f -> f + ":frobnicate");
    Arbitrary<String> unknownFamily = known.map(s -> "x" + s);
    Arbitrary<String> uppercase = known.map(s -> s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1));
    Arbitrary<String> confusable = known.map(s -> s.replace('e', '\u0435').replace('a', '\u0430'));
    Arbitrary<String> withControl = known.flatMap(s -> Arbitraries.of("\t", "\n", "\u0000", "\u00a0", "\r").map(c -> s + c));
    Arbitrary<String> partial = known.map(s -> s.substring(0, s.length() - 1) + "*");
    Arbitrary<String> global = Arbitraries.of("*", "*:*", "*:read", ":", "::", "");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, known),
        net.jqwik.api.Tuple.of(4, wildcards),
        net.jqwik.api.Tuple.of(1, unknownVerb),
        net.jqwik.api.Tuple.of(1, unknownFamily),
        net.jqwik.api.Tuple.of(1, uppercase),
        net.jqwik.api.Tuple.of(1, confusable),
        net.jqwik.api.Tuple.of(1, withControl),
        net.jqwik.api.Tuple.of(1, partial),
        net.jqwik.api.Tuple.of(1, global));
  }

  /** A claim as a list of entries. */
  public static Arbitrary<List<String>> claimLists(ScopeCatalog catalog) {
    return claimEntries(catalog).list().ofMaxSize(14);
  }

  /** A space-delimited claim: entries joined by one to three spaces, with optional spaces around. */
  public static Arbitrary<String> claims(ScopeCatalog catalog) {
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "   ");
    return Combinators.combine(claimLists(catalog), gap.list().ofSize(16)).as((entries, gaps) -> {
      StringBuilder sb = new StringBuilder(gaps.get(15).length() > 1 ? " " : "");
      for (int i = 0; i < entries.size(); i++) {
        sb.append(i == 0 ? "" : gaps.get(i)).append(entries.get(i));
      }
      return sb.append(gaps.get(14).length() > 1 ? " " : "").toString();
    });
  }

  /** A requirement's scope texts: declared concrete scopes and declared wildcards, 0 to 4 of them. */
  public static Arbitrary<List<String>> requirements(ScopeCatalog catalog) {
    List<String> known = new ArrayList<>();
    for (Scope s : catalog.knownScopes()) {
      known.add(s.toString());
    }
    return Arbitraries.of(known).list().ofMaxSize(4);
  }
}
