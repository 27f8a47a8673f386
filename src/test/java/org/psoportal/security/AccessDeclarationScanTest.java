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
 * Services declare access with the constants of {@link Access} only, so a role is spelled once (in
 * {@link Role.Names}) for views and services. This test scans src/main/java and fails on a {@code @PreAuthorize}
 * whose value is a string literal (or a text block, or a concatenation starting with one).
 */
class AccessDeclarationScanTest {

    private static final Pattern LITERAL_RULE = Pattern.compile("@PreAuthorize\\s*\\(\\s*(value\\s*=\\s*)?\"");

    @Test
    void servicesDeclareAccessWithConstantsOnly() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                findings.addAll(scan(file.toString(), Files.readString(file)));
            }
        }
        assertThat(findings)
                .as("@PreAuthorize written as a string literal in src/main/java")
                .isEmpty();
    }

    @Test
    void theScannerCatchesWhatItShould() {
        assertThat(scan("A", "@PreAuthorize(\"hasRole('HEAD')\")\npublic void a() {}"))
                .hasSize(1);
        assertThat(scan("A", "@PreAuthorize( \"isAuthenticated()\" )")).hasSize(1);
        assertThat(scan("A", "@PreAuthorize(value = \"permitAll()\")")).hasSize(1);
        assertThat(scan("A", "@PreAuthorize(\"\"\"\n  hasRole('HEAD')\n  \"\"\")"))
                .hasSize(1);
        assertThat(scan("A", "@PreAuthorize(Access.HEAD_ONLY)\n@PreAuthorize(Access.MANAGERS)"))
                .isEmpty();
        assertThat(scan("A", "@PreAuthorize(value = Access.SIGNED_IN)")).isEmpty();
    }

    @Test
    void theConstantsSayWhatTheLiteralsSaid() {
        assertThat(Access.SIGNED_IN).isEqualTo("isAuthenticated()");
        assertThat(Access.ANYONE).isEqualTo("permitAll()");
        assertThat(Access.HEAD_ONLY).isEqualTo("hasRole('HEAD')");
        assertThat(Access.MANAGERS).isEqualTo("hasAnyRole('ADMINISTRATOR','HEAD')");
        assertThat(Access.BOARD_VIEWERS).isEqualTo("hasAnyRole('STAFF','ADMINISTRATOR','HEAD')");
        assertThat(Access.EXPERTS_AND_HEAD).isEqualTo("hasAnyRole('EXPERT','HEAD')");
    }

    /** One finding per {@code @PreAuthorize} in {@code source} whose value starts with a string literal. */
    static List<String> scan(String name, String source) {
        List<String> findings = new ArrayList<>();
        var literal = LITERAL_RULE.matcher(source);
        while (literal.find()) {
            int line = (int) source.substring(0, literal.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            findings.add(name + ":" + line + ": " + literal.group());
        }
        return findings;
    }
}
