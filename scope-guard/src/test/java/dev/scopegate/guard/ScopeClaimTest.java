package dev.scopegate.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeClaimTest {
  @Test
  void listIsCopied() {
    List<Object> entries = new ArrayList<>(List.of("workflow:read"));
    ScopeClaim claim = ScopeClaim.of(entries);
    entries.add("workflow:create");

    assertThat(claim).isEqualTo(ScopeClaim.of(List.of("workflow:read")));
    assertThat(claim.list()).isEqualTo(List.of("workflow:read"));
    assertThatThrownBy(() -> claim.list().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void unusableNeedsAReason() {
    assertThatThrownBy(() -> ScopeClaim.unusable("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An unusable claim needs a reason the client can read");
  }

  @Test
  void presence() {
    assertThat(ScopeClaim.absent().isPresent()).isFalse();
    assertThat(ScopeClaim.of("").isPresent()).isTrue();
    assertThat(ScopeClaim.of(List.of()).isPresent()).isTrue();
    assertThat(ScopeClaim.unusable("x").isPresent()).isTrue();
  }

  @Test
  void valueEqualityAndToString() {
    new EqualsTester()
        .addEqualityGroup(ScopeClaim.absent(), ScopeClaim.absent())
        .addEqualityGroup(ScopeClaim.of("a:b"), ScopeClaim.of("a:b"))
        .addEqualityGroup(ScopeClaim.of(""))
        .addEqualityGroup(ScopeClaim.of(List.of("a:b")), ScopeClaim.of(new ArrayList<>(List.of("a:b"))))
        .addEqualityGroup(ScopeClaim.of(List.of()))
        .addEqualityGroup(ScopeClaim.unusable("a:b"))
        .testEquals();
    assertThat(ScopeClaim.absent()).hasToString("ScopeClaim[absent]");
    assertThat(ScopeClaim.of("a:b \u0435")).hasToString("ScopeClaim[\"a:b \\u0435\"]");
    assertThat(ScopeClaim.of(List.of("a:b", "c:d"))).hasToString("ScopeClaim[[a:b, c:d]]");
    assertThat(ScopeClaim.unusable("broken")).hasToString("ScopeClaim[unusable: broken]");
  }
}
