package dev.scopegate.spring.boot;

import dev.scopegate.spring.ScopeDeclarationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a failed start caused by Scopegate into Spring Boot's short report: the setting or the
 * declared scopes at fault, and what to do.
 */
final class ScopegateFailureAnalyzer implements FailureAnalyzer {
  private final Settings settings = new Settings();
  private final Declarations declarations = new Declarations();

  @Override
  public @Nullable FailureAnalysis analyze(Throwable failure) {
    FailureAnalysis analysis = settings.analyze(failure);
    return analysis != null ? analysis : declarations.analyze(failure);
  }

  private static final class Settings extends AbstractFailureAnalyzer<ScopegateConfigurationException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, ScopegateConfigurationException cause) {
      return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
  }

  private static final class Declarations extends AbstractFailureAnalyzer<ScopeDeclarationException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, ScopeDeclarationException cause) {
      return new FailureAnalysis("A scope declared in code is not in the Scopegate catalog:\n" + cause.getMessage(),
          "Correct each scope above (the catalog's own spelling is suggested), or use a catalog that declares it.", cause);
    }
  }
}
