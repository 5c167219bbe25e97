package dev.scopegate;

import dev.scopegate.internal.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The scopes a system defines: its families, their verbs and descriptions, and which families
 * expose a {@code *} wildcard. A catalog is the universe every check runs against.
 *
 * <p>The catalog numbers its concrete scopes once, family by family. {@link GrantedScopes} and
 * {@link Requirement} are bitsets over that numbering (one {@code long} per 64 scopes, any size),
 * so a check is a few AND/compare instructions and allocates nothing.
 *
 * <h2>Two ways to read scopes</h2>
 *
 * <ul>
 *   <li><b>Strict</b>, for what a developer declares (an operation's required scopes, a key's
 *       scope list): {@link #parse}, {@link #parseAll}, {@link #requirement(String...)}. Malformed
 *       or unknown text throws {@link InvalidScopeException} naming the text and the reason.
 *   <li><b>Lenient</b>, for a token's claim at request time: {@link #parseClaim(String)}, {@link
 *       #parseClaim(List)}, {@link Requirement#check(String)}. Malformed or unknown entries grant
 *       nothing and never throw; they are reported as {@link IgnoredEntry ignored entries}.
 * </ul>
 *
 * {@snippet :
 * ScopeCatalog catalog = ScopeCatalog.of(
 *     ScopeFamily.builder("workflow", "Workflow")
 *         .verb("read", "Read workflows + their state")
 *         .verb("create", "Create workflows from blueprints")
 *         .wildcard("All workflow verbs")
 *         .build(),
 *     ScopeFamily.builder("file", "File")
 *         .verb("read", "Download files")
 *         .build());
 *
 * catalog.parse("workflow:*");       // the catalog's wildcard
 * catalog.parse("file:*");           // throws: the file family declares no wildcard
 * catalog.expand(catalog.parse("workflow:*"));  // [workflow:read, workflow:create]
 * }
 */
public final class ScopeCatalog {
  /** The longest token claim read, in characters; a longer claim grants nothing. */
  public static final int MAX_CLAIM_LENGTH = 65_536;

  private final List<ScopeFamily> families;
  private final Map<String, Integer> familyIndex;
  private final List<Scope> scopes;
  /** Scope by code: concrete scopes are 0..n-1, the wildcard of family f is n+f (null if undeclared). */
  private final @Nullable Scope[] byCode;
  private final int[] familyStart;
  private final int[] familyEnd;
  private final ScopeTable table;
  private final List<Scope> known;
  private final int words;

  private ScopeCatalog(List<ScopeFamily> families) {
    this.families = List.copyOf(families);
    int familyCount = this.families.size();
    Map<String, Integer> index = new HashMap<>();
    List<Scope> concrete = new ArrayList<>();
    this.familyStart = new int[familyCount];
    this.familyEnd = new int[familyCount];
    for (int f = 0; f < familyCount; f++) {
      ScopeFamily family = this.families.get(f);
      if (index.put(family.name(), f) != null) {
        throw new IllegalArgumentException("Duplicate family " + family.name() + " in catalog");
      }
      familyStart[f] = concrete.size();
      concrete.addAll(family.scopes());
      familyEnd[f] = concrete.size();
    }
    this.familyIndex = Collections.unmodifiableMap(index);
    this.scopes = Collections.unmodifiableList(concrete);
    int n = concrete.size();
    this.byCode = new Scope[n + familyCount];
    List<String> texts = new ArrayList<>();
    List<Integer> codes = new ArrayList<>();
    List<Scope> all = new ArrayList<>();
    for (int f = 0; f < familyCount; f++) {
      for (int i = familyStart[f]; i < familyEnd[f]; i++) {
        byCode[i] = concrete.get(i);
        texts.add(concrete.get(i).toString());
        codes.add(i);
        all.add(concrete.get(i));
      }
      Optional<Scope> wildcard = this.families.get(f).wildcard();
      if (wildcard.isPresent()) {
        byCode[n + f] = wildcard.get();
        texts.add(wildcard.get().toString());
        codes.add(n + f);
        all.add(wildcard.get());
      }
    }
    this.table = new ScopeTable(texts.toArray(new String[0]), codes.stream().mapToInt(Integer::intValue).toArray());
    this.known = Collections.unmodifiableList(all);
    this.words = Math.max(1, (n + 63) >>> 6);
  }

  /**
   * A catalog of the given families, numbered in the given order.
   *
   * @param families the families; names must be distinct
   * @return the catalog
   * @throws IllegalArgumentException if two families share a name
   */
  public static ScopeCatalog of(List<ScopeFamily> families) {
    Objects.requireNonNull(families, "families");
    return new ScopeCatalog(families);
  }

  /**
   * A catalog of the given families, numbered in the given order.
   *
   * @param families the families; names must be distinct
   * @return the catalog
   * @throws IllegalArgumentException if two families share a name
   */
  public static ScopeCatalog of(ScopeFamily... families) {
    Objects.requireNonNull(families, "families");
    return new ScopeCatalog(Arrays.asList(families));
  }

  /**
   * The families, in catalog order.
   *
   * @return the families
   */
  public List<ScopeFamily> families() {
    return families;
  }

  /**
   * The family of that name.
   *
   * @param name a family name, such as {@code "workflow"}
   * @return the family, or empty if the catalog has none of that name
   */
  public Optional<ScopeFamily> family(String name) {
    Objects.requireNonNull(name, "name");
    Integer f = familyIndex.get(name);
    return f == null ? Optional.empty() : Optional.of(families.get(f));
  }

  /**
   * Every concrete scope (no wildcards), family by family, in catalog order.
   *
   * @return the concrete scopes
   */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * Every scope the catalog accepts: each family's concrete scopes followed by its wildcard, if it
   * declares one.
   *
   * @return the concrete scopes and declared wildcards
   */
  public List<Scope> knownScopes() {
    return known;
  }

  /**
   * Whether the catalog declares this scope (a concrete scope, or a declared wildcard).
   *
   * @param scope the scope
   * @return {@code true} if strict parsing would accept it
   */
  public boolean contains(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    return table.find(scope.toString()) != ScopeTable.MISSING;
  }

  /**
   * What a declared scope grants, verbatim from the catalog.
   *
   * @param scope the scope
   * @return the description, or empty if the catalog does not declare the scope
   */
  public Optional<String> description(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    return family(scope.family()).flatMap(f -> f.description(scope));
  }

  /**
   * The concrete scopes a declared scope grants: itself, or every verb of the family for a
   * wildcard.
   *
   * @param scope a scope the catalog declares
   * @return the concrete scopes, in catalog order
   * @throws InvalidScopeException if the catalog does not declare the scope
   */
  public List<Scope> expand(Scope scope) {
    int code = codeOf(scope);
    if (code < scopes.size()) {
      return List.of(scopes.get(code));
    }
    int f = code - scopes.size();
    return scopes.subList(familyStart[f], familyEnd[f]);
  }

  /**
   * Parses one scope strictly: it must follow the grammar and be declared by this catalog.
   * Returns the catalog's own instance, so {@code parse(s.toString()) == s} for a catalog scope.
   *
   * @param text the scope's text, such as {@code "workflow:read"}
   * @return the catalog's scope
   * @throws InvalidScopeException if the text is malformed, names an unknown family or verb, or
   *     is a wildcard the family does not declare; the message quotes the text, gives the reason
   *     and suggests a close known scope if there is one
   */
  public Scope parse(String text) {
    Objects.requireNonNull(text, "text");
    int code = table.find(text);
    if (code != ScopeTable.MISSING) {
      return Objects.requireNonNull(byCode[code]);
    }
    throw diagnose(text, true).toException(text);
  }

  /**
   * Parses a space-delimited scope list strictly (entries separated by one or more U+0020
   * spaces, as a token's {@code scope} claim is), keeping order and repeats.
   *
   * @param spaceDelimited the list, such as {@code "workflow:read workflow:create"}
   * @return the scopes, possibly empty
   * @throws InvalidScopeException on the first entry that is malformed or unknown, or if the text
   *     is longer than {@link #MAX_CLAIM_LENGTH}
   */
  public List<Scope> parseAll(String spaceDelimited) {
    Objects.requireNonNull(spaceDelimited, "spaceDelimited");
    if (spaceDelimited.length() > MAX_CLAIM_LENGTH) {
      throw claimTooLong(spaceDelimited.length()).toException(spaceDelimited);
    }
    List<Scope> out = new ArrayList<>();
    forEachEntry(spaceDelimited, (text, from, to) -> out.add(parse(text.substring(from, to))));
    return Collections.unmodifiableList(out);
  }

  /**
   * Parses each string strictly, keeping order and repeats.
   *
   * @param texts the scopes' texts, such as the {@code "scopes"} array of a key definition
   * @return the scopes, possibly empty
   * @throws InvalidScopeException on the first entry that is malformed or unknown
   */
  public List<Scope> parseAll(Collection<String> texts) {
    Objects.requireNonNull(texts, "texts");
    List<Scope> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(parse(Objects.requireNonNull(text, "scope text")));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Compiles an operation's required scopes (all must be covered), parsing them strictly.
   *
   * {@snippet :
   * Requirement createWorkflow = catalog.requirement("workflow:create");
   * Requirement manageWorkflows = catalog.requirement("workflow:*");   // every workflow verb
   * }
   *
   * @param scopes the required scopes, in the operation's declared order
   * @return the requirement
   * @throws InvalidScopeException if a scope is malformed or unknown
   */
  public Requirement requirement(String... scopes) {
    Objects.requireNonNull(scopes, "scopes");
    List<Scope> parsed = new ArrayList<>(scopes.length);
    for (String s : scopes) {
      parsed.add(parse(Objects.requireNonNull(s, "scope text")));
    }
    return new Requirement(this, parsed);
  }

  /**
   * Compiles an operation's required scopes (all must be covered).
   *
   * @param scopes the required scopes, in the operation's declared order
   * @return the requirement
   * @throws InvalidScopeException if a scope is not declared by this catalog
   */
  public Requirement requirement(Collection<Scope> scopes) {
    return new Requirement(this, checkedScopes(scopes));
  }

  /**
   * Compiles a granted set from scopes already validated, such as a key's declared scope list.
   *
   * @param scopes the granted scopes
   * @return the granted set, with no ignored entries
   * @throws InvalidScopeException if a scope is not declared by this catalog
   */
  public GrantedScopes grant(Collection<Scope> scopes) {
    List<Scope> list = checkedScopes(scopes);
    long[] bits = new long[words];
    for (Scope s : list) {
      setBits(bits, codeOf(s));
    }
    return new GrantedScopes(this, bits, distinct(list), List.of());
  }

  /**
   * Reads a token's space-delimited {@code scope} claim leniently (RFC 6749 section 3.3): entries
   * are separated by one or more U+0020 spaces, leading and trailing spaces are allowed, and any
   * other character inside an entry (a tab, a newline, a non-breaking space) makes that entry
   * malformed. Malformed and unknown entries grant nothing and are reported, in claim order, by
   * {@link GrantedScopes#ignored()}. A claim longer than {@link #MAX_CLAIM_LENGTH} grants nothing
   * at all. Never throws for any claim content.
   *
   * @param claim the claim, such as {@code "workflow:read file:read"}
   * @return what the claim grants, with the ignored entries
   */
  public GrantedScopes parseClaim(String claim) {
    Objects.requireNonNull(claim, "claim");
    ClaimReader reader = new ClaimReader();
    if (claim.length() > MAX_CLAIM_LENGTH) {
      reader.ignoreAll(claim, claimTooLong(claim.length()));
    } else {
      forEachEntry(claim, reader::read);
    }
    return reader.result();
  }

  /**
   * Reads a token's claim given as a list of strings (the {@code scp} array form) leniently: each
   * element is one entry, taken whole. Elements that are malformed, unknown, {@code null} or not
   * strings grant nothing and are reported by {@link GrantedScopes#ignored()}. A list whose
   * entries add up (with one separator between each) to more than {@link #MAX_CLAIM_LENGTH}
   * characters grants nothing at all. Never throws for any element.
   *
   * @param claim the claim's entries, such as {@code List.of("workflow:read", "file:read")}
   * @return what the claim grants, with the ignored entries
   */
  public GrantedScopes parseClaim(List<?> claim) {
    Objects.requireNonNull(claim, "claim");
    ClaimReader reader = new ClaimReader();
    long total = listClaimLength(claim);
    if (total > MAX_CLAIM_LENGTH) {
      reader.ignoreAll("<" + claim.size() + " entries>", claimTooLong(total));
      return reader.result();
    }
    for (Object entry : claim) {
      if (entry instanceof String) {
        String s = (String) entry;
        reader.read(s, 0, s.length());
      } else {
        reader.ignoreNonString(entry);
      }
    }
    return reader.result();
  }

  /** Receives one entry of a space-delimited list as a region of the list's text. */
  private interface EntrySink {
    void accept(String text, int from, int to);
  }

  /**
   * Splits a space-delimited list as RFC 6749 section 3.3 does: entries are separated by one or
   * more U+0020; leading and trailing spaces are allowed; nothing else separates.
   */
  private static void forEachEntry(String text, EntrySink sink) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int start = i;
      while (i < length && text.charAt(i) != ' ') {
        i++;
      }
      sink.accept(text, start, i);
    }
  }

  /** The length a list claim would have as a space-delimited string. */
  static long listClaimLength(List<?> claim) {
    int size = claim.size();
    long total = Math.max(0, size - 1);
    if (claim instanceof RandomAccess) {
      for (int i = 0; i < size; i++) {
        total += lengthOf(claim.get(i));
      }
    } else {
      for (Object entry : claim) {
        total += lengthOf(entry);
      }
    }
    return total;
  }

  private static int lengthOf(@Nullable Object entry) {
    return entry instanceof String ? ((String) entry).length() : 0;
  }

  /**
   * Lists the redundant entries of a scope list: an entry is redundant when the family's wildcard
   * stands anywhere in the same list ({@link Redundancy.Kind#SUBSUMED}), or when it repeats an
   * earlier entry ({@link Redundancy.Kind#DUPLICATE}). Subsumption is reported in preference to
   * repetition.
   *
   * {@snippet :
   * catalog.redundancies(catalog.parseAll("workflow:read workflow:* workflow:*"));
   * // [workflow:read at 0 (subsumed by workflow:*), workflow:* at 2 (duplicate)]
   * }
   *
   * @param scopes a scope list
   * @return the redundant entries, in list order; empty if none
   * @throws InvalidScopeException if a scope is not declared by this catalog
   */
  public List<Redundancy> redundancies(List<Scope> scopes) {
    return redundanciesOf(checkedScopes(scopes));
  }

  /** {@link #redundancies} of a list already checked against this catalog. */
  private static List<Redundancy> redundanciesOf(List<Scope> list) {
    Set<String> wildcardFamilies = new HashSet<>();
    for (Scope s : list) {
      if (s.isWildcard()) {
        wildcardFamilies.add(s.family());
      }
    }
    Map<Scope, Integer> firstSeen = new LinkedHashMap<>();
    List<Redundancy> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Scope s = list.get(i);
      Integer earlier = firstSeen.putIfAbsent(s, i);
      if (!s.isWildcard() && wildcardFamilies.contains(s.family())) {
        out.add(new Redundancy(s, i, Redundancy.Kind.SUBSUMED, Scope.fromValid(s.family() + ":*")));
      } else if (earlier != null) {
        out.add(new Redundancy(s, i, Redundancy.Kind.DUPLICATE, s));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The scope list without its {@linkplain #redundancies redundant} entries, first-seen order
   * kept. It grants exactly what the input grants; minimizing twice changes nothing.
   *
   * {@snippet :
   * catalog.minimize(catalog.parseAll("workflow:read file:read workflow:* file:read"));
   * // [file:read, workflow:*]
   * }
   *
   * @param scopes a scope list
   * @return the minimal equivalent list
   * @throws InvalidScopeException if a scope is not declared by this catalog
   */
  public List<Scope> minimize(List<Scope> scopes) {
    List<Scope> list = checkedScopes(scopes);
    boolean[] drop = new boolean[list.size()];
    for (Redundancy r : redundanciesOf(list)) {
      drop[r.index()] = true;
    }
    List<Scope> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!drop[i]) {
        out.add(list.get(i));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Catalogs are equal when their families are, in the same order.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal catalog
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof ScopeCatalog && ((ScopeCatalog) other).families.equals(families));
  }

  @Override
  public int hashCode() {
    return families.hashCode();
  }

  /**
   * A summary: {@code ScopeCatalog[14 families, 35 scopes]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeCatalog[" + families.size() + " families, " + scopes.size() + " scopes]";
  }

  // ---------------------------------------------------------------------------------------------
  // Package-private machinery shared with Requirement and GrantedScopes.

  /** How many {@code long} words a bitset over this catalog has. */
  int words() {
    return words;
  }

  /** How many codes there are: concrete scopes, then one slot per family for its wildcard. */
  int codeCount() {
    return byCode.length;
  }

  ScopeTable table() {
    return table;
  }

  /** The code of a declared scope; throws {@link InvalidScopeException} if undeclared. */
  int codeOf(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    String text = scope.toString();
    int code = table.find(text);
    if (code == ScopeTable.MISSING) {
      throw diagnose(text, true).toException(text);
    }
    return code;
  }

  /** Sets the bits {@code code} grants: one scope, or a family's range for its wildcard. */
  void setBits(long[] bits, int code) {
    int n = scopes.size();
    if (code < n) {
      bits[code >>> 6] |= 1L << code;
      return;
    }
    int f = code - n;
    for (int i = familyStart[f]; i < familyEnd[f]; i++) {
      bits[i >>> 6] |= 1L << i;
    }
  }

  /** The concrete scope at {@code index}. */
  Scope scopeAt(int index) {
    return scopes.get(index);
  }

  /** Whether two catalogs number their scopes the same way, so their bitsets can be compared. */
  boolean compatible(ScopeCatalog other) {
    return other == this || other.equals(this);
  }

  private List<Scope> checkedScopes(Collection<Scope> scopes) {
    Objects.requireNonNull(scopes, "scopes");
    List<Scope> out = new ArrayList<>(scopes.size());
    for (Scope s : scopes) {
      out.add(Objects.requireNonNull(byCode[codeOf(s)]));
    }
    return out;
  }

  private static List<Scope> distinct(List<Scope> list) {
    return List.copyOf(new LinkedHashSet<>(list));
  }

  private static Grammar.Diagnosis claimTooLong(long length) {
    return new Grammar.Diagnosis(
        ScopeProblem.CLAIM_TOO_LONG,
        "the claim is " + length + " characters long; a claim has at most " + MAX_CLAIM_LENGTH);
  }

  /**
   * Says why {@code text} is not a scope of this catalog. Strict mode (developer input) adds a
   * suggestion and the family's verbs; lenient mode (request-time, attacker-controlled input)
   * keeps the reason short and does no fuzzy matching, so a claim costs linear time.
   */
  Grammar.Diagnosis diagnose(String text, boolean strict) {
    Grammar.Diagnosis malformed = Grammar.check(text);
    if (malformed != null) {
      return strict ? malformed.withSuggestion(suggest(text)) : malformed;
    }
    Scope scope = Scope.fromValid(text);
    Integer f = familyIndex.get(scope.family());
    if (f == null) {
      return new Grammar.Diagnosis(
              ScopeProblem.UNKNOWN_FAMILY, "the catalog has no family \"" + scope.family() + "\"")
          .withSuggestion(strict ? suggest(text) : Optional.empty());
    }
    ScopeFamily family = families.get(f);
    if (scope.isWildcard()) {
      String reason = "the " + family.name() + " family declares no wildcard";
      if (strict) {
        reason += "; grant its scopes one by one: " + joined(family.scopes());
      }
      return new Grammar.Diagnosis(ScopeProblem.WILDCARD_NOT_SUPPORTED, reason);
    }
    String reason = "the " + family.name() + " family has no verb \"" + scope.verb() + "\"";
    if (strict) {
      Optional<Scope> suggestion = suggest(text);
      if (suggestion.isEmpty()) {
        reason += "; its scopes are " + joined(family.scopes()) + family.wildcard().map(w -> ", " + w).orElse("");
      }
      return new Grammar.Diagnosis(ScopeProblem.UNKNOWN_SCOPE, reason, suggestion);
    }
    return new Grammar.Diagnosis(ScopeProblem.UNKNOWN_SCOPE, reason);
  }

  /** Lists scopes for a message: all of them up to eight, else the first eight and a count. */
  private static String joined(List<Scope> list) {
    StringBuilder sb = new StringBuilder();
    int shown = list.size() > 8 ? 8 : list.size();
    for (int i = 0; i < shown; i++) {
      sb.append(i == 0 ? "" : ", ").append(list.get(i));
    }
    if (shown < list.size()) {
      sb.append(", ... (").append(list.size()).append(" in all)");
    }
    return sb.toString();
  }

  /**
   * The known scope closest to {@code text}: its ASCII-lowercased, trimmed form if that is
   * declared, else the nearest by optimal-string-alignment distance (at most 2, and less than a
   * third of the text's length), first in catalog order on ties.
   */
  Optional<Scope> suggest(String text) {
    if (text.length() > Scope.MAX_LENGTH + 8) {
      return Optional.empty();
    }
    String folded = text.trim().toLowerCase(Locale.ROOT);
    int code = table.find(folded);
    if (code != ScopeTable.MISSING && !folded.equals(text)) {
      return Optional.of(Objects.requireNonNull(byCode[code]));
    }
    int limit = Math.min(2, (folded.length() - 1) / 3);
    Scope best = null;
    int bestDistance = limit + 1;
    for (Scope candidate : known) {
      String c = candidate.toString();
      if (Math.abs(c.length() - folded.length()) >= bestDistance) {
        continue;
      }
      int d = Distance.osa(folded, c);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Accumulates a lenient claim read: the bits, the distinct granted entries, the ignored ones. */
  private final class ClaimReader {
    private final long[] bits = new long[words];
    private final List<Scope> entries = new ArrayList<>();
    private final boolean[] seen = new boolean[byCode.length];
    private final List<IgnoredEntry> ignored = new ArrayList<>();
    private int position;

    void read(String claim, int from, int to) {
      int code = table.find(claim, from, to);
      if (code == ScopeTable.MISSING) {
        String text = claim.substring(from, to);
        Grammar.Diagnosis why = diagnose(text, false);
        ignored.add(new IgnoredEntry(text, position, why.problem(), why.reason()));
      } else {
        setBits(bits, code);
        if (!seen[code]) {
          seen[code] = true;
          entries.add(Objects.requireNonNull(byCode[code]));
        }
      }
      position++;
    }

    void ignoreNonString(@Nullable Object entry) {
      String what = entry == null ? "null" : "a " + entry.getClass().getName();
      ignored.add(new IgnoredEntry("", position, ScopeProblem.NOT_A_STRING, "the entry is " + what + ", not a string"));
      position++;
    }

    void ignoreAll(String claim, Grammar.Diagnosis why) {
      String preview = claim.length() > Text.QUOTE_LIMIT ? claim.substring(0, Text.QUOTE_LIMIT) : claim;
      ignored.add(new IgnoredEntry(preview, 0, why.problem(), why.reason()));
    }

    GrantedScopes result() {
      return new GrantedScopes(ScopeCatalog.this, bits, List.copyOf(entries), List.copyOf(ignored));
    }
  }
}
