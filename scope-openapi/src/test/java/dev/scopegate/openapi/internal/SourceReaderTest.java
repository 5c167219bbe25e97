package dev.scopegate.openapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.scopegate.openapi.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @Test
  void keepsPositionsOfNamesAndValues() throws SourceException {
    Document d = SourceReader.parse("a.json", "{\n  \"scopes\": [\"workflow:read\", 3, true, null]\n}", SourceFormat.JSON, 4);
    Member scopes = d.root().member("scopes").orElseThrow();
    assertThat(scopes.location()).isEqualTo(SourceLocation.of("a.json", 2, 3));
    assertThat(scopes.value().items())
        .extracting(Node::describe)
        .containsExactly("a string (\"workflow:read\")", "a number (3)", "true", "null");
    assertThat(scopes.value().items().get(0).location()).isEqualTo(SourceLocation.of("a.json", 2, 14));
  }

  @Test
  void containersDeeperThanTheKeptDepthAreElidedButStillSyntaxChecked() throws SourceException {
    Document d = SourceReader.parse("a.yaml", "a:\n  b:\n    c: [1, 2]\n", SourceFormat.YAML, 1);
    Node b = d.root().get("a").orElseThrow().get("b").orElseThrow();
    assertThat(b.isElided()).isTrue();
    assertThat(b.kind()).isEqualTo(Node.Kind.OBJECT);
    assertThat(b.members()).isEmpty();

    assertThatThrownBy(() -> SourceReader.parse("a.json", "{\"a\": {\"b\": {\"c\": [1, }}}", SourceFormat.JSON, 1))
        .isInstanceOf(SourceException.class)
        .hasMessage("a.json:1:23: invalid JSON: Unexpected character ('}' (code 125)): expected a value");
  }

  @Test
  void repeatedNamesAreCollectedWithBothPositions() throws SourceException {
    Document d = SourceReader.parse("a.yaml", "x: 1\ny:\n  z: 1\n  z: 2\nx: 3\n", SourceFormat.YAML, 4);
    assertThat(d.duplicates())
        .containsExactly(
            new Duplicate("z", SourceLocation.of("a.yaml", 4, 3), SourceLocation.of("a.yaml", 3, 3)),
            new Duplicate("x", SourceLocation.of("a.yaml", 5, 1), SourceLocation.of("a.yaml", 1, 1)));
    assertThat(d.root().get("x").orElseThrow().text()).isEqualTo("1");
  }

  @Test
  void nestingBeyondTheLimitFailsWithAPositionNotAStackOverflow() {
    String deep = "[".repeat(SourceReader.MAX_NESTING + 1) + "]".repeat(SourceReader.MAX_NESTING + 1);
    assertThatThrownBy(() -> SourceReader.parse("a.json", deep, SourceFormat.JSON, 4))
        .isInstanceOf(SourceException.class)
        .hasMessage("a.json:1:1002: invalid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
  }

  @Test
  void trailingContentAndEmptyDocumentsAreErrors() {
    assertThatThrownBy(() -> SourceReader.parse("a.json", "{} {}", SourceFormat.JSON, 4))
        .hasMessage("a.json:1:4: unexpected content after the end of the document");
    assertThatThrownBy(() -> SourceReader.parse("a.json", "\n\n", SourceFormat.JSON, 4))
        .hasMessage("a.json:1:1: the document is empty");
    assertThatThrownBy(() -> SourceReader.parse("a.yaml", "# only a comment\n", SourceFormat.YAML, 4))
        .hasMessage("a.yaml:1:1: the document is empty");
  }

  @Test
  void decodeDropsAByteOrderMarkAndLocatesTheFirstBadByte() throws SourceException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(SourceReader.decode("a.json", bom)).isEqualTo("{}");

    byte[] bad = "{\n  \"é\": \"\u00ff".getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(bad, bad.length + 1);
    broken[bad.length] = (byte) 0xFF;
    assertThatThrownBy(() -> SourceReader.decode("a.json", broken))
        .isInstanceOf(SourceException.class)
        .hasMessage("a.json:2:10: byte 0xFF at offset " + bad.length + " is not UTF-8; save the file as UTF-8");
  }

  @Test
  void filesOverTheLimitAreRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(SourceReader.MAX_BYTES + 1);
    }
    assertThatThrownBy(() -> SourceReader.readFile(huge, "huge.json"))
        .isInstanceOf(SourceException.class)
        .hasMessage("huge.json:1:1: the file is 16777217 bytes; the limit is 16777216 bytes (16 MiB)");
  }

  @Test
  void aStreamWithoutEndIsReadOnlyToTheLimitAndRefused() {
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            served[0]++;
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            served[0] += len;
            return len;
          }
        };
    assertThatThrownBy(() -> SourceReader.read(endless, "endless.json"))
        .isInstanceOf(SourceException.class)
        .hasMessage("endless.json:1:1: the file is more than 16777216 bytes; the limit is 16777216 bytes (16 MiB)");
    assertThat(served[0]).isEqualTo(SourceReader.MAX_BYTES + 1);
  }

  @Test
  void devicesFifosAndDirectoriesAreRefusedBeforeTheyAreOpened(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
    // Opening a FIFO with no writer blocks; the refusal must come first, so this cannot hang.
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          assertThatThrownBy(() -> SourceReader.readFile(fifo, "pipe.json"))
              .isInstanceOf(SourceReader.NotARegularFileException.class)
              .hasMessage(fifo + ": is a FIFO (named pipe), not a regular file");
          assertThatThrownBy(() -> SourceReader.readFile(Path.of("/dev/zero"), "/dev/zero"))
              .isInstanceOf(SourceReader.NotARegularFileException.class)
              .hasMessage("/dev/zero: is a character device, not a regular file");
          assertThatThrownBy(() -> SourceReader.readFile(dir, "dir"))
              .isInstanceOf(SourceReader.NotARegularFileException.class)
              .hasMessage(dir + ": is a directory, not a file");
        });
  }

  @Test
  void formatFollowsTheExtensionThenTheFirstCharacter() {
    assertThat(SourceFormat.detect("spec.yml", "{}")).isEqualTo(SourceFormat.YAML);
    assertThat(SourceFormat.detect("spec.JSON", "a: 1")).isEqualTo(SourceFormat.JSON);
    assertThat(SourceFormat.detect("spec", "  {\"a\": 1}")).isEqualTo(SourceFormat.JSON);
    assertThat(SourceFormat.detect("spec", "a: 1")).isEqualTo(SourceFormat.YAML);
    assertThat(SourceFormat.forFileName("x.yaml")).isEqualTo(SourceFormat.YAML);
    assertThat(SourceFormat.forFileName("x.txt")).isEqualTo(SourceFormat.JSON);
  }

  @Test
  void oneLineJoinsALibraryMessage() {
    assertThat(Quote.oneLine("  line one\n\tline  two \r\n")).isEqualTo("line one line two");
  }

  @Test
  void readFileReadsUtf8Text(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.yaml");
    Files.writeString(f, "d: \u2014\n", StandardCharsets.UTF_8);
    assertThat(SourceReader.readFile(f, "a.yaml")).isEqualTo("d: \u2014\n");
  }
}
