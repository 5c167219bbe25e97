package dev.scopegate.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scopegate.Scope;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each recipe's three views of its scopes (constants, texts, granted set) say the same thing. */
class SignstackRecipeContentsTest {

  @ParameterizedTest
  @EnumSource(SignstackRecipe.class)
  void scopesTextsAndGrantAgree(SignstackRecipe recipe) {
    List<String> texts = new ArrayList<>();
    for (Scope s : recipe.scopes()) {
      assertThat(SignstackScopes.CATALOG.parse(s.toString())).isSameAs(s);
      texts.add(s.toString());
    }
    assertThat(texts).isNotEmpty().isEqualTo(recipe.texts());
    assertThat(SignstackScopes.CATALOG.parseAll(recipe.texts())).isEqualTo(recipe.scopes());
    assertThat(SignstackScopes.CATALOG.grant(recipe.scopes())).isEqualTo(recipe.grant());
    assertThat(recipe.grant().entries()).isEqualTo(recipe.scopes());
  }
}
