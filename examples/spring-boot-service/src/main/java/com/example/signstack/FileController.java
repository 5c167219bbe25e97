package com.example.signstack;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Files of an organisation; reading one takes file:read (the route's) and workflow:read (the method's). */
@RestController
public class FileController {
  @GetMapping("/v1/orgs/{orgId}/files/{fileId}")
  @PreAuthorize("@scopes.all('file:read', 'workflow:read')")
  public Map<String, String> download(@PathVariable("orgId") String org, @PathVariable("fileId") String id) {
    return Map.of("org", org, "id", id, "content", "contract.pdf");
  }
}
