package org.psoportal.security;

import java.util.List;

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
}
