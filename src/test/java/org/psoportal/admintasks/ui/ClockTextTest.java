package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.CardClock;
import org.psoportal.admintasks.CardClock.State;

/** A card's clock in words, with the portal's own translations (working day of 8 h 30 min). */
class ClockTextTest {

    static final Properties TEXTS = new Properties();

    static {
        try (InputStream in = ClockTextTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            TEXTS.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final ClockText.Translator T =
            (key, args) -> new MessageFormat(TEXTS.getProperty(key), Locale.ENGLISH).format(args);

    static String text(long target, long used, State state) {
        return ClockText.of(new CardClock(target, used, state, 510), T);
    }

    @Test
    void timeLeftInWorkingDaysHoursAndMinutes() {
        assertThat(text(240, 120, State.RUNNING)).isEqualTo("2 h left");
        assertThat(text(1020, 330, State.RUNNING)).as("690 min: a day and 3 h").isEqualTo("1 d 3 h left");
        assertThat(text(1020, 0, State.RUNNING)).isEqualTo("2 d left");
        assertThat(text(60, 15, State.RUNNING)).isEqualTo("45 min left");
        assertThat(text(240, 45, State.RUNNING)).isEqualTo("3 h 15 min left");
    }

    @Test
    void pausedBreachedAndStoppedClocksSaySo() {
        assertThat(text(240, 120, State.PAUSED)).isEqualTo("Paused, 2 h left");
        assertThat(text(240, 240 + 510, State.RUNNING)).isEqualTo("Breached 1 d");
        assertThat(text(240, 300, State.PAUSED)).isEqualTo("Paused, breached 1 h");
        assertThat(text(240, 200, State.STOPPED)).isEqualTo("Met");
        assertThat(text(240, 260, State.STOPPED)).isEqualTo("Breached 20 min");
        assertThat(ClockText.of(null, T)).isEmpty();
    }

    @Test
    void theToneIsAClassBesideTheWords() {
        assertThat(ClockText.toneClass(new CardClock(100, 79, State.RUNNING, 510)))
                .isEqualTo("pso-card-clock-on-track");
        assertThat(ClockText.toneClass(new CardClock(100, 80, State.RUNNING, 510)))
                .isEqualTo("pso-card-clock-at-risk");
        assertThat(ClockText.toneClass(new CardClock(100, 101, State.PAUSED, 510)))
                .isEqualTo("pso-card-clock-breached pso-card-clock-paused");
    }
}
