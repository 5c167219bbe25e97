package dev.scopegate.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Requirement;
import dev.scopegate.catalog.SignstackScopes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the peers answer differently from Scopegate, outside the declared lowercase scopes the
 * benchmarks use; BENCHMARKS.md describes these. Each case pins both sides.
 */
class PeerDifferencesTest {
  private static final List<String> FILE_READ = List.of("file:read");
  private static final List<String> WORKFLOW_CREATE = List.of("workflow:create");

  @Test
  void anUndeclaredFamilyWildcardGrantsNothingInScopegateButEverythingInThePeers() {
    Requirement fileRead = SignstackScopes.CATALOG.requirement("file:read");
    assertThat(fileRead.check("file:*").allowed()).isFalse();
    assertThat(SignstackScopes.CATALOG.parseClaim("file:*").ignored()).hasSize(1);

    assertThat(NaiveHashSet.covers(NaiveHashSet.grant("file:*"), NaiveHashSet.require(FILE_READ))).isTrue();
    assertThat(ShiroWildcard.covers(ShiroWildcard.grant("file:*"), ShiroWildcard.require(FILE_READ))).isTrue();
    assertThat(QuarkusStringPermission.covers(QuarkusStringPermission.grant("file:*"), QuarkusStringPermission.require(FILE_READ)))
        .isTrue();
    assertThat(SpringAuthorities.covers(new SpringAuthorities().grant(SpringAuthorities.jwt("file:*")), SpringAuthorities.require(FILE_READ)))
        .isTrue();
  }

  @Test
  void shiroLowercasesWhatScopegateRejects() {
    assertThat(SignstackScopes.CATALOG.requirement("workflow:create").check("WORKFLOW:CREATE").allowed()).isFalse();
    assertThat(ShiroWildcard.covers(ShiroWildcard.grant("WORKFLOW:CREATE"), ShiroWildcard.require(WORKFLOW_CREATE))).isTrue();
  }

  @Test
  void shiroLetsABareFamilyImplyEveryVerb() {
    assertThat(SignstackScopes.CATALOG.requirement("workflow:create").check("workflow").allowed()).isFalse();
    assertThat(ShiroWildcard.covers(ShiroWildcard.grant("workflow"), ShiroWildcard.require(WORKFLOW_CREATE))).isTrue();
  }

  @Test
  void theCaseSensitivePeersRejectUppercaseAsScopegateDoes() {
    assertThat(NaiveHashSet.covers(NaiveHashSet.grant("WORKFLOW:CREATE"), NaiveHashSet.require(WORKFLOW_CREATE))).isFalse();
    assertThat(QuarkusStringPermission.covers(QuarkusStringPermission.grant("WORKFLOW:CREATE"), QuarkusStringPermission.require(WORKFLOW_CREATE)))
        .isFalse();
    assertThat(SpringAuthorities.covers(new SpringAuthorities().grant(SpringAuthorities.jwt("WORKFLOW:CREATE")), SpringAuthorities.require(WORKFLOW_CREATE)))
        .isFalse();
  }

  @Test
  void quarkusMapsEntriesAsItsIdentityBuilderDoes() {
    assertThat(QuarkusStringPermission.permission("workflow:create").getName()).isEqualTo("workflow");
    assertThat(QuarkusStringPermission.permission("workflow:create").getActions()).isEqualTo("create");
    assertThat(QuarkusStringPermission.permission("workflow:").getName()).isEqualTo("workflow:");
    assertThat(QuarkusStringPermission.permission("workflow:").getActions()).isNull();
  }
}
