package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The holes through which user data could become markup or script in a Vaadin Flow app are few: the Html
 * component, innerHTML, and JavaScript built from strings. This test scans src/main/java and fails on any of them;
 * {@code executeJs}/{@code callJsFunction} are allowed only with a constant script (values passed as $0, $1...).
 */
class UnsafeRenderingScanTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "new\\s+Html\\s*\\(|innerHTML|outerHTML|insertAdjacentHTML|document\\.write|UnsafeHtml|\\beval\\s*\\(");
    private static final Pattern JS_CALL = Pattern.compile("\\b(executeJs|callJsFunction)\\s*\\(");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /**
     * The one reviewed markup sink: {@code Markup.render} sets an element's innerHTML from {@code Markup.Node}s only
     * (the dashboard's charts, the directory's expert cards: one element instead of hundreds, docs/performance.md).
     * Every text and attribute value goes through the node, which escapes it; tags and attribute names are the
     * callers' constants. {@link ChartMarkupXssTest} and {@code ExpertCardsXssTest} put every payload of
     * {@link XssPayloads} into every text they draw.
     */
    private static final String REVIEWED_MARKUP_SINK = "src/main/java/org/psoportal/shared/ui/Markup.java";

    @Test
    void mainCodeHasNoHtmlSinksAndOnlyConstantScripts() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = file.toString().replace('\\', '/');
                findings.addAll(scan(name, withoutBlockComments(Files.readString(file))).stream()
                        .filter(f -> !(name.equals(REVIEWED_MARKUP_SINK) && f.startsWith(name + ": innerHTML ")))
                        .toList());
            }
        }
        assertThat(findings).as("unsafe rendering in src/main/java").isEmpty();
    }

    @Test
    void theScannerCatchesWhatItShould() {
        assertThat(scan("A", "add(new Html(\"<b>\" + name + \"</b>\"));")).hasSize(1);
        assertThat(scan("A", "getElement().setProperty(\"innerHTML\", text);")).hasSize(1);
        assertThat(scan("A", "getElement().executeJs(\"alert('\" + name + \"')\");"))
                .hasSize(1);
        assertThat(scan("A", "getElement().executeJs(script);")).hasSize(1);
        assertThat(scan("A", "getElement().executeJs(\"\"\"\n  x = '%s'\n\"\"\".formatted(name));"))
                .hasSize(1);
        assertThat(scan("A", "el.callJsFunction(\"set\" + what, 1);")).hasSize(1);
        assertThat(scan("A", "getElement().executeJs(\"this.title = $0\", name);"))
                .isEmpty();
        assertThat(scan("A", "getElement().executeJs(\"\"\"\n  const a = \"x\";\n  \"\"\");"))
                .isEmpty();
        assertThat(scan("A", "page.executeJs(\"a(\\\"q\\\", $0)\", v)")).isEmpty();
    }

    /** Javadoc and block comments may name a sink ("set as its innerHTML"); they render nothing. */
    static String withoutBlockComments(String source) {
        return BLOCK_COMMENT.matcher(source).replaceAll(" ");
    }

    @Test
    void commentsAreNotSinksButCodeAfterThemIs() {
        assertThat(scan("A", withoutBlockComments("/** set as its {@code innerHTML} */ int a;")))
                .isEmpty();
        assertThat(scan("A", withoutBlockComments("/* x */ e.setProperty(\"innerHTML\", s);")))
                .hasSize(1);
    }

    /** One finding per forbidden sink or non-constant script in {@code source}. */
    static List<String> scan(String name, String source) {
        List<String> findings = new ArrayList<>();
        var forbidden = FORBIDDEN.matcher(source);
        while (forbidden.find()) {
            findings.add(name + ": " + forbidden.group() + " at offset " + forbidden.start());
        }
        var call = JS_CALL.matcher(source);
        while (call.find()) {
            if (!constantFirstArgument(source, call.end())) {
                findings.add(name + ": " + call.group(1) + " with a script that is not a constant, at offset "
                        + call.start());
            }
        }
        return findings;
    }

    /** True when the text at {@code from} is one string literal or text block followed by ',' or ')'. */
    private static boolean constantFirstArgument(String s, int from) {
        int i = skipSpace(s, from);
        if (s.startsWith("\"\"\"", i)) {
            int end = s.indexOf("\"\"\"", i + 3);
            if (end < 0) {
                return false;
            }
            i = end + 3;
        } else if (i < s.length() && s.charAt(i) == '"') {
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                i += s.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        } else {
            return false;
        }
        i = skipSpace(s, i);
        return i < s.length() && (s.charAt(i) == ',' || s.charAt(i) == ')');
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
