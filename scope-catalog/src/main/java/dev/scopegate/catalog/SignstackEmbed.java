package dev.scopegate.catalog;

import dev.scopegate.GrantedScopes;
import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.ScopeCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The four Signstack web components an embed token is minted for, the operations each one calls,
 * and the smallest scope set that lets an embed token call them: the embed token a backend should
 * mint for that component, and nothing wider.
 *
 * {@snippet :
 * SignstackEmbed.WORKFLOW_MONITOR.tag();      // "ss-workflow-monitor"
 * SignstackEmbed.WORKFLOW_MONITOR.texts();    // [workflow:read, file:read]
 * Delegation d = Delegation.check(SignstackRecipe.BACKEND_EMBED.grant(), SignstackEmbed.WORKFLOW_MONITOR.scopes());
 * d.allowed();                                // true: the backend-embed recipe may mint it
 * }
 *
 * <h2>Each component's operations</h2>
 *
 * The API overview names the components and what they are for ("signing, authoring, editing,
 * and monitoring", the same Studio surfaces extracted as custom elements), and the scope catalog
 * says which scopes serve them ({@code signing:sign} "used by signing-session embed tokens", {@code
 * ai-chat:use} for "the embedded resource-editor's AI features"). Neither lists each component's
 * operations, so they are declared here, in this one table, as Scopegate reads the reference; the
 * templates follow its namespace-scoped URL shape ({@code /v1/orgs/{orgId}/namespaces/{namespaceKey}/…},
 * files under {@code /v1/orgs/{orgId}/files/…}).
 *
 * <table>
 *   <caption>Operations per component (NS = {@code /v1/orgs/{orgId}/namespaces/{namespaceKey}})</caption>
 *   <tr><th>component</th><th>operation</th><th>requires</th><th>why</th></tr>
 *   <tr><td rowspan="3">{@code <ss-signing-embed>}: a participant signs</td>
 *       <td>{@code GET NS/workflows/{workflowId}}</td><td>{@code workflow:read}</td>
 *       <td>load the signing session: the workflow's state and the participant's step</td></tr>
 *   <tr><td>{@code GET /v1/orgs/{orgId}/files/{fileId}}</td><td>{@code file:read}</td>
 *       <td>show the rendered documents being signed</td></tr>
 *   <tr><td>{@code POST NS/workflows/{workflowId}/signatures}</td><td>{@code signing:sign}</td>
 *       <td>submit the participant's signature</td></tr>
 *   <tr><td rowspan="3">{@code <ss-workflow-editor>}: authoring, designing a workflow</td>
 *       <td>{@code GET NS/blueprints/{blueprintId}}</td><td>{@code resource:read}</td>
 *       <td>open the blueprint, and the templates and schemas it composes (blueprints are
 *       primitives: the resource family)</td></tr>
 *   <tr><td>{@code POST NS/blueprints}</td><td>{@code resource:create}</td>
 *       <td>start a new blueprint draft</td></tr>
 *   <tr><td>{@code PUT NS/blueprints/{blueprintId}}</td><td>{@code resource:update}</td>
 *       <td>save the draft and publish a version</td></tr>
 *   <tr><td rowspan="3">{@code <ss-workflow-monitor>}: monitoring, read only</td>
 *       <td>{@code GET NS/workflows}</td><td>{@code workflow:read}</td>
 *       <td>list the workflows and their state</td></tr>
 *   <tr><td>{@code GET NS/workflows/{workflowId}}</td><td>{@code workflow:read}</td>
 *       <td>one workflow's steps, participants and history</td></tr>
 *   <tr><td>{@code GET /v1/orgs/{orgId}/files/{fileId}}</td><td>{@code file:read}</td>
 *       <td>download the rendered and signed documents</td></tr>
 *   <tr><td rowspan="5">{@code <ss-resource-editor>}: editing an existing primitive</td>
 *       <td>{@code GET NS/resources/{resourceId}}</td><td>{@code resource:read}</td>
 *       <td>open the primitive (template, schema, asset, function)</td></tr>
 *   <tr><td>{@code PUT NS/resources/{resourceId}}</td><td>{@code resource:update}</td>
 *       <td>save the draft</td></tr>
 *   <tr><td>{@code GET /v1/orgs/{orgId}/files/{fileId}}</td><td>{@code file:read}</td>
 *       <td>preview the assets the primitive uses</td></tr>
 *   <tr><td>{@code POST /v1/orgs/{orgId}/files}</td><td>{@code file:upload}</td>
 *       <td>upload an asset</td></tr>
 *   <tr><td>{@code POST NS/ai/chat}</td><td>{@code ai-chat:use}</td>
 *       <td>the editor's AI features (the catalog names them)</td></tr>
 * </table>
 *
 * <p>None of them creates or executes workflows, deletes anything, or needs a wildcard: the
 * monitor only reads, the signing embed signs but cannot send or advance a workflow, and the
 * editors work on drafts.
 *
 * <h2>The minimal scopes</h2>
 *
 * {@link #scopes()} is computed by the engine from the operations' requirements, never written
 * by hand: the union of their required scopes, minus every scope another one grants ({@link
 * ScopeCatalog#minimize}), in catalog order; the result is checked to cover every operation, and
 * no scope in it can be dropped without leaving an operation uncovered. A backend mints an embed
 * token only with scopes it holds itself ({@code embed-token:create} and a {@link
 * dev.scopegate.Delegation} of these scopes): of the reference's recipes, {@code backend-embed}
 * holds the monitor's, {@code full-access} the monitor's and the workflow editor's, and none holds
 * {@code signing:sign} or {@code ai-chat:use}: add them to the minting key to embed the signing
 * session or the resource editor.
 */
public enum SignstackEmbed {
  /** {@code <ss-signing-embed>}: a participant's signing session. */
  SIGNING_EMBED(
      "ss-signing-embed",
      "A participant's signing session",
      new Operation("GET", Paths.WORKFLOW, "workflow:read",
          "load the signing session: the workflow's state and the participant's step"),
      new Operation("GET", Paths.FILE, "file:read", "show the rendered documents being signed"),
      new Operation("POST", Paths.WORKFLOW + "/signatures", "signing:sign", "submit the participant's signature")),
  /** {@code <ss-workflow-editor>}: authoring a workflow's design, its blueprint. */
  WORKFLOW_EDITOR(
      "ss-workflow-editor",
      "Authoring a workflow's design (its blueprint)",
      new Operation("GET", Paths.BLUEPRINTS + "/{blueprintId}", "resource:read",
          "open the blueprint, and the templates and schemas it composes"),
      new Operation("POST", Paths.BLUEPRINTS, "resource:create", "start a new blueprint draft"),
      new Operation("PUT", Paths.BLUEPRINTS + "/{blueprintId}", "resource:update", "save the draft and publish a version")),
  /** {@code <ss-workflow-monitor>}: monitoring workflows, read only. */
  WORKFLOW_MONITOR(
      "ss-workflow-monitor",
      "Monitoring workflows, read only",
      new Operation("GET", Paths.WORKFLOWS, "workflow:read", "list the workflows and their state"),
      new Operation("GET", Paths.WORKFLOW, "workflow:read", "one workflow's steps, participants and history"),
      new Operation("GET", Paths.FILE, "file:read", "download the rendered and signed documents")),
  /** {@code <ss-resource-editor>}: editing an existing primitive, with the AI features. */
  RESOURCE_EDITOR(
      "ss-resource-editor",
      "Editing an existing primitive, with the AI features",
      new Operation("GET", Paths.RESOURCE, "resource:read", "open the primitive (template, schema, asset, function)"),
      new Operation("PUT", Paths.RESOURCE, "resource:update", "save the draft"),
      new Operation("GET", Paths.FILE, "file:read", "preview the assets the primitive uses"),
      new Operation("POST", Paths.FILES, "file:upload", "upload an asset"),
      new Operation("POST", Paths.NAMESPACE + "/ai/chat", "ai-chat:use", "the editor's AI features"));

  private final String tag;
  private final String purpose;
  private final List<Operation> operations;
  private final List<Scope> scopes;
  private final List<String> texts;
  private final GrantedScopes granted;

  SignstackEmbed(String tag, String purpose, Operation... operations) {
    this.tag = tag;
    this.purpose = purpose;
    this.operations = List.of(operations);
    this.scopes = minimalScopes(this.operations);
    List<String> t = new ArrayList<>();
    for (Scope s : scopes) {
      t.add(s.toString());
    }
    this.texts = List.copyOf(t);
    this.granted = SignstackScopes.CATALOG.grant(scopes);
  }

  /**
   * The smallest scope list covering every operation: the union of the required scopes, without
   * the scopes another one grants, in catalog order; checked by the engine to cover each one.
   */
  static List<Scope> minimalScopes(List<Operation> operations) {
    ScopeCatalog catalog = SignstackScopes.CATALOG;
    List<Scope> union = new ArrayList<>();
    for (Operation op : operations) {
      union.addAll(op.requirement().scopes());
    }
    List<Scope> minimal = new ArrayList<>(catalog.minimize(union));
    List<Scope> order = catalog.knownScopes();
    minimal.sort(Comparator.comparingInt(order::indexOf));
    GrantedScopes granted = catalog.grant(minimal);
    for (Operation op : operations) {
      if (!granted.covers(op.requirement())) {
        throw new IllegalStateException(minimal + " does not cover " + op);
      }
    }
    return List.copyOf(minimal);
  }

  /**
   * The component with that tag name.
   *
   * @param tag the custom element's name, such as {@code "ss-workflow-monitor"} (with or without
   *     the angle brackets)
   * @return the component, or empty if there is none by that name
   */
  public static Optional<SignstackEmbed> byTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    String name = tag.startsWith("<") && tag.endsWith(">") ? tag.substring(1, tag.length() - 1) : tag;
    for (SignstackEmbed c : values()) {
      if (c.tag.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The custom element's name.
   *
   * @return the tag name, such as {@code "ss-signing-embed"}
   */
  public String tag() {
    return tag;
  }

  /**
   * What the component is for, in a few words.
   *
   * @return the purpose, such as {@code "Monitoring workflows, read only"}
   */
  public String purpose() {
    return purpose;
  }

  /**
   * The operations the component calls, as declared in the table above.
   *
   * @return the operations; the list cannot be modified
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * The smallest scope set an embed token for this component needs, in catalog order.
   *
   * @return the scopes; the list cannot be modified
   */
  public List<Scope> scopes() {
    return scopes;
  }

  /**
   * The scopes as text, in catalog order.
   *
   * @return the scope texts, such as {@code [workflow:read, file:read]}
   */
  public List<String> texts() {
    return texts;
  }

  /**
   * What an embed token with exactly these scopes grants.
   *
   * @return the granted set
   */
  public GrantedScopes grant() {
    return granted;
  }

  /** The URL shapes of the reference, for the table above. */
  private static final class Paths {
    static final String NAMESPACE = "/v1/orgs/{orgId}/namespaces/{namespaceKey}";
    static final String WORKFLOWS = NAMESPACE + "/workflows";
    static final String WORKFLOW = WORKFLOWS + "/{workflowId}";
    static final String BLUEPRINTS = NAMESPACE + "/blueprints";
    static final String RESOURCE = NAMESPACE + "/resources/{resourceId}";
    static final String FILES = "/v1/orgs/{orgId}/files";
    static final String FILE = FILES + "/{fileId}";

    private Paths() {}
  }

  /** One operation a component calls: method, path template, the scopes it requires, and why the component calls it. */
  public static final class Operation {
    private final String method;
    private final String template;
    private final Requirement requirement;
    private final String why;

    Operation(String method, String template, String scopes, String why) {
      this.method = method;
      this.template = template;
      this.requirement = SignstackScopes.CATALOG.requirement(scopes.split(" "));
      this.why = why;
    }

    /**
     * The HTTP method.
     *
     * @return the method, such as {@code "GET"}
     */
    public String method() {
      return method;
    }

    /**
     * The path template, in the reference's URL shape.
     *
     * @return the template, such as {@code "/v1/orgs/{orgId}/files/{fileId}"}
     */
    public String template() {
      return template;
    }

    /**
     * The scopes the operation requires.
     *
     * @return the requirement
     */
    public Requirement requirement() {
      return requirement;
    }

    /**
     * Why the component calls it.
     *
     * @return the reason, such as {@code "submit the participant's signature"}
     */
    public String why() {
      return why;
    }

    /**
     * {@code POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/signatures requires [signing:sign]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
      return method + " " + template + " requires " + requirement.scopes();
    }
  }
}
