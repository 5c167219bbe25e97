/**
 * The Signstack catalog and recipes, as constants.
 *
 * {@snippet :
 * Requirement create = SignstackScopes.CATALOG.requirement("workflow:create");
 * create.check(String.join(" ", SignstackRecipe.CI_CD_PUSH.texts())).message();
 * // Optional[Token lacks required scope: workflow:create]
 * }
 */
@NullMarked
package dev.scopegate.catalog;

import org.jspecify.annotations.NullMarked;
