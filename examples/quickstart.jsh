// Checks a few token claims against the Signstack catalog and prints the decisions.
// Run with examples/quickstart.sh: it builds the jars first, and checks the output against
// examples/quickstart.expected.
import dev.scopegate.*;
import dev.scopegate.catalog.*;

// A claim as Java source would write it: non-ASCII characters as \uXXXX, so the output is ASCII.
String shown(String claim) {
  StringBuilder b = new StringBuilder("\"");
  claim.chars().forEach(c -> b.append(c < 0x7f ? Character.toString(c) : String.format("\\u%04x", c)));
  return b.append('"').toString();
}

Requirement createWorkflow = SignstackScopes.CATALOG.requirement("workflow:create");
for (String claim : new String[] {
    "workflow:read workflow:create",
    "workflow:*",
    "workflow:read file:*",
    "Workflow:create workflow:cr\u0435ate",
    String.join(" ", SignstackRecipe.CI_CD_PUSH.texts())}) {
  Decision d = createWorkflow.check(claim);
  System.out.printf("%-49s -> %s%n", shown(claim), d.allowed() ? "allowed" : d.message().orElseThrow());
  for (IgnoredEntry e : SignstackScopes.CATALOG.parseClaim(claim).ignored()) {
    System.out.printf("%-49s    ignored %s%n", "", e);
  }
}
try {
  SignstackScopes.CATALOG.requirement("workflow:craete");
} catch (InvalidScopeException e) {
  System.out.println("strict: " + e.getMessage());
}
/exit
