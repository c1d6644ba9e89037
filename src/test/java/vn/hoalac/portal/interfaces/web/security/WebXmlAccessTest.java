package vn.hoalac.portal.interfaces.web.security;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AccessPolicy is the one place that says who may enter which area of the pages: web.xml asks for a signed-in user
 * (or nobody, for the public resources) and leaves the rest to the area filter, which it maps to every request.
 */
class WebXmlAccessTest {

    private static Document webXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void noSecurityConstraintNamesARole() throws Exception {
        NodeList constraints = webXml().getElementsByTagName("security-constraint");
        assertThat(constraints.getLength()).isPositive();
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            assertThat(texts(constraint, "role-name")).as(texts(constraint, "url-pattern").toString()).allMatch("**"::equals);
        }
    }

    @Test
    void theAreaFilterSeesEveryRequest() throws Exception {
        Document xml = webXml();
        NodeList filters = xml.getElementsByTagName("filter");
        String name = null;
        for (int i = 0; i < filters.getLength(); i++) {
            Element filter = (Element) filters.item(i);
            if (texts(filter, "filter-class").contains(AreaAccessFilter.class.getName())) {
                name = texts(filter, "filter-name").getFirst();
            }
        }
        assertThat(name).as("AreaAccessFilter declared").isNotNull();
        NodeList mappings = xml.getElementsByTagName("filter-mapping");
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < mappings.getLength(); i++) {
            Element mapping = (Element) mappings.item(i);
            if (texts(mapping, "filter-name").contains(name)) {
                patterns.addAll(texts(mapping, "url-pattern"));
                assertThat(texts(mapping, "dispatcher")).as("on requests from outside (the default)").isEmpty();
            }
        }
        assertThat(patterns).containsExactly("/*");
    }
}
