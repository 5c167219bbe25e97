package dev.scopegate.spring.boot;

import dev.scopegate.ScopeCatalog;
import dev.scopegate.catalog.SignstackScopes;
import dev.scopegate.guard.Answers;
import dev.scopegate.guard.Guard;
import dev.scopegate.guard.ModeLookup;
import dev.scopegate.guard.RouteTable;
import dev.scopegate.openapi.InvalidSpecException;
import dev.scopegate.openapi.OpenApiSpec;
import dev.scopegate.openapi.SpecProblem;
import dev.scopegate.spring.AuthenticationClaims;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * What the {@code scopegate.*} properties make: each a thin step from a property to the library's
 * own type, failing with a {@link ScopegateConfigurationException} that names the property.
 */
final class Settings {
  static final String CATALOG = "scopegate.catalog";
  static final String OPENAPI_LOCATION = "scopegate.openapi.location";
  static final String CLAIM_NAME = "scopegate.claim-name";
  static final String BINDINGS = "scopegate.bindings";
  static final String MODE_BINDING = "scopegate.mode-binding";

  /** The built-in catalogs by name. */
  private static final Map<String, ScopeCatalog> CATALOGS = Map.of("signstack", SignstackScopes.CATALOG);

  /** OpenAPI documents larger than this are refused, as scope-openapi refuses them. */
  private static final int MAX_DOCUMENT = 16 * 1024 * 1024;

  private Settings() {}

  static ScopeCatalog catalog(ScopegateProperties properties) {
    ScopeCatalog catalog = CATALOGS.get(properties.catalog());
    if (catalog == null) {
      throw new ScopegateConfigurationException(CATALOG, "unknown catalog \"" + properties.catalog() + "\"; the catalogs are: "
          + String.join(", ", CATALOGS.keySet()),
          "Set " + CATALOG + " to one of them, or define a ScopeCatalog bean of your own.");
    }
    return catalog;
  }

  static Answers answers(ScopegateProperties properties) {
    return Answers.builder().format(properties.errorBody()).exposeMissingScope(properties.exposeMissingScope()).build();
  }

  static AuthenticationClaims claims(ScopegateProperties properties) {
    String name = properties.claimName();
    if (name == null) {
      return AuthenticationClaims.scopeThenScp();
    }
    if (name.isBlank()) {
      throw new ScopegateConfigurationException(CLAIM_NAME, "the claim's name is blank",
          "Name the claim that holds the scopes (such as permissions), or remove the property to read scope, else scp.");
    }
    return AuthenticationClaims.fromClaim(name);
  }

  /** The routes of the OpenAPI document: every operation with its full declared requirement. */
  static RouteTable routes(ScopegateProperties properties, ScopeCatalog catalog, ResourceLoader resources) {
    String location = properties.openapi().location();
    if (location == null || location.isBlank()) {
      throw new ScopegateConfigurationException(OPENAPI_LOCATION, "not set, and scopegate.enforce="
          + properties.enforce().name().toLowerCase(Locale.ROOT) + " enforces the routes of an OpenAPI document",
          "Set " + OPENAPI_LOCATION + " to the document (classpath:openapi.yaml or file:/path/openapi.json), define a"
              + " RouteTable bean, or set scopegate.enforce=annotations.");
    }
    OpenApiSpec spec = spec(location, catalog, resources);
    try {
      return spec.routeTable(builder -> bind(builder, properties));
    } catch (ScopegateConfigurationException e) {
      throw e;
    } catch (InvalidSpecException e) {
      StringBuilder problems = new StringBuilder(location).append(" has ").append(e.errors().size())
          .append(e.errors().size() == 1 ? " error:" : " errors:");
      for (SpecProblem problem : e.errors()) {
        problems.append("\n    ").append(problem);
      }
      throw new ScopegateConfigurationException(OPENAPI_LOCATION, problems.toString(),
          "Correct the document; each line above gives the file, line and column.");
    } catch (IllegalArgumentException e) {
      if (String.valueOf(e.getMessage()).startsWith("Binding ")) {
        // The table refused a binding no protected operation of the document can use.
        throw new ScopegateConfigurationException(bindingProperty(properties), location + ": " + e.getMessage(),
            "Bind a path parameter that the document's protected operations have, or remove the property.");
      }
      throw new ScopegateConfigurationException(OPENAPI_LOCATION, location + ": " + e.getMessage(),
          "Correct the document's paths.");
    }
  }

