package dev.scopegate.benchmarks.peers;

import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.permission.WildcardPermission;

/**
 * Apache Shiro's {@link WildcardPermission}: every claim entry becomes a permission (what Shiro's
 * {@code WildcardPermissionResolver} does for a realm's string permissions), and a required
 * permission is allowed when any granted one {@linkplain Permission#implies implies} it, the loop
 * {@code AuthorizingRealm.isPermitted} runs.
 *
 * <p>The realm, subject and cache around that loop are left out, which only helps Shiro. Shiro
 * lowercases with the default locale, lets {@code *} stand for any part, and treats a permission
 * with fewer parts ({@code workflow}) as implying everything below it.
 */
public final class ShiroWildcard {
  private ShiroWildcard() {}

  /**
   * Builds the required permissions once.
   *
   * @param scopes required scopes such as {@code workflow:create}
   * @return the permissions
   */
  public static WildcardPermission[] require(List<String> scopes) {
    WildcardPermission[] out = new WildcardPermission[scopes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = new WildcardPermission(scopes.get(i));
    }
    return out;
  }

  /**
   * Parses a space-delimited claim into permissions (Shiro rejects empty strings, so runs of
   * spaces are skipped).
   *
   * @param claim the claim
   * @return the granted permissions
   */
  public static List<Permission> grant(String claim) {
    List<Permission> out = new ArrayList<>();
    for (String entry : claim.split(" ")) {
      if (!entry.isEmpty()) {
        out.add(new WildcardPermission(entry));
      }
    }
    return out;
  }

  /**
   * Parses an array claim into permissions.
   *
   * @param claim the claim's entries
   * @return the granted permissions
   */
  public static List<Permission> grant(List<String> claim) {
    List<Permission> out = new ArrayList<>(claim.size());
    for (String entry : claim) {
      out.add(new WildcardPermission(entry));
    }
    return out;
  }

  /**
   * Whether every required permission is implied by some granted one.
   *
   * @param granted the granted permissions
   * @param required the required permissions
   * @return {@code true} if covered
   */
  public static boolean covers(List<Permission> granted, WildcardPermission[] required) {
    for (WildcardPermission r : required) {
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
