package org.psoportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void markupIsEscapedAndKeptInLatin1SoJavaStoresItInOneByteACharacter() {
        String text = "Zoë · 10:00–11:00 “Ünïcödé” 李 😀 <b>&'\"";
        String markup = Markup.write(List.of(Markup.el("span", "title", text).text(text)));

        assertThat(markup.chars()).as("one byte a character in a Java string").allMatch(c -> c <= 0xFF);
        assertThat(markup)
                .contains("Zoë · 10:00&#8211;11:00")
                .contains("&#128512;")
                .contains("&lt;b&gt;&amp;&#39;&quot;");
        var span = Jsoup.parseBodyFragment(markup).selectFirst("span");
        assertThat(span.text()).as("the browser reads what was written").isEqualTo(text);
        assertThat(span.attr("title")).isEqualTo(text);
    }

    @Test
    void latin1TextIsWrittenAsItIs() {
        assertThat(Markup.escape("Café · naïve ©")).isEqualTo("Café · naïve ©");
    }
}
