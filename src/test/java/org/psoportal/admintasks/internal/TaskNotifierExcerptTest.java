package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A note quotes the start of a comment on one line; the task holds the whole text. */
class TaskNotifierExcerptTest {

    @Test
    void aShortTextIsQuotedWholeOnOneLine() {
        assertThat(TaskNotifier.excerpt("  Which cost centre?\n\nThe form\thas none.  "))
                .isEqualTo("Which cost centre? The form has none.");
    }

    @Test
    void aLongTextIsCutWithAnEllipsisNeverInsideACharacter() {
        String text = "😀".repeat(200);
        String quoted = TaskNotifier.excerpt(text);
        assertThat(quoted.codePointCount(0, quoted.length())).isEqualTo(TaskNotifier.EXCERPT);
        assertThat(quoted).endsWith("😀…");
        assertThat(TaskNotifier.excerpt(null)).isEmpty();
    }

    @Test
    void theLinkOpensTheTaskOnTheBoard() {
        assertThat(TaskNotifier.link(42)).isEqualTo("board?task=42");
    }
}
