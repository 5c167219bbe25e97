package dev.scopegate;

import java.util.List;

/**
 * The strategy of a rule whose alternatives together span more than 64 concrete scopes: the claim
 * is read into a {@link GrantedScopes} (which allocates) and each alternative checked against its
 * bits.
 */
final class WideCheck extends ClaimCheck {
  private final ScopeCatalog catalog;

  WideCheck(ScopeCatalog catalog, List<Requirement> alternatives) {
    super(alternatives);
    this.catalog = catalog;
  }

  @Override
  Decision check(String claim) {
    return decide(alternatives, catalog.parseClaim(claim).bits());
  }

  @Override
  Decision check(List<?> claim) {
    return decide(alternatives, catalog.parseClaim(claim).bits());
  }

  @Override
  Decision nothingGranted() {
    return decide(alternatives, new long[catalog.numbering().words()]);
  }
}