  /** Declares the bindings of the properties on the document's table; a refused one names its property. */
  private static void bind(RouteTable.Builder builder, ScopegateProperties properties) {
    for (Map.Entry<String, String> b : properties.parameterBindings().entrySet()) {
      try {
        builder.bind(b.getKey(), b.getValue());
      } catch (IllegalArgumentException e) {
        throw new ScopegateConfigurationException(BINDINGS + "." + b.getKey(), e.getMessage(),
            "Name a path parameter of the document and the token claim it must equal.");
      }
    }
    ScopegateProperties.ModeBinding mode = properties.modeBinding();
    if (mode.parameter() == null && mode.claim() == null) {
      return;
    }
    if (mode.parameter() == null || mode.claim() == null) {
      String missing = MODE_BINDING + (mode.parameter() == null ? ".parameter" : ".claim");
      throw new ScopegateConfigurationException(missing, "not set, and a mode binding needs both its parameter and its claim",
          "Set " + MODE_BINDING + ".parameter (such as namespaceKey) and " + MODE_BINDING + ".claim (such as mode).");
    }
    try {
      builder.bindMode(mode.parameter(), mode.claim());
    } catch (IllegalArgumentException e) {
      throw new ScopegateConfigurationException(MODE_BINDING, e.getMessage(),
          "Name the path parameter that names the namespace and the token's mode claim.");
    }
  }

  /** The property a refused binding came from: the first parameter binding, else the mode binding. */
  private static String bindingProperty(ScopegateProperties properties) {
    return properties.parameterBindings().isEmpty() ? MODE_BINDING : BINDINGS;
  }

  /** The guard over the routes, with the application's mode lookup when it has one. */
  static Guard guard(RouteTable routes, @Nullable ModeLookup modes) {
    Guard.Builder guard = Guard.builder(routes);
    if (modes != null) {
      guard.modeLookup(modes);
    }
    try {
      return guard.build();
    } catch (IllegalArgumentException e) {
      throw new ScopegateConfigurationException(MODE_BINDING, e.getMessage(), modes == null
          ? "Define a ModeLookup bean that gives a namespace's mode, or remove the mode binding."
          : "Set " + MODE_BINDING + ".parameter and .claim, or remove the ModeLookup bean.");
    }
  }

  /**
   * Reads the document. A file (not a class path resource, which may sit in a jar) goes through
   * scope-openapi's own file checks; problems are located by the configured location either way.
   */
  private static OpenApiSpec spec(String location, ScopeCatalog catalog, ResourceLoader resources) {
    Resource resource = resources.getResource(location);
    try {
      if (!location.startsWith(ResourceLoader.CLASSPATH_URL_PREFIX) && resource.isFile()) {
        return OpenApiSpec.load(resource.getFile().toPath(), catalog);
      }
      if (!resource.exists()) {
        throw new IOException("no such resource");
      }
      byte[] bytes = resource.getContentAsByteArray();
      if (bytes.length > MAX_DOCUMENT) {
        throw new IOException("larger than 16 MiB");
      }
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      return OpenApiSpec.parse(location, text, catalog);
    } catch (CharacterCodingException e) {
      throw new ScopegateConfigurationException(OPENAPI_LOCATION, "cannot read " + location + ": not UTF-8",
          "Save the document as UTF-8.");
    } catch (IOException e) {
      String why = e instanceof NoSuchFileException ? "no such file"
          : e instanceof AccessDeniedException ? "permission denied"
          : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ScopegateConfigurationException(OPENAPI_LOCATION, "cannot read " + location + ": " + why,
          "Point " + OPENAPI_LOCATION + " at a readable OpenAPI document (classpath:… or file:…).");
    }
  }
}
