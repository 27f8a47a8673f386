package org.psoportal.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a click on a chart element leads: the board, an expert's calendar or the training sessions behind a figure,
 * filtered to what the element shows.
 * The paths and parameters are the ones agreed between the features (see helper conventions: board, experts).
 */
record DrillDown(String path, Map<String, String> parameters) implements Serializable {

    static DrillDown board(Long projectId) {
        return new DrillDown("board", new LinkedHashMap<>()).withProject(projectId);
    }

    static DrillDown expertWeek(long expertId, LocalDate week) {
        return new DrillDown("experts/" + expertId, new LinkedHashMap<>()).with("week", week.toString());
    }

    static DrillDown expertsWithSkill(String skill) {
        DrillDown d = new DrillDown("experts", new LinkedHashMap<>());
        return skill == null || skill.isBlank() ? d : d.with("skill", skill);
    }

    /**
     * The training sessions behind a figure ({@link TrainingSessionsView}): those starting on the days from .. to, of
     * a skill when given ("" = sessions without one), only those already held when {@code held}.
     */
    static DrillDown trainingSessions(LocalDate from, LocalDate to, Long projectId, String skill, boolean held) {
        DrillDown d = new DrillDown(TrainingSessionsView.PATH, new LinkedHashMap<>())
                .with("from", from.toString())
                .with("to", to.toString())
                .withProject(projectId);
        d = skill == null ? d : d.with("skill", skill);
        return held ? d.with("held", "true") : d;
    }

    DrillDown withProject(Long projectId) {
        return projectId == null ? this : with("project", projectId.toString());
    }

    DrillDown with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        copy.put(name, value);
        return new DrillDown(path, copy);
    }

    QueryParameters queryParameters() {
        return QueryParameters.simple(parameters);
    }

    /** The relative URL with the parameters in the order they were added, e.g. {@code board?project=7&overdue=true}. */
    String url() {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
