package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import dev.scopegate.Delegation;
import dev.scopegate.GrantedScopes;
import dev.scopegate.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The embed-token helper: the four components of the overview, their scopes, minimal and covering. */
class SignstackEmbedTest {
  @Test
  void theFourComponentsAreTheOverviews() throws IOException {
    String overview;
    try (InputStream in = SignstackEmbedTest.class.getResourceAsStream("/spec/overview-reference.txt")) {
      assertThat(in).as("spec/overview-reference.txt on the test classpath").isNotNull();
      overview = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Set<String> named = new LinkedHashSet<>();
    Matcher m = Pattern.compile("<(ss-[a-z-]+)>").matcher(overview);
    while (m.find()) {
      named.add(m.group(1));
    }
    List<String> tags = new ArrayList<>();
    for (SignstackEmbed c : SignstackEmbed.values()) {
      tags.add(c.tag());
    }
    assertThat(tags).containsExactlyElementsOf(named);
    Path shared = Path.of("../../shared/spec/000_0d92b53b93803e90.txt");
    if (Files.exists(shared)) {
      assertThat(overview).isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
    }
  }

  @Test
  void eachComponentsMinimalScopes() {
    assertThat(SignstackEmbed.SIGNING_EMBED.texts()).containsExactly("workflow:read", "signing:sign", "file:read");
    assertThat(SignstackEmbed.WORKFLOW_EDITOR.texts()).containsExactly("resource:read", "resource:create", "resource:update");
    assertThat(SignstackEmbed.WORKFLOW_MONITOR.texts()).containsExactly("workflow:read", "file:read");
    assertThat(SignstackEmbed.RESOURCE_EDITOR.texts())
        .containsExactly("resource:read", "resource:update", "file:read", "file:upload", "ai-chat:use");
  }

  @Test
  void theScopesCoverEveryOperationAndNoneCanBeDropped() {
    for (SignstackEmbed c : SignstackEmbed.values()) {
      for (SignstackEmbed.Operation op : c.operations()) {
        assertThat(c.grant().covers(op.requirement())).as("%s covers %s", c, op).isTrue();
      }
      for (Scope dropped : c.scopes()) {
        List<Scope> fewer = new ArrayList<>(c.scopes());
        fewer.remove(dropped);
        GrantedScopes without = SignstackScopes.CATALOG.grant(fewer);
        assertThat(c.operations()).as("%s without %s", c, dropped).anyMatch(op -> !without.covers(op.requirement()));
      }
      assertThat(c.scopes()).noneMatch(Scope::isWildcard);
      assertThat(c.texts()).hasSameSizeAs(c.scopes());
    }
  }

  @Test
  void theMinimalScopesDropWhatAnotherRequiredScopeGrantsAndFollowTheCatalogsOrder() {
    List<SignstackEmbed.Operation> ops = List.of(
        new SignstackEmbed.Operation("GET", "/x", "file:read workflow:read", "a"),
        new SignstackEmbed.Operation("POST", "/x", "workflow:*", "b"),
        new SignstackEmbed.Operation("PUT", "/x", "file:read", "c"));

    assertThat(SignstackEmbed.minimalScopes(ops)).containsExactly(SignstackScopes.WORKFLOW_ALL, SignstackScopes.FILE_READ);
  }

  /** Which recipe may mint which component's embed token: it needs embed-token:create and every scope. */
  @Test
  void whichRecipeMayMintWhichEmbedToken() {
    StringBuilder table = new StringBuilder();
    for (SignstackRecipe minter : SignstackRecipe.values()) {
      table.append(minter.id()).append(':');
      for (SignstackEmbed c : SignstackEmbed.values()) {
        boolean mints = minter.grant().covers(SignstackScopes.EMBED_TOKEN_CREATE)
            && Delegation.check(minter.grant(), c.scopes()).allowed();
        table.append(' ').append(mints ? c.tag() : "-");
      }
      table.append('\n');
    }
    assertThat(table).hasToString(""
        + "backend-workflows: - - - -\n"
        + "backend-embed: - - ss-workflow-monitor -\n"
        + "ci-cd-push: - - - -\n"
        + "multi-tenant-provisioning: - - - -\n"
        + "full-access: - ss-workflow-editor ss-workflow-monitor -\n");
    assertThat(Delegation.check(SignstackRecipe.BACKEND_EMBED.grant(), SignstackEmbed.SIGNING_EMBED.scopes()).message())
        .contains("Token cannot delegate scope: signing:sign");
    assertThat(Delegation.check(SignstackRecipe.FULL_ACCESS.grant(), SignstackEmbed.RESOURCE_EDITOR.scopes()).message())
        .contains("Token cannot delegate scope: ai-chat:use");
  }

  @Test
  void componentsAreFoundByTag() {
    assertThat(SignstackEmbed.byTag("ss-workflow-monitor")).contains(SignstackEmbed.WORKFLOW_MONITOR);
    assertThat(SignstackEmbed.byTag("<ss-signing-embed>")).contains(SignstackEmbed.SIGNING_EMBED);
    assertThat(SignstackEmbed.byTag("ss-resource-editor")).contains(SignstackEmbed.RESOURCE_EDITOR);
    assertThat(SignstackEmbed.byTag("<ss-workflow-editor")).isEmpty();
    assertThat(SignstackEmbed.byTag("ss-workflow-editor>")).isEmpty();
    assertThat(SignstackEmbed.byTag("SS-WORKFLOW-MONITOR")).isEmpty();
    assertThat(SignstackEmbed.byTag("")).isEmpty();
  }

  @Test
  void describesItself() {
    assertThat(SignstackEmbed.WORKFLOW_MONITOR.purpose()).isEqualTo("Monitoring workflows, read only");
    SignstackEmbed.Operation sign = SignstackEmbed.SIGNING_EMBED.operations().get(2);
    assertThat(sign.method()).isEqualTo("POST");
    assertThat(sign.template()).isEqualTo("/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/signatures");
    assertThat(sign.why()).isEqualTo("submit the participant's signature");
    assertThat(sign).hasToString(
        "POST /v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}/signatures requires [signing:sign]");
    assertThat(SignstackEmbed.WORKFLOW_MONITOR.operations()).extracting(SignstackEmbed.Operation::template).containsExactly(
        "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows",
        "/v1/orgs/{orgId}/namespaces/{namespaceKey}/workflows/{workflowId}",
        "/v1/orgs/{orgId}/files/{fileId}");
  }

  @Test
  void publicMethodsRejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(SignstackEmbed.class);
  }
}
