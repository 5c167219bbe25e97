package dev.scopegate;

import java.util.List;

/** The strategy of a rule with an alternative that requires nothing: every claim is allowed. */
final class AlwaysAllowed extends ClaimCheck {
  AlwaysAllowed(List<Requirement> alternatives) {
    super(alternatives);
  }

  @Override
  Decision check(String claim) {
    return Decision.ALLOWED;
  }

  @Override
  Decision check(List<?> claim) {
    return Decision.ALLOWED;
  }

  @Override
  Decision nothingGranted() {
    return Decision.ALLOWED;
  }
}
