package dev.scopegate.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.RouteTable;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopeFilterTest {
  @Test
  void nonHttpRequestIsRefused() {
    ScopeFilter filter = ScopeFilter.builder(TestApi.ROUTES).build();
    ServletRequest request = proxy(ServletRequest.class);

    assertThatThrownBy(() -> filter.doFilter(request, proxy(ServletResponse.class), (rq, rs) -> {
          throw new AssertionError("the chain must not run");
        }))
        .isInstanceOf(ServletException.class)
        .hasMessageStartingWith("ScopeFilter guards HTTP requests only, not a ");
  }

  @Test
  void anHttpRequestWithANonHttpResponseIsRefused() {
    ScopeFilter filter = ScopeFilter.builder(TestApi.ROUTES).build();

    assertThatThrownBy(() -> filter.doFilter(Requests.withAttributes(Map.of()), proxy(ServletResponse.class), (rq, rs) -> {
          throw new AssertionError("the chain must not run");
        }))
        .isInstanceOf(ServletException.class)
        .hasMessageStartingWith("ScopeFilter guards HTTP requests only, not a ");
  }

  @Test
  void builderRejectsNullAndKeepsTheGuard() {
    Guard guard = Guard.of(TestApi.ROUTES);

    assertThat(ScopeFilter.builder(guard).build().guard()).isSameAs(guard);
    assertThat(ScopeFilter.builder(guard).build())
        .hasToString("ScopeFilter[Guard[RouteTable[11 routes]], ClaimSource.jwtClaims(dev.scopegate.servlet.jwtClaims),"
            + " Answers[SIGNSTACK, missing scope named]]");
    Answers hidden = Answers.builder().exposeMissingScope(false).build();
    assertThat(ScopeFilter.builder(TestApi.ROUTES).answers(hidden).build().answers()).isSameAs(hidden);
    assertThat(ScopeFilter.builder(TestApi.ROUTES).build().guard().passesCorsPreflights()).isFalse();
    assertThatThrownBy(() -> ScopeFilter.builder((RouteTable) null)).isInstanceOf(NullPointerException.class).hasMessage("routes");
    assertThatThrownBy(() -> ScopeFilter.builder((Guard) null)).isInstanceOf(NullPointerException.class).hasMessage("guard");
    assertThatThrownBy(() -> ScopeFilter.builder(guard).answers(null)).hasMessage("answers");
    assertThatThrownBy(() -> ScopeFilter.builder(guard).claimSource(null)).hasMessage("source");
  }

  private static <T> T proxy(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(ScopeFilterTest.class.getClassLoader(), new Class<?>[] {type},
        (p, m, a) -> {
          throw new UnsupportedOperationException(m.getName());
        }));
  }
}
