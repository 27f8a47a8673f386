package org.psoportal.shared.ui;

import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Escaped markup for what is only drawn, never edited on the server: the dashboard's charts and figure headings, the
 * expert directory's cards and an expert's week. A tree of Flow elements costs a server-side node per element and per
 * text (an open dashboard held 2,672 of them, the directory about 20 per expert: docs/performance.md, issue 17);
 * written as markup it is one element whose content the browser parses.
 *
 * <p>This is the portal's one markup sink ({@code UnsafeRenderingScanTest}): {@link #render} and {@link #send} take only
 * {@link Node}s, whose texts and attribute values are always escaped and whose tags and attribute names are the
 * callers' constants, never strings of markup. {@code ChartMarkupXssTest}, {@code ExpertCardsXssTest},
 * {@code WeekMarkupXssTest} and {@code FigureHeadXssTest} put every payload of {@code XssPayloads} into every text they
 * draw.
 */
public final class Markup {

    private Markup() {}

    /** One element: a tag, its attributes, an optional text and child elements. */
    public static final class Node implements Serializable {

        private final String tag;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Node> children = new ArrayList<>();
        private String text;

        public Node(String tag) {
            this.tag = tag;
        }

        public Node attr(String name, String value) {
            attributes.put(name, value);
            return this;
        }

        public String attr(String name) {
            return attributes.get(name);
        }

        public Node text(String text) {
            this.text = text;
            return this;
        }

        public Node append(Node child) {
            children.add(child);
            return this;
        }

        /**
         * Writes the element. Every text and attribute value is escaped: texts are user data (names, skills,
         * project and request type names), and the browser parses this markup as HTML, so an unescaped {@code <}
         * or quote could add elements or event handlers.
         */
        public void writeTo(StringBuilder out) {
            out.append('<').append(tag);
            attributes.forEach((name, value) -> out.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(escape(value))
                    .append('"'));
            out.append('>');
            if (text != null) {
                out.append(escape(text));
            }
            children.forEach(child -> child.writeTo(out));
            out.append("</").append(tag).append('>');
        }
    }

    /** An element with attributes given as name, value, name, value... */
    public static Node el(String tag, String... attributes) {
        Node e = new Node(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            e.attr(attributes[i], attributes[i + 1]);
        }
        return e;
    }

    /**
     * Text and attribute values made inert: {@code & < > " '} become character references (Spring's
     * {@link HtmlUtils}; with UTF-8 it leaves every other character as it is, so the markup is valid XML too).
     * Characters beyond Latin-1 ({@code – … ✓}, names in other scripts) become numeric references as well: Java keeps
     * a string of Latin-1 characters in one byte a character and any other in two, and a view's markup is kept in
     * every session twice (the element's property and the UI's last response), so one dash in a label would double
     * the memory of all of it (docs/performance.md, issue 17).
     */
    public static String escape(String value) {
        return latin1(HtmlUtils.htmlEscape(value, "UTF-8"));
    }

    private static String latin1(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) <= 0xFF) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        text.codePoints().skip(text.codePointCount(0, i)).forEach(c -> {
            if (c <= 0xFF) {
                out.append((char) c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }

    /** The nodes written one after the other. */
    public static String write(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        nodes.forEach(n -> n.writeTo(out));
        return out.toString();
    }

    /** Makes {@code nodes} the content of {@code element}, replacing what it held. */
    public static void render(Element element, List<Node> nodes) {
        element.setProperty("innerHTML", write(nodes));
    }

    /**
     * Makes {@code nodes} the content of {@code element} in the browser without keeping them on the server: they are
     * the argument of a script run once, not a property of the element's server-side state. For content the server
     * can draw again from what it keeps anyway (a chart's data), and must: a new browser element (an attach, or Flow
     * resending the UI) starts empty.
     */
    public static void send(Element element, List<Node> nodes) {
        element.executeJs("this.innerHTML = $0", write(nodes));
    }

    /** The content {@link #render} last gave {@code element}, as the browser gets it. */
    public static String rendered(Element element) {
        return element.getProperty("innerHTML", "");
    }
}
