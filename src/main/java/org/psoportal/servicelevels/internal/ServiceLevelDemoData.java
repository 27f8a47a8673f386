package org.psoportal.servicelevels.internal;

import java.util.List;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo requests are filed at start-up, so their clocks would all read "just filed". A demo office has some work
 * on track, some at risk and some past its service level: the running clocks get a share of their target already
 * used, in turn 30 %, 85 % (at risk) and 130 % (breached), so the board's time left, its {@code sla=} filter and the
 * alerts show something real.
 */
@Component
class ServiceLevelDemoData implements DemoDataContributor {

    private static final List<Double> USED = List.of(0.3, 0.85, 1.3);

    private final NamedParameterJdbcTemplate jdbc;

    ServiceLevelDemoData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 75; // after the requests (70), whose filing starts the clocks
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        List<Long> running = jdbc.queryForList(
                "SELECT task_id FROM sla_clock WHERE state = 'RUNNING' AND elapsed_seconds = 0 ORDER BY task_id",
                new MapSqlParameterSource(),
                Long.class);
        for (int i = 0; i < running.size(); i++) {
            jdbc.update(
                    "UPDATE sla_clock SET elapsed_seconds = ROUND(target_minutes * 60 * :used) WHERE task_id = :task",
                    new MapSqlParameterSource("used", USED.get(i % USED.size())).addValue("task", running.get(i)));
        }
    }
}
