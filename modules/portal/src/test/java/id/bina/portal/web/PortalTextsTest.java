package id.bina.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every text of the portal comes from the two bundles: both hold the same keys, every key a page or bean
 * uses exists, and no page carries literal text of its own.
 */
class PortalTextsTest {

  private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path BUNDLES = Path.of("src/main/resources/id/bina/portal/web");
  /** Attributes a reader sees; their values must be expressions, not words. */
  private static final Set<String> VISIBLE_ATTRIBUTES =
      Set.of("title", "placeholder", "alt", "aria-label", "requiredMessage", "label", "value");
  private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern JAVA_KEY = Pattern.compile("\"((?:login|nav|profile|language|app)\\.[A-Za-z.]+)\"");

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(bundle("id").stringPropertyNames(), bundle("en").stringPropertyNames());
  }

  @Test
  void everyKeyThePortalUsesExists() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path file : files(PAGES, ".xhtml")) {
      collect(PAGE_KEY, Files.readString(file), used);
    }
    for (Path file : files(SOURCES, ".java")) {
      collect(JAVA_KEY, Files.readString(file), used);
    }
    // Keys built from a section name (landing.xhtml) and from RolePage.
    for (String section : List.of("admin", "hr", "supervisor", "mentor", "employee")) {
      used.add(section + ".title");
      used.add(section + ".intro");
    }
    for (RolePage page : RolePage.values()) {
      used.add(page.getLabelKey());
    }
    used.removeAll(bundle("id").stringPropertyNames());
    assertTrue(used.isEmpty(), "keys missing from the bundles: " + used);
  }

  @Test
  void pagesHoldNoLiteralText() throws Exception {
    List<String> literals = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : files(PAGES, ".xhtml")) {
      Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      scan(root, file.getFileName().toString(), literals);
    }
    assertTrue(literals.isEmpty(), "literal text in pages (move it to the bundles): " + literals);
  }

  private static void scan(Node node, String file, List<String> literals) {
    if (node.getNodeType() == Node.TEXT_NODE && isWords(node.getNodeValue())) {
      literals.add(file + ": " + node.getNodeValue().trim());
    }
    if (node instanceof Element element) {
      boolean parameter = "param".equals(element.getLocalName()); // ui:param values are names, not text
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
        if (!parameter && VISIBLE_ATTRIBUTES.contains(name) && isWords(attribute.getNodeValue())) {
          literals.add(file + ": " + name + "=\"" + attribute.getNodeValue() + "\"");
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      scan(child, file, literals);
    }
  }

  private static boolean isWords(String text) {
    return EXPRESSION.matcher(text).replaceAll("").chars().anyMatch(Character::isLetter);
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + language + ".properties"));
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).toList();
    }
  }
}
