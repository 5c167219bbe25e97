package dev.scopegate.guard;

import com.google.common.testing.NullPointerTester;
import dev.scopegate.Requirement;
import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import java.lang.System.Logger;
import org.junit.jupiter.api.Test;

/** No public method of the guard accepts {@code null}: each names the parameter it rejects. */
class NullSafetyTest {
  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(ScopeCatalog.class, SignstackScopes.CATALOG)
      .setDefault(Requirement.class, SignstackScopes.CATALOG.requirement("workflow:read"))
      .setDefault(RouteTable.class, Fixtures.ROUTES)
      .setDefault(ScopeClaim.class, ScopeClaim.of("workflow:read"))
      .setDefault(String.class, "/v1/x")
      .setDefault(Logger.class, new RecordingLogger());

  @Test
  void guard() {
    tester.testAllPublicStaticMethods(Guard.class);
    tester.testAllPublicInstanceMethods(Fixtures.GUARD);
  }

  @Test
  void routeTable() {
    tester.testAllPublicStaticMethods(RouteTable.class);
    tester.testAllPublicInstanceMethods(Fixtures.ROUTES);
    tester.testAllPublicInstanceMethods(RouteTable.builder(SignstackScopes.CATALOG));
    tester.testAllPublicInstanceMethods(Fixtures.ROUTES.routes().get(0));
  }

  @Test
  void claimsAndDecisions() {
    tester.testAllPublicStaticMethods(ScopeClaim.class);
    tester.testAllPublicInstanceMethods(ScopeClaim.of("x"));
    tester.testAllPublicStaticMethods(JwtScopeReader.class);
    tester.testAllPublicInstanceMethods(JwtScopeReader.create(new RecordingLogger()));
    tester.testAllPublicInstanceMethods(Fixtures.GUARD.check("GET", "/v1/me", ScopeClaim.absent()));
  }
}
