package dev.scopegate.consumers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads what the tests need from the build's POMs: child elements by path, in document order. */
final class Poms {
  /** The repository root, seen from this module's directory (the tests' working directory). */
  static final Path ROOT = Path.of("..");

  private Poms() {}

  static Element read(Path pom) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(pom.toFile());
      return document.getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(pom + ": " + e.getMessage(), e);
    }
  }

  /** The child elements named {@code name}. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        found.add((Element) n);
      }
    }
    return found;
  }

  /** The element at the end of a path of child names, if there is one. */
  static Optional<Element> child(Element parent, String... path) {
    Element at = parent;
    for (String name : path) {
      List<Element> next = children(at, name);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      at = next.get(0);
    }
    return Optional.of(at);
  }

  /** The text at the end of a path, or empty. */
  static Optional<String> text(Element parent, String... path) {
    return child(parent, path).map(e -> e.getTextContent().trim());
  }
}
