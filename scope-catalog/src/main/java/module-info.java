/**
 * The Signstack scope catalog ({@link dev.scopegate.catalog.SignstackScopes}) and its five
 * recommended scope sets ({@link dev.scopegate.catalog.SignstackRecipe}).
 */
module dev.scopegate.catalog {
  requires transitive dev.scopegate.core;
  requires static org.jspecify;

  exports dev.scopegate.catalog;
}
