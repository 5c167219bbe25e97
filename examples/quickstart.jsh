// Checks a few token claims against the Signstack catalog and prints the decisions.
// Run with examples/quickstart.sh (it builds the jars first).
import dev.scopegate.*;
import dev.scopegate.catalog.*;

Requirement createWorkflow = SignstackScopes.CATALOG.requirement("workflow:create");
for (String claim : new String[] {
    "workflow:read workflow:create",
    "workflow:*",
    "workflow:read file:*",
    "Workflow:create workflow:cr\u0435ate",
    String.join(" ", SignstackRecipe.CI_CD_PUSH.texts())}) {
  Decision d = createWorkflow.check(claim);
  System.out.printf("%-45s -> %s%n", '"' + claim + '"', d.allowed() ? "allowed" : d.message().orElseThrow());
  for (IgnoredEntry e : SignstackScopes.CATALOG.parseClaim(claim).ignored()) {
    System.out.printf("%-45s    ignored %s%n", "", e);
  }
}
try {
  SignstackScopes.CATALOG.requirement("workflow:craete");
} catch (InvalidScopeException e) {
  System.out.println("strict: " + e.getMessage());
}
/exit
