import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Development tokens for the example service, with the JDK alone (run it as a source file):
 *
 * <pre>
 * java DevToken.java keys DIR                     makes DIR/private.pem and DIR/public.pem (RSA 2048), unless they exist
 * java DevToken.java token DIR "SCOPES" [...]     prints one RS256 JWT per argument, valid for an hour, with that scope claim
 * </pre>
 *
 * The key pair is for trying the service on your machine; a real service trusts its issuer's keys.
 */
public class DevToken {
  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("keys")) {
      keys(Path.of(args[1]));
    } else if (args.length >= 3 && args[0].equals("token")) {
      for (int i = 2; i < args.length; i++) {
        System.out.println(token(Path.of(args[1]), args[i]));
      }
    } else {
      System.err.println("usage: java DevToken.java keys DIR | java DevToken.java token DIR \"SCOPES\" [\"SCOPES\" ...]");
      System.exit(2);
    }
  }

  static void keys(Path dir) throws Exception {
    Path privateKey = dir.resolve("private.pem");
    Path publicKey = dir.resolve("public.pem");
    if (Files.exists(privateKey) && Files.exists(publicKey)) {
      return;
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Files.createDirectories(dir);
    Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
  }

  static String token(Path dir, String scopes) throws Exception {
    String pem = Files.readString(dir.resolve("private.pem"));
    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    long now = Instant.now().getEpochSecond();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String claims = "{\"sub\":\"dev\",\"iat\":" + now + ",\"exp\":" + (now + 3600) + ",\"scope\":\"" + scopes.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(claims.getBytes(StandardCharsets.UTF_8));
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(key);
    rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + base64Url(rs256.sign());
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END " + type + "-----\n";
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
