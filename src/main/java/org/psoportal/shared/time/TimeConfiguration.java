package org.psoportal.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's clock and time zone. Instants are stored in UTC; screens show them in this zone
 * ({@code PSO_TIME_ZONE}, default the server's). Inject {@link Clock} instead of calling {@code now()} so tests can
 * fix the time.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    ZoneId portalZone(@Value("${pso.time-zone:}") String zone) {
        return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.trim());
    }

    @Bean
    Clock clock(ZoneId portalZone) {
        return Clock.system(portalZone);
    }
}
