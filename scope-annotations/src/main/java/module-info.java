/**
 * {@link dev.scopegate.annotations.RequiresScopes}: the scopes a method or type requires. No
 * dependencies; read at run time by Scopegate's Spring adapter and at compile time by
 * {@code scope-processor}.
 */
module dev.scopegate.annotations {
  exports dev.scopegate.annotations;
}
