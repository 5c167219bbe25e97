package dev.scopegate.benchmarks.peers;

import io.quarkus.security.StringPermission;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarkus's {@link StringPermission}, used standalone. The class itself needs nothing but the JDK
 * ({@code io.quarkus.security:quarkus-security}); the identity that holds a token's permissions
 * ({@code QuarkusSecurityIdentity}) is part of the Quarkus runtime and cannot be used outside it,
 * so its two steps are repeated here: an entry {@code family:verb} becomes {@code
 * StringPermission(family, verb)}, and a required permission is allowed when any granted one
 * {@linkplain Permission#implies implies} it. Granted permissions are kept in a list, cheaper than
 * the identity's {@code HashSet}.
 *
 * <p>{@code StringPermission} has no wildcard. The hand-written fallback: the required permission
 * lists two actions, the verb and {@code *} ({@code StringPermission("workflow", "create", "*")}),
 * and {@code implies} needs any one of them, so {@code workflow:create} or {@code workflow:*}
 * grants it.
 */
public final class QuarkusStringPermission {
  private QuarkusStringPermission() {}

  /**
   * Builds the required permissions once, each with the {@code *} action as wildcard fallback.
   *
   * @param scopes required scopes such as {@code workflow:create}
   * @return the permissions
   */
  public static StringPermission[] require(List<String> scopes) {
    StringPermission[] out = new StringPermission[scopes.size()];
    for (int i = 0; i < out.length; i++) {
      String scope = scopes.get(i);
      int colon = scope.indexOf(':');
      out[i] = new StringPermission(scope.substring(0, colon), scope.substring(colon + 1), "*");
    }
    return out;
  }

  /**
   * Maps a space-delimited claim to permissions (runs of spaces skipped).
   *
   * @param claim the claim
   * @return the granted permissions
   */
  public static List<Permission> grant(String claim) {
    List<Permission> out = new ArrayList<>();
    for (String entry : claim.split(" ")) {
      if (!entry.isEmpty()) {
        out.add(permission(entry));
      }
    }
    return out;
  }

  /**
   * Maps an array claim to permissions.
   *
   * @param claim the claim's entries
   * @return the granted permissions
   */
  public static List<Permission> grant(List<String> claim) {
    List<Permission> out = new ArrayList<>(claim.size());
    for (String entry : claim) {
      out.add(permission(entry));
    }
    return out;
  }

  /** {@code name:action} with both sides non-empty becomes name and action; anything else a bare name. */
  static Permission permission(String entry) {
    int colon = entry.indexOf(':');
    if (colon > 0 && colon < entry.length() - 1) {
      return new StringPermission(entry.substring(0, colon), entry.substring(colon + 1));
    }
    return new StringPermission(entry);
  }

  /**
   * Whether every required permission is implied by some granted one.
   *
   * @param granted the granted permissions
   * @param required the required permissions
   * @return {@code true} if covered
   */
  public static boolean covers(List<Permission> granted, StringPermission[] required) {
    for (StringPermission r : required) {
      if (!implied(granted, r)) {
        return false;
      }
    }
    return true;
  }

  private static boolean implied(List<Permission> granted, Permission required) {
    for (Permission p : granted) {
      if (p.implies(required)) {
        return true;
      }
    }
    return false;
  }
}
