package org.psoportal.shared.db;

import java.time.Duration;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces Spring Boot's Liquibase bean (which steps back when one exists) with {@link SerialisedSpringLiquibase},
 * so that several portal instances starting at once against one database migrate it one after the other.
 * Spring Boot still runs it before JPA starts (it detects every {@link SpringLiquibase} bean).
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrationConfiguration {

    @Bean
    SerialisedSpringLiquibase liquibase(
            DataSource dataSource,
            @Value("${spring.liquibase.change-log:classpath:db/changelog/db.changelog-master.yaml}") String changeLog,
            @Value("${pso.db.migration-lock-wait:120s}") Duration maxWait) {
        SerialisedSpringLiquibase liquibase = new SerialisedSpringLiquibase(maxWait);
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(changeLog);
        return liquibase;
    }
}
