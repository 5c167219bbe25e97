package com.example.spring;

import dev.scopegate.annotations.RequiresScopes;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@RequestMapping("v1/files/")
@RequiresScopes("file:read")
public class FileController {
  @GetMapping("/{fileId}")
  public byte[] download(String fileId) {
    return new byte[0];
  }

  @PostMapping
  @RequiresScopes(value = "file:upload", operationId = "uploadFile")
  public String upload(byte[] body, List<String>[] tags) {
    return "";
  }

  public String describe(Inner inner) {
    return "";
  }

  String notPublic() {
    return "";
  }

  public static class Inner {}
}
