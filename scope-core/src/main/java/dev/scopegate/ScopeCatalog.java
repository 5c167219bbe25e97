package dev.scopegate;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The scopes a system defines, under one {@link ScopeGrammar grammar}: its families, their verbs
 * and descriptions, and which families expose a {@code *} wildcard (family:verb); or its opaque
 * RFC 6749 scope tokens with their descriptions (scope tokens); plus the implications it declares
 * ({@code accounting.transactions} grants {@code accounting.transactions.read}). A catalog is the
 * universe every check runs against.
 *
 * <p>The catalog numbers its concrete scopes once. {@link GrantedScopes}, {@link Requirement} and
 * {@link AccessRule} are bitsets over that numbering (one {@code long} per 64 scopes, any size),
 * so a check is a few AND/compare instructions and allocates nothing. Catalogs are interned:
 * building a catalog equal to one that exists returns that one, so requirements and granted sets
 * of equal catalogs are always of the same instance and compare by identity.
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
 *
 * ScopeCatalog xero = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
 *     .scope("accounting.transactions", "Read-write access to transactions")
 *     .scope("accounting.transactions.read", "Read-only access to transactions")
 *     .implies("accounting.transactions", "accounting.transactions.read")
 *     .build();
 * xero.expand(xero.parse("accounting.transactions"));   // [accounting.transactions, accounting.transactions.read]
 * }
 */
public final class ScopeCatalog {
  /** The longest token claim read, in characters; a longer claim grants nothing. */
  public static final int MAX_CLAIM_LENGTH = 65_536;

  /** Every live catalog, by definition: building an equal catalog returns the existing one. */
  private static final Map<Definition, WeakReference<ScopeCatalog>> INTERNED = new WeakHashMap<>();

  private final Definition definition;
  private final int hash;
  private final Numbering numbering;
  private final Implications closure;
  private final Diagnoser diagnoser;
  private final Map<Scope, List<Scope>> implications;
  private final Map<String, String> tokenDescriptions;

  /**
   * What a catalog declares, compared in full (never by hash alone) to intern catalogs: the
   * grammar, the families (family:verb) or the tokens with their descriptions, in order, and the
   * implications as texts (each source with the set of scopes it grants directly).
   */
  private record Definition(
      ScopeGrammar grammar,
      List<ScopeFamily> families,
      List<Scope> tokens,
      List<String> descriptions,
      Map<String, Set<String>> implies) {
    // Written out rather than generated: a record's generated equals and hashCode are linked by
    // invokedynamic on first use, a start-up cost every catalog would pay (see the parent POM's
    // scopegate.stringConcat).
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Definition && declaresTheSame((Definition) other);
    }

    private boolean declaresTheSame(Definition that) {
      return grammar == that.grammar
          && families.equals(that.families)
          && tokens.equals(that.tokens)
          && descriptions.equals(that.descriptions)
          && implies.equals(that.implies);
    }

