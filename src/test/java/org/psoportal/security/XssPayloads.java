package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * A small corpus of XSS payloads (after the OWASP XSS filter evasion cheat sheet): tags, event handlers, URL
 * schemes, attribute break-outs and client-side template syntax. Each one, if it ever ran, sets
 * {@code window.__xss} and opens an alert, so a browser test sees it. Each fits the shortest field (a name, 120).
 */
public final class XssPayloads {

    public static final List<String> ALL = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "<img src=x onerror=\"window.__xss=1;alert(2)\">",
            "\"><svg onload=\"window.__xss=1;alert(3)\">",
            "'><body onload='window.__xss=1;alert(4)'>",
            "<iframe srcdoc=\"<script>parent.__xss=1;parent.alert(5)</script>\"></iframe>",
            "<a href=\"javascript:window.__xss=1;alert(6)\">click</a>",
            "{{constructor.constructor('window.__xss=1;alert(7)')()}}",
            "${window.__xss=1}</vaadin-grid><details open ontoggle=alert(8)>");

    private XssPayloads() {}

    /**
     * Markup parsed as the browser parses an element's {@code innerHTML} (HTML), checked to hold only the elements
     * and attributes its writer draws: anything else (a {@code <script>}, an {@code on...} handler, a {@code src})
     * came from a payload. Returns the parsed body for the caller's own checks.
     */
    public static Element parsedWithOnly(String markup, Set<String> elements, Set<String> attributes) {
        Element body = Jsoup.parseBodyFragment(markup).body();
        assertThat(body.getAllElements()).allMatch(e -> elements.contains(e.normalName()), "is an element it draws");
        assertThat(body.getAllElements().stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .map(Attribute::getKey))
                .as("no attribute but its own (no on..., src)")
                .allMatch(attributes::contains);
        return body;
    }
}
