package dev.scopegate.guard;

import com.google.common.testing.NullPointerTester;
import dev.scopegate.AccessRule;
import dev.scopegate.Decision;
import dev.scopegate.Delegation;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import java.lang.System.Logger;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** No public method of the guard accepts {@code null}: each names the parameter it rejects. */
class NullSafetyTest {
  private static final GuardDecision DENIAL = Fixtures.GUARD.check("GET", "/v1/me", ScopeClaim.absent());

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(ScopeCatalog.class, SignstackScopes.CATALOG)
      .setDefault(Requirement.class, SignstackScopes.CATALOG.requirement("workflow:read"))
      .setDefault(AccessRule.class, AccessRule.of(SignstackScopes.CATALOG.requirement("workflow:read")))
      .setDefault(RouteTable.class, Fixtures.ROUTES)
      .setDefault(ScopeClaim.class, ScopeClaim.of("workflow:read"))
      .setDefault(Supplier.class, (Supplier<ScopeClaim>) () -> ScopeClaim.of("workflow:read"))
      .setDefault(RequestHeaders.class, RequestHeaders.none())
      .setDefault(GuardDecision.class, DENIAL)
      .setDefault(Decision.class, SignstackScopes.CATALOG.requirement("workflow:read").check(""))
      .setDefault(ErrorFormat.class, ErrorFormat.PROBLEM)
      .setDefault(Clock.class, Clock.systemUTC())
      .setDefault(String.class, "/v1/x")
      .setDefault(Logger.class, new RecordingLogger())
      .setDefault(ModeLookup.class, parameters -> Optional.of("test"))
      .setDefault(Delegation.class, Delegation.check(SignstackScopes.CATALOG.parseClaim(""), List.of(SignstackScopes.FILE_READ)));

  @Test
  void guard() {
    tester.testAllPublicStaticMethods(Guard.class);
    tester.testAllPublicInstanceMethods(Fixtures.GUARD);
    tester.testAllPublicInstanceMethods(Guard.builder(Fixtures.ROUTES));
  }

  @Test
  void resolutions() {
    tester.testAllPublicInstanceMethods(Fixtures.GUARD.resolve("GET", "/v1/me"));
    tester.testAllPublicInstanceMethods(Fixtures.GUARD.resolve("GET", "/v1/unknown"));
    tester.testAllPublicInstanceMethods(Fixtures.GUARD.resolve("POST", "/v1/auth/token"));
    tester.testAllPublicStaticMethods(RequestTarget.class);
    tester.testAllPublicStaticMethods(RequestHeaders.class);
  }

  @Test
  void routeTable() {
    tester.testAllPublicStaticMethods(RouteTable.class);
    tester.testAllPublicInstanceMethods(Fixtures.ROUTES);
    tester.testAllPublicInstanceMethods(RouteTable.builder(SignstackScopes.CATALOG));
    tester.testAllPublicInstanceMethods(Fixtures.ROUTES.routes().get(0));
    RouteTable bound = RouteTable.builder(SignstackScopes.CATALOG).route("GET", "/v1/orgs/{orgId}", "file:read")
        .bind("orgId", "org_id").build();
    tester.testAllPublicInstanceMethods(bound.bindings().get(0));
    tester.testAllPublicInstanceMethods(Guard.of(bound).resolve("GET", "/v1/orgs/o1"));
  }

  @Test
  void claimsAndDecisions() {
    tester.testAllPublicStaticMethods(ScopeClaim.class);
    tester.testAllPublicInstanceMethods(ScopeClaim.of("x"));
    tester.testAllPublicStaticMethods(JwtScopeReader.class);
    tester.testAllPublicInstanceMethods(JwtScopeReader.create(new RecordingLogger()));
    tester.testAllPublicInstanceMethods(JwtScopeReader.fromClaim("permissions", new RecordingLogger()));
    tester.testAllPublicInstanceMethods(DENIAL);
  }

  @Test
  void answers() {
    tester.testAllPublicStaticMethods(Answers.class);
    tester.testAllPublicInstanceMethods(Answers.signstack());
    tester.testAllPublicInstanceMethods(Answers.builder());
    tester.testAllPublicInstanceMethods(Answers.signstack().unauthenticated("/v1/x"));
  }
}
