package dev.scopegate.benchmarks.peers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Requirement;
import dev.scopegate.Scope;
import dev.scopegate.catalog.SignstackScopes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Beyond the benchmarks' fixed scenarios: on any claim of declared Signstack scopes (concrete and
 * wildcards, repeats allowed) and any 1 to 3 required concrete scopes, every peer, in every form
 * the benchmarks use, answers as Scopegate does.
 */
class PeerAgreementProperties {
  private static final SpringAuthorities SPRING = new SpringAuthorities();

  @Property(tries = 500)
  void everyPeerAnswersAsScopegate(@ForAll("claims") List<String> claim, @ForAll("required") List<String> required) {
    String text = String.join(" ", claim);
    Requirement requirement = SignstackScopes.CATALOG.requirement(required.toArray(new String[0]));
    boolean expected = requirement.check(text).allowed();
    Statistics.label("answer").collect(expected ? "allowed" : "denied")
        .coverage(c -> {
          c.check("allowed").percentage(p -> p > 5);
          c.check("denied").percentage(p -> p > 5);
        });

    assertThat(requirement.check(claim).allowed()).as("Scopegate, list claim").isEqualTo(expected);
    assertThat(SignstackScopes.CATALOG.parseClaim(text).covers(requirement)).as("Scopegate, parseClaim").isEqualTo(expected);
    assertThat(NaiveHashSet.covers(NaiveHashSet.grant(text), NaiveHashSet.require(required))).as("naive, string").isEqualTo(expected);
    assertThat(NaiveHashSet.covers(NaiveHashSet.grant(claim), NaiveHashSet.require(required))).as("naive, list").isEqualTo(expected);
    assertThat(ShiroWildcard.covers(ShiroWildcard.grant(text), ShiroWildcard.require(required))).as("Shiro, string").isEqualTo(expected);
    assertThat(ShiroWildcard.covers(ShiroWildcard.grant(claim), ShiroWildcard.require(required))).as("Shiro, list").isEqualTo(expected);
    assertThat(QuarkusStringPermission.covers(QuarkusStringPermission.grant(text), QuarkusStringPermission.require(required)))
        .as("Quarkus, string").isEqualTo(expected);
    assertThat(QuarkusStringPermission.covers(QuarkusStringPermission.grant(claim), QuarkusStringPermission.require(required)))
        .as("Quarkus, list").isEqualTo(expected);
    Jwt scope = SpringAuthorities.jwt(text);
    Jwt scp = SpringAuthorities.jwt(claim);
    assertThat(SpringAuthorities.covers(SPRING.grant(scope), SpringAuthorities.require(required))).as("Spring, scope").isEqualTo(expected);
    assertThat(SpringAuthorities.covers(SPRING.grant(scp), SpringAuthorities.require(required))).as("Spring, scp").isEqualTo(expected);
  }

  /** Claims of 2 to 16 declared scopes, wildcards included; repeats allowed. */
  @Provide
  Arbitrary<List<String>> claims() {
    List<String> known = SignstackScopes.CATALOG.knownScopes().stream().map(Scope::toString).toList();
    return Arbitraries.of(known).list().ofMinSize(2).ofMaxSize(16);
  }

  /** 1 to 3 concrete required scopes (the peers' fallback covers concrete scopes, as operations declare them). */
  @Provide
  Arbitrary<List<String>> required() {
    List<String> concrete = SignstackScopes.CATALOG.scopes().stream().map(Scope::toString).toList();
    return Arbitraries.of(concrete).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
  }
}