    @Override
    public int hashCode() {
      return Objects.hash(grammar, families, tokens, descriptions, implies);
    }
  }

  private ScopeCatalog(Definition definition) {
    this.definition = definition;
    this.hash = definition.hashCode();
    this.numbering = new Numbering(definition.grammar(), definition.families(), definition.tokens());
    this.diagnoser = new Diagnoser(numbering);
    Map<String, String> descriptions = new HashMap<>();
    for (int i = 0; i < definition.tokens().size(); i++) {
      descriptions.put(definition.tokens().get(i).toString(), definition.descriptions().get(i));
    }
    this.tokenDescriptions = descriptions;
    Map<Scope, List<Scope>> resolved = new LinkedHashMap<>();
    Map<Integer, int[]> codes = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : definition.implies().entrySet()) {
      Scope source = parse(e.getKey());
      if (source.isWildcard()) {
        throw new IllegalArgumentException("The wildcard " + source + " cannot declare implications: it grants every "
            + source.family() + " verb; declare them on a concrete scope");
      }
      List<Scope> targets = new ArrayList<>();
      int[] targetCodes = new int[e.getValue().size()];
      for (String t : e.getValue()) {
        Scope target = parse(t);
        targetCodes[targets.size()] = numbering.find(t);
        targets.add(target);
      }
      resolved.put(source, List.copyOf(targets));
      codes.put(numbering.find(e.getKey()), targetCodes);
    }
    this.implications = Collections.unmodifiableMap(resolved);
    this.closure = new Implications(numbering, codes);
  }

  private static ScopeCatalog intern(Definition definition) {
    synchronized (INTERNED) {
      ScopeCatalog existing = lookUp(definition);
      if (existing != null) {
        return existing;
      }
    }
    ScopeCatalog built = new ScopeCatalog(definition);
    synchronized (INTERNED) {
      ScopeCatalog raced = lookUp(definition);
      if (raced != null) {
        return raced;
      }
      INTERNED.put(built.definition, new WeakReference<>(built));
      return built;
    }
  }

  private static @Nullable ScopeCatalog lookUp(Definition definition) {
    WeakReference<ScopeCatalog> ref = INTERNED.get(definition);
    return ref == null ? null : ref.get();
  }

  /**
   * A family:verb catalog of the given families, numbered in the given order.
   *
   * @param families the families; names must be distinct
   * @return the catalog
   * @throws IllegalArgumentException if two families share a name
   */
  public static ScopeCatalog of(List<ScopeFamily> families) {
    Objects.requireNonNull(families, "families");
    Builder builder = builder(ScopeGrammar.FAMILY_VERB);
    for (ScopeFamily family : families) {
      builder.family(family);
    }
    return builder.build();
  }

  /**
   * A family:verb catalog of the given families, numbered in the given order.
   *
   * @param families the families; names must be distinct
   * @return the catalog
   * @throws IllegalArgumentException if two families share a name
   */
  public static ScopeCatalog of(ScopeFamily... families) {
    Objects.requireNonNull(families, "families");
    return of(Arrays.asList(families));
  }

  /**
   * Starts a catalog of the given grammar: families for {@link ScopeGrammar#FAMILY_VERB}, scope
   * tokens for {@link ScopeGrammar#SCOPE_TOKEN}, and implications for either.
   *
   * {@snippet :
   * ScopeCatalog okta = ScopeCatalog.builder(ScopeGrammar.SCOPE_TOKEN)
   *     .scope("okta.users.manage", "Manage users")
   *     .scope("okta.users.read", "Read users")
   *     .implies("okta.users.manage", "okta.users.read")
   *     .build();
   * }
   *
   * @param grammar how the catalog's scopes are written
   * @return a builder
   */
  public static Builder builder(ScopeGrammar grammar) {
    return new Builder(Objects.requireNonNull(grammar, "grammar"));
  }

  /**
   * The grammar every scope of the catalog follows.
   *
   * @return the grammar
   */
  public ScopeGrammar grammar() {
    return definition.grammar();
  }

  /**
   * The families, in catalog order; empty for a scope-token catalog.
   *
   * @return the families
   */
  public List<ScopeFamily> families() {
    return definition.families();
  }

  /**
   * The family of that name.
   *
   * @param name a family name, such as {@code "workflow"}
   * @return the family, or empty if the catalog has none of that name
   */
  public Optional<ScopeFamily> family(String name) {
    Objects.requireNonNull(name, "name");
    int f = numbering.familyIndex(name);
    return f < 0 ? Optional.empty() : Optional.of(families().get(f));
  }

  /**
   * Every concrete scope (no wildcards), family by family or token by token, in catalog order.
   *
   * @return the concrete scopes
   */
  public List<Scope> scopes() {
    return numbering.scopes();
  }

  /**
   * Every scope the catalog accepts: each family's concrete scopes followed by its wildcard, if it
   * declares one; or the scope tokens.
   *
   * @return the concrete scopes and declared wildcards
   */
  public List<Scope> knownScopes() {
    return numbering.known();
  }

  /**
   * The implications the catalog declares, as declared: each scope with the scopes it grants
   * directly, in declaration order. {@link #expand} gives the transitive closure.
   *
   * @return the declared implications; empty when there are none
   */
  public Map<Scope, List<Scope>> implications() {
    return implications;
  }

  /**
   * Whether the catalog declares this scope (a concrete scope, or a declared wildcard).
   *
   * @param scope the scope
   * @return {@code true} if strict parsing would accept it
   */
  public boolean contains(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    return scope.grammar() == grammar() && numbering.find(scope.toString()) != Numbering.MISSING;
  }

  /**
   * What a declared scope grants, verbatim from the catalog.
   *
   * @param scope the scope
   * @return the description, or empty if the catalog does not declare the scope
   */
  public Optional<String> description(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    if (!contains(scope)) {
      return Optional.empty();
    }
    if (grammar() == ScopeGrammar.SCOPE_TOKEN) {
      return Optional.of(tokenDescriptions.get(scope.toString()));
    }
    return family(scope.family()).flatMap(f -> f.description(scope));
  }

  /**
   * Everything a declared scope grants: itself (or, for a wildcard, every verb of its family) and
   * every scope its declared implications reach, transitively.
   *
   * @param scope a scope the catalog declares
   * @return the concrete scopes granted, in catalog order
   * @throws InvalidScopeException if the catalog does not declare the scope
   */
  public List<Scope> expand(Scope scope) {
    long[] bits = new long[numbering.words()];
    closure.setGranted(bits, codeOf(scope));
    return scopesOf(bits);
  }

  /** The concrete scopes whose bits are set, in catalog order. */
  List<Scope> scopesOf(long[] bits) {
    List<Scope> out = new ArrayList<>();
    for (int w = 0; w < bits.length; w++) {
      long word = bits[w];
      while (word != 0) {
        out.add(numbering.scope((w << 6) + Long.numberOfTrailingZeros(word)));
        word &= word - 1;
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Parses one scope strictly: it must follow the catalog's grammar and be declared by this
   * catalog. Returns the catalog's own instance, so {@code parse(s.toString()) == s} for a catalog
   * scope.
   *
   * @param text the scope's text, such as {@code "workflow:read"}
   * @return the catalog's scope
   * @throws InvalidScopeException if the text is malformed, names an unknown family, verb or
   *     scope, or is a wildcard the family does not declare; the message quotes the text, gives
   *     the reason and suggests a close known scope if there is one
   */
  public Scope parse(String text) {
    Objects.requireNonNull(text, "text");
    int code = numbering.find(text);
    if (code != Numbering.MISSING) {
      return numbering.scope(code);
    }
    throw diagnoser.diagnose(text, true).toException(text);
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
      throw ClaimReader.claimTooLong(spaceDelimited.length()).toException(spaceDelimited);
    }
    return parseAll(dev.scopegate.internal.ClaimSplitter.entries(spaceDelimited));
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
   * Each scope grants its implication closure.
   *
   * @param scopes the granted scopes
   * @return the granted set, with no ignored entries
   * @throws InvalidScopeException if a scope is not declared by this catalog
   */
  public GrantedScopes grant(Collection<Scope> scopes) {
    List<Scope> list = checkedScopes(scopes);
    long[] bits = new long[numbering.words()];
    for (Scope s : list) {
      closure.setGranted(bits, codeOf(s));
    }
    return new GrantedScopes(this, bits, List.copyOf(new LinkedHashSet<>(list)), List.of());
  }

  /**
   * Reads a token's space-delimited {@code scope} claim leniently (RFC 6749 section 3.3): entries
   * are separated by one or more U+0020 spaces, leading and trailing spaces are allowed, and any
   * other character inside an entry (a tab, a newline, a non-breaking space) makes that entry
   * malformed. An entry grants only if it is exactly a declared scope, and then grants its
   * implication closure. Malformed and unknown entries grant nothing and are reported, in claim
   * order, by {@link GrantedScopes#ignored()}. A claim longer than {@link #MAX_CLAIM_LENGTH}
   * grants nothing at all. Never throws for any claim content.
   *
   * @param claim the claim, such as {@code "workflow:read file:read"}
   * @return what the claim grants, with the ignored entries
   */
  public GrantedScopes parseClaim(String claim) {
    Objects.requireNonNull(claim, "claim");
    return ClaimReader.read(this, claim);
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
    return ClaimReader.read(this, claim);
  }

  /**
   * Lists the redundant entries of a scope list: an entry is redundant when another entry of the
   * same list grants it, its family's wildcard or a scope whose implications reach it ({@link
   * Redundancy.Kind#SUBSUMED}), or when it repeats an earlier entry ({@link
   * Redundancy.Kind#DUPLICATE}). Subsumption is reported in preference to repetition.
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
    return Redundancies.of(this, checkedScopes(scopes));
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
    for (Redundancy r : Redundancies.of(this, list)) {
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
   * Catalogs are equal when they declare the same: grammar, families (in order) or scope tokens
   * with their descriptions (in order), and implications. Equal catalogs are the same instance
   * (catalogs are interned).
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal catalog
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || (other instanceof ScopeCatalog && ((ScopeCatalog) other).definition.equals(definition));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * A summary: {@code ScopeCatalog[14 families, 35 scopes]}, {@code ScopeCatalog[scope tokens,
   * 109 scopes]}, with {@code , 4 implications} when it declares any.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    String kind = grammar() == ScopeGrammar.FAMILY_VERB ? families().size() + " families" : "scope tokens";
    String implied = closure.count() == 0 ? "" : ", " + closure.count() + " implications";
    return "ScopeCatalog[" + kind + ", " + scopes().size() + " scopes" + implied + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Package-private machinery shared with the compiled types.

  Numbering numbering() {
    return numbering;
  }

  Implications closure() {
    return closure;
  }

  Diagnoser diagnoser() {
    return diagnoser;
  }

  /** The code of a declared scope; throws {@link InvalidScopeException} if undeclared. */
  int codeOf(Scope scope) {
    Objects.requireNonNull(scope, "scope");
    String text = scope.toString();
    if (scope.grammar() != grammar()) {
      throw diagnoser.otherGrammar(scope).toException(text);
    }
    int code = numbering.find(text);
    if (code == Numbering.MISSING) {
      throw diagnoser.diagnose(text, true).toException(text);
    }
    return code;
  }

  private List<Scope> checkedScopes(Collection<Scope> scopes) {
    Objects.requireNonNull(scopes, "scopes");
    List<Scope> out = new ArrayList<>(scopes.size());
    for (Scope s : scopes) {
      out.add(numbering.scope(codeOf(s)));
    }
    return out;
  }

  /**
   * Builds a {@link ScopeCatalog} of one grammar; not thread-safe, use once.
   *
   * {@snippet :
   * ScopeCatalog catalog = ScopeCatalog.builder(ScopeGrammar.FAMILY_VERB)
   *     .family(workflow)
   *     .family(file)
   *     .implies("workflow:update", "workflow:read")
   *     .build();
   * }
   */
  public static final class Builder {
    private final ScopeGrammar grammar;
    private final List<ScopeFamily> families = new ArrayList<>();
    private final Set<String> familyNames = new HashSet<>();
    private final List<Scope> tokens = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final Set<String> tokenTexts = new HashSet<>();
    private final Map<String, Set<String>> implies = new LinkedHashMap<>();

    private Builder(ScopeGrammar grammar) {
      this.grammar = grammar;
    }

    /**
     * Adds a family, numbered after the ones before it ({@link ScopeGrammar#FAMILY_VERB} only).
     *
     * @param family the family
     * @return this builder
     * @throws IllegalArgumentException if a family of that name was already added
     * @throws IllegalStateException if the catalog reads scope tokens
     */
    public Builder family(ScopeFamily family) {
      Objects.requireNonNull(family, "family");
      if (grammar != ScopeGrammar.FAMILY_VERB) {
        throw new IllegalStateException(
            "A SCOPE_TOKEN catalog declares scopes with scope(text, description), not families; family " + family.name()
                + " needs a FAMILY_VERB catalog");
      }
      if (!familyNames.add(family.name())) {
        throw new IllegalArgumentException("Duplicate family " + family.name() + " in catalog");
      }
      families.add(family);
      return this;
    }

    /**
     * Declares a scope token and what it grants ({@link ScopeGrammar#SCOPE_TOKEN} only).
     *
     * @param text the token, such as {@code "okta.users.read"}
     * @param description what it grants, verbatim
     * @return this builder
     * @throws InvalidScopeException if the text is not a scope token
     * @throws IllegalArgumentException if the token was already declared, or the description is blank
     * @throws IllegalStateException if the catalog reads family:verb scopes
     */
    public Builder scope(String text, String description) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(description, "description");
      if (grammar != ScopeGrammar.SCOPE_TOKEN) {
        throw new IllegalStateException(
            "A FAMILY_VERB catalog declares families with family(ScopeFamily); scope(text, description) is for"
                + " SCOPE_TOKEN catalogs");
      }
      Scope token = Scope.token(text);
      if (description.isBlank()) {
        throw new IllegalArgumentException("The description of " + text + " is blank");
      }
      if (!tokenTexts.add(text)) {
        throw new IllegalArgumentException("Duplicate scope " + text + " in catalog");
      }
      tokens.add(token);
      descriptions.add(description);
      return this;
    }

    /**
     * Declares that holding {@code scope} also grants {@code granted} (and, transitively,
     * whatever they grant). Names are checked strictly when the catalog is built, so scopes may
     * be declared before or after. A required scope is still covered only by itself or by a scope
     * that grants it: requiring {@code accounting.transactions} is not satisfied by holding only
     * {@code accounting.transactions.read}.
     *
     * @param scope the granting scope, a concrete scope of the catalog (not a family wildcard)
     * @param granted the scopes it grants directly: concrete scopes or declared wildcards
     * @return this builder
     * @throws IllegalArgumentException if {@code granted} is empty
     */
    public Builder implies(String scope, String... granted) {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(granted, "granted");
      if (granted.length == 0) {
        throw new IllegalArgumentException("implies(" + scope + ") names no granted scope");
      }
      Set<String> targets = implies.computeIfAbsent(scope, k -> new LinkedHashSet<>());
      for (String g : granted) {
        targets.add(Objects.requireNonNull(g, "granted scope"));
      }
      return this;
    }

    /**
     * Builds the catalog, or returns the existing catalog equal to it.
     *
     * @return the catalog
     * @throws InvalidScopeException if an implication names a scope the catalog does not declare
     * @throws IllegalArgumentException if an implication starts at a wildcard, or implications
     *     form a cycle (the message names it)
     */
    public ScopeCatalog build() {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      implies.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
      return intern(new Definition(
          grammar, List.copyOf(families), List.copyOf(tokens), List.copyOf(descriptions), Collections.unmodifiableMap(copy)));
    }
  }
}
