package dev.scopegate.openapi.internal;

import dev.scopegate.openapi.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a JSON or YAML document into a tree of {@link Node}s that remember where the parser found
 * each value, so every later complaint can name a line and a column.
 *
 * <p>The tree is built without recursion (an explicit stack), so nesting depth is bounded only by
 * the parser's own limit ({@value #MAX_NESTING} levels), which fails with a position instead of a
 * stack overflow. Containers the caller's {@link KeepPolicy} does not keep are checked for syntax
 * and then dropped, so a large OpenAPI document's schemas cost no memory.
 */
public final class SourceReader {
  /** The largest source read, in bytes (16 MiB): more is refused before reading. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The deepest nesting the parsers accept. */
  public static final int MAX_NESTING = 1_000;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING)
          .maxDocumentLength(MAX_BYTES)
          .build();

  // Repeated names are collected (see Document#duplicates) rather than fatal, so that every one is
  // reported with the rest of a document's problems.
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .loadSettings(LoadSettings.builder().setCodePointLimit((int) MAX_BYTES).setAllowDuplicateKeys(true).build())
          .build();

  private SourceReader() {}

  /**
   * Reads a file as UTF-8 text, refusing files over {@link #MAX_BYTES} and bytes that are not
   * UTF-8. A leading byte order mark is dropped.
   *
   * <p>Only a regular file is opened: a directory, a device ({@code /dev/zero}), a FIFO or a socket
   * is refused before it is opened, so a read can neither block nor run without end. The read
   * itself stops after {@link #MAX_BYTES} + 1 bytes, whatever size the file system reports.
   *
   * @param file the file
   * @param source the name to put in locations, usually the path as the user gave it
   * @return the text
   * @throws IOException if the file cannot be read (missing, not permitted), or is not a regular
   *     file ({@link NotARegularFileException})
   * @throws SourceException if it is too large or not UTF-8
   */
  public static String readFile(Path file, String source) throws IOException, SourceException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new NotARegularFileException(file, attributes);
    }
    if (attributes.size() > MAX_BYTES) {
      throw tooLarge(source, attributes.size() + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    }
  }

  /** Reads at most {@link #MAX_BYTES} + 1 bytes, so a stream without end is refused, not exhausted. */
  static String read(InputStream in, String source) throws IOException, SourceException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(source, "more than " + MAX_BYTES + " bytes");
    }
    return decode(source, bytes);
  }

  /**
   * A path that is not a regular file: a directory, a device, a FIFO or a socket. Its {@link
   * #getReason() reason} says which, such as {@code is a FIFO (named pipe), not a regular file}.
   */
  public static final class NotARegularFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotARegularFileException(Path file, BasicFileAttributes attributes) {
      super(file.toString(), null, attributes.isDirectory() ? "is a directory, not a file" : "is " + kind(file) + ", not a regular file");
    }

    /** What a special file is, from its Unix mode where the platform gives one. */
    private static String kind(Path file) {
      try {
        switch ((Integer) Files.getAttribute(file, "unix:mode") & 0170000) {
          case 0010000:
            return "a FIFO (named pipe)";
          case 0020000:
            return "a character device";
          case 0060000:
            return "a block device";
          case 0140000:
            return "a socket";
          default:
            break;
        }
      } catch (IOException | RuntimeException e) {
        // No "unix" attribute view on this platform: say what is known.
      }
      return "a special file (a device, a FIFO or a socket)";
    }
  }

  /**
   * Decodes bytes as UTF-8 text, strictly; a leading byte order mark is dropped.
   *
   * @param source the name to put in locations
   * @param bytes the bytes
   * @return the text
   * @throws SourceException if the bytes are not UTF-8, naming the line and column of the first
   *     bad byte
   */
  public static String decode(String source, byte[] bytes) throws SourceException {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never decodes to more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(source, bytes, start, in.position());
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static SourceException notUtf8(String source, byte[] bytes, int start, int bad) {
    String before = new String(bytes, start, bad - start, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceException(
        SourceLocation.of(source, line, before.length() - lineStart + 1),
        String.format("byte 0x%02X at offset %d is not UTF-8; save the file as UTF-8", bytes[bad] & 0xff, bad));
  }

  private static SourceException tooLarge(String source, String size) {
    return new SourceException(
        SourceLocation.of(source, 1, 1),
        "the file is " + size + "; the limit is " + MAX_BYTES + " bytes (16 MiB)");
  }

  /**
   * Parses a document.
   *
   * @param source the name to put in locations
   * @param text the document's text
   * @param format JSON or YAML
   * @param keptDepth how deep containers are kept: the root is at depth 0, its members' values at
   *     depth 1, and so on; deeper containers are {@linkplain Node#isElided() elided}
   * @return the root node and the repeated names
   * @throws SourceException if the text is empty, is not valid JSON/YAML, holds more than one
   *     document, or breaks a parser limit
   */
  public static Document parse(String source, String text, SourceFormat format, int keptDepth) throws SourceException {
    return parse(source, text, format, KeepPolicy.depth(keptDepth));
  }

  /**
   * Parses a document, keeping only the containers a policy asks for.
   *
   * @param source the name to put in locations
   * @param text the document's text
   * @param format JSON or YAML
   * @param keep which containers are kept; the others are {@linkplain Node#isElided() elided}
   *     (checked for syntax, then dropped), and so is everything inside them
   * @return the root node and the repeated names (in kept containers only)
   * @throws SourceException if the text is empty, is not valid JSON/YAML, holds more than one
   *     document, or breaks a parser limit
   */
  public static Document parse(String source, String text, SourceFormat format, KeepPolicy keep) throws SourceException {
    if (text.length() > MAX_BYTES) {
      throw tooLarge(source, text.length() + " characters");
    }
    TokenStreamFactory factory = format == SourceFormat.YAML ? YAML : JSON;
    List<Duplicate> duplicates = new ArrayList<>();
    JsonParser parser = null;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), text);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SourceException(SourceLocation.of(source, 1, 1), "the document is empty");
      }
      Node root = readTree(source, parser, first, keep, duplicates);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw new SourceException(
            location(source, parser.currentTokenLocation()),
            format == SourceFormat.YAML
                ? "a second YAML document starts here; a file holds one document"
                : "unexpected content after the end of the document");
      }
      return new Document(root, duplicates);
    } catch (JacksonException e) {
      throw failure(source, e, format, parser);
    } finally {
      if (parser != null) {
        closeQuietly(parser);
      }
    }
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      parser.close();
    } catch (JacksonException ignored) {
      // Closing a parser over a String releases buffers only; there is nothing to report.
    }
  }

  private static SourceException failure(
      String source, JacksonException e, SourceFormat format, @Nullable JsonParser parser) {
    String prefix = format == SourceFormat.YAML ? "invalid YAML: " : "invalid JSON: ";
    if (e.getCause() instanceof MarkedYamlEngineException) {
      // SnakeYAML's own message spans several lines with source snippets; rebuild it as one line.
      MarkedYamlEngineException y = (MarkedYamlEngineException) e.getCause();
      StringBuilder reason = new StringBuilder(prefix).append(Quote.oneLine(y.getProblem()));
      String context = y.getContext();
      if (context != null && !context.isBlank()) {
        reason.append(" (").append(Quote.oneLine(context));
        y.getContextMark()
            .ifPresent(m -> reason.append(" that starts at line ").append(m.getLine() + 1).append(", column ").append(m.getColumn() + 1));
        reason.append(')');
      }
      SourceLocation at =
          y.getProblemMark()
              .map(m -> SourceLocation.of(source, m.getLine() + 1, m.getColumn() + 1))
              .orElseGet(() -> location(source, e.getLocation()));
      return new SourceException(at, reason.toString());
    }
    TokenStreamLocation where = e.getLocation();
    if (where == null && parser != null) {
      where = parser.currentLocation();
    }
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    // Jackson's messages may point at its own configuration or at a redacted source; drop both.
    message =
        message
            .replaceAll(", from `[^`]*`", "")
            .replaceAll("\\s*\\((?:for [A-Za-z]+ starting at|start marker at) \\[Source:.*?\\]\\)", "");
    return new SourceException(location(source, where), prefix + Quote.oneLine(message));
  }

  private static SourceLocation location(String source, @Nullable TokenStreamLocation at) {
    if (at == null) {
      return SourceLocation.of(source, 1, 1);
    }
    return SourceLocation.of(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  /** An object or array being filled. */
  private static final class Frame {
    final boolean object;
    final SourceLocation location;
    final List<Member> members = new ArrayList<>();
    final List<Node> items = new ArrayList<>();
    final Map<String, SourceLocation> seen = new HashMap<>();
    String name = "";
    SourceLocation nameLocation;

    Frame(boolean object, SourceLocation location) {
      this.object = object;
      this.location = location;
      this.nameLocation = location;
    }

    Node build() {
      return object ? Node.object(location, members) : Node.array(location, items);
    }
  }

  private static Node readTree(
      String source, JsonParser parser, JsonToken first, KeepPolicy keep, List<Duplicate> duplicates) throws SourceException {
    Deque<Frame> stack = new ArrayDeque<>();
    // The names from the root to the container being opened: path[d] is the name of the depth-d
    // container in its parent (KeepPolicy.ITEM for an array item); path[0] is unused.
    String[] path = new String[MAX_NESTING + 2];
    JsonToken token = first;
    while (true) {
      SourceLocation at = location(source, parser.currentTokenLocation());
      Node done = null;
      switch (token) {
        case PROPERTY_NAME: {
          Frame frame = stack.element();
          frame.name = parser.currentName();
          frame.nameLocation = at;
          SourceLocation earlier = frame.seen.putIfAbsent(frame.name, at);
          if (earlier != null) {
            duplicates.add(new Duplicate(frame.name, at, earlier));
          }
          break;
        }
        case START_OBJECT:
        case START_ARRAY: {
          boolean object = token == JsonToken.START_OBJECT;
          int depth = stack.size();
          if (depth > 0) {
            Frame parent = stack.element();
            path[depth] = parent.object ? parent.name : KeepPolicy.ITEM;
          }
          if (!keep.keep(depth, path)) {
            parser.skipChildren();
            done = Node.elided(object ? Node.Kind.OBJECT : Node.Kind.ARRAY, at);
          } else {
            stack.push(new Frame(object, at));
          }
          break;
        }
        case END_OBJECT:
        case END_ARRAY:
          done = stack.pop().build();
          break;
        case VALUE_STRING:
          done = Node.scalar(isAlias(parser) ? Node.Kind.ALIAS : Node.Kind.STRING, at, parser.getString());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          done = Node.scalar(Node.Kind.NUMBER, at, parser.getText());
          break;
        case VALUE_TRUE:
        case VALUE_FALSE:
          done = Node.scalar(Node.Kind.BOOLEAN, at, token == JsonToken.VALUE_TRUE ? "true" : "false");
          break;
        case VALUE_NULL:
          done = Node.scalar(Node.Kind.NULL, at, "null");
          break;
        default:
          throw new SourceException(at, "unsupported value (" + token + ")");
      }
      if (done != null) {
        if (stack.isEmpty()) {
          return done;
        }
        Frame parent = stack.element();
        if (parent.object) {
          parent.members.add(new Member(parent.name, parent.nameLocation, done));
        } else {
          parent.items.add(done);
        }
      }
      token = parser.nextToken();
      if (token == null) {
        throw new SourceException(location(source, parser.currentLocation()), "the document ends in the middle of a value");
      }
    }
  }

  private static boolean isAlias(JsonParser parser) {
    return parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias();
  }
}
