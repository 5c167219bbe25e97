package dev.scopegate.spring;

import dev.scopegate.InvalidScopeException;
import dev.scopegate.ScopeCatalog;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Checks, once every singleton of the application exists, that every scope its beans declare is
 * the catalog's, and fails the start with a {@link ScopeDeclarationException} listing each one that
 * is not: a typo must not compile into a rule that silently denies every caller.
 *
 * <ul>
 *   <li>every {@code @RequiresScopes} that applies to a method of a bean, compiled as {@link
 *       RequiresScopesAuthorizationManager} compiles it at the first call;
 *   <li>the string literals of {@code @PreAuthorize} expressions that name scopes: the arguments of
 *       {@code @scopes.all(…)} and {@code @scopes.any(…)} ({@link ScopeExpressions}), of Spring's
 *       {@code hasScope}, {@code hasAnyScope} and {@code hasAllScopes}, and of {@code hasAuthority},
 *       {@code hasAnyAuthority} and {@code hasAllAuthorities} where they start with {@code SCOPE_}.
 * </ul>
 *
 * {@snippet :
 * @Bean
 * static ScopeAnnotationValidator scopeAnnotationValidator(ListableBeanFactory beans, RequiresScopesAuthorizationManager methods) {
 *   return ScopeAnnotationValidator.of(beans, methods);
 * }
 * }
 *
 * <p>Only literals are checked; an argument computed at run time is parsed strictly when the
 * expression runs. An expression that does not parse is left to Spring Security, which rejects it
 * when the method is called.
 */
public final class ScopeAnnotationValidator implements SmartInitializingSingleton {
  private static final Set<String> SCOPE_METHODS = Set.of("hasScope", "hasAnyScope", "hasAllScopes");
  private static final Set<String> AUTHORITY_METHODS = Set.of("hasAuthority", "hasAnyAuthority", "hasAllAuthorities");
  private static final String SCOPE_PREFIX = "SCOPE_";

  private final ListableBeanFactory beans;
  private final RequiresScopesAuthorizationManager methods;
  private final SpelExpressionParser parser = new SpelExpressionParser();

  private ScopeAnnotationValidator(ListableBeanFactory beans, RequiresScopesAuthorizationManager methods) {
    this.beans = beans;
    this.methods = methods;
  }

  /**
   * A validator of the beans of {@code beans}.
   *
   * @param beans the application's bean factory
   * @param methods compiles {@code @RequiresScopes} against the catalog
   * @return the validator
   */
  public static ScopeAnnotationValidator of(ListableBeanFactory beans, RequiresScopesAuthorizationManager methods) {
    return new ScopeAnnotationValidator(Objects.requireNonNull(beans, "beans"), Objects.requireNonNull(methods, "methods"));
  }

  /**
   * Checks the class of every bean.
   *
   * @throws ScopeDeclarationException listing every scope the catalog rejects
   */
  @Override
  public void afterSingletonsInstantiated() {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (String name : beans.getBeanDefinitionNames()) {
      Class<?> type = beans.getType(name, false);
      if (type != null) {
        types.add(ClassUtils.getUserClass(type));
      }
    }
    validate(types);
  }

  /**
   * Checks the given classes.
   *
   * @param types the classes
   * @throws ScopeDeclarationException listing every scope the catalog rejects
   */
  public void validate(Collection<Class<?>> types) {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : types) {
      problems.addAll(problems(type));
    }
    if (!problems.isEmpty()) {
      throw new ScopeDeclarationException(problems);
    }
  }

  /**
   * Every problem of one class.
   *
   * @param type the class
   * @return one line per rejected scope; empty when every declared scope is the catalog's
   */
  public List<String> problems(Class<?> type) {
    Objects.requireNonNull(type, "type");
    List<String> problems = new ArrayList<>();
    for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type, ReflectionUtils.USER_DECLARED_METHODS)) {
      try {
        methods.rule(method, type);
      } catch (ScopeDeclarationException e) {
        problems.addAll(e.problems());
      }
      PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
      if (pre == null) {
        pre = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
      }
      if (pre != null) {
        String where = "@PreAuthorize(\"" + pre.value() + "\") on " + RequiresScopesLookup.where(method);
        for (String scope : scopeLiterals(pre.value())) {
          try {
            catalog().parse(scope);
          } catch (InvalidScopeException e) {
            problems.add(where + ": " + e.getMessage());
          }
        }
      }
    }
    return problems;
  }

  private ScopeCatalog catalog() {
    return methods.catalog();
  }

  /** The literal scopes an expression names; none when it does not parse. */
  List<String> scopeLiterals(String expression) {
    SpelNode root;
    try {
      root = parser.parseRaw(expression).getAST();
    } catch (ParseException e) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    collect(root, false, out);
    return out;
  }

  /** Walks the tree; {@code afterScopesBean} is true for the node right after {@code @scopes}. */
  private static void collect(SpelNode node, boolean afterScopesBean, List<String> out) {
    if (node instanceof MethodReference call) {
      String name = call.getName();
      boolean scopes = afterScopesBean && (name.equals("all") || name.equals("any"));
      boolean authorities = AUTHORITY_METHODS.contains(name);
      if (scopes || SCOPE_METHODS.contains(name) || authorities) {
        for (int i = 0; i < call.getChildCount(); i++) {
          if (call.getChild(i) instanceof StringLiteral literal) {
            String value = String.valueOf(literal.getLiteralValue().getValue());
            if (!authorities) {
              out.add(value);
            } else if (value.startsWith(SCOPE_PREFIX)) {
              out.add(value.substring(SCOPE_PREFIX.length()));
            }
          }
        }
      }
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      SpelNode previous = i == 0 ? null : node.getChild(i - 1);
      boolean afterBean = previous instanceof BeanReference bean && bean.getName().equals(ScopeExpressions.BEAN_NAME);
      collect(node.getChild(i), afterBean, out);
    }
  }

  /**
   * {@code ScopeAnnotationValidator[ScopeCatalog[…]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "ScopeAnnotationValidator[" + catalog() + "]";
  }
}
