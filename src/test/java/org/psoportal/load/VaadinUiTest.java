package org.psoportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load test's protocol client must see failures that Vaadin reports with HTTP 200, or the load figures would
 * count errors as successes. Responses shaped like the real ones of this application.
 */
class VaadinUiTest {

    private VaadinUi ui;

    @BeforeEach
    void init() {
        ui = new VaadinUi();
        assertThat(ui.acceptInit("""
                {"appConfig":{"v-uiId":3,"uidl":{"clientId":0,"syncId":0,"Vaadin-Security-Key":"key-1",
                "changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}""")).isNull();
    }

    @Test
    void carriesSecurityKeySyncIdAndClientIdIntoTheNextRequest() {
        assertThat(ui.uiId()).isEqualTo(3);
        assertThat(ui.request(List.of())).contains("\"csrfToken\":\"key-1\"", "\"syncId\":0", "\"clientId\":0");
        assertThat(ui.accept("{\"clientId\":1,\"syncId\":1}")).isNull();
        assertThat(ui.request(List.of())).contains("\"syncId\":1", "\"clientId\":1");
    }

    @Test
    void findsElementsByIdInTheAppliedChanges() {
        assertThat(ui.accept("""
                {"clientId":1,"syncId":1,"changes":[
                {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[5]},
                {"node":5,"type":"attach"},{"node":5,"type":"put","key":"id","feat":3,"value":"column-TODO"},
                {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6,7]},
                {"node":6,"type":"put","key":"id","feat":3,"value":"card-1"},
                {"node":7,"type":"put","key":"id","feat":3,"value":"card-2"}]}""")).isNull();
        assertThat(ui.idsUnder("column-TODO", "card-")).containsExactly("card-1", "card-2");
        assertThat(ui.accept("""
                {"clientId":2,"syncId":2,"changes":[{"node":5,"type":"splice","feat":2,"index":0,"remove":1},
                {"node":6,"type":"detach"}]}""")).isNull();
        assertThat(ui.idsUnder("column-TODO", "card-")).containsExactly("card-2");
        assertThat(ui.byId("card-1")).isEmpty();
    }

    @Test
    void theAppsErrorNotificationIsAFailureDespiteHttp200() {
        assertThat(ui.accept("""
                {"clientId":1,"syncId":1,"changes":[{"node":9,"type":"put","key":"overlayClass","feat":1,
                "value":"pso-error-notification"}]}""")).contains("pso-error-notification");
    }

    @Test
    void sessionExpiryResyncAndStaleSyncIdAreFailures() {
        assertThat(ui.accept("for(;;);[{\"meta\":{\"sessionExpired\":true}}]")).isNotNull();
        assertThat(ui.accept("{\"clientId\":1,\"syncId\":1,\"meta\":{\"async\":true}}"))
                .isNotNull();
        assertThat(ui.accept("{\"clientId\":1,\"syncId\":0}")).contains("syncId");
        assertThat(ui.accept("<html>Internal error</html>")).isNotNull();
    }

    @Test
    void aMissingElementFailsTheRequestThatNeededIt() {
        assertThat(ui.nodeFor("booking-submit")).isEqualTo(-1);
        assertThat(ui.accept("{\"clientId\":1,\"syncId\":1}")).contains("booking-submit");
    }

    @Test
    void keepsTheRowsAGridsConnectorGetsAndAnswersLikeTheBrowser() {
        // As the board's first response sends a column of 60 cards (one page of 50 rows; shortened here).
        assertThat(ui.accept("""
                {"clientId":1,"syncId":1,"changes":[
                {"node":8,"type":"attach"},{"node":8,"type":"put","key":"id","feat":3,"value":"cards-TODO"}],
                "execute":[[{"@v-node":8},"return (async function() { if (this.$connector) { this.$connector.reset() }}).apply($0)"],
                [{"@v-node":8},60,"return $0.$connector.updateSize($1)"],
                [{"@v-node":8},0,[{"key":"1","lr_ab_id":41,"lr_ab_title":"First"},{"key":"2","lr_ab_id":42,"lr_ab_title":"Second"}],
                "return $0.$connector.set($1,$2)"],
                [{"@v-node":8},0,"return $0.$connector.confirm($1)"]]}""")).isNull();
        assertThat(ui.gridRows("cards-TODO"))
                .extracting(item -> VaadinUi.itemProperty(item, "id"))
                .containsExactly("41", "42");
        assertThat(ui.hasGridCalls()).isTrue();
        assertThat(ui.gridCalls()).containsExactly(VaadinUi.callable(8, "confirmUpdate", List.of(0)));
        assertThat(ui.hasGridCalls()).isTrue();
        assertThat(ui.gridCalls()).containsExactly(VaadinUi.callable(8, "setViewportRange", List.of(0, 150)));
        assertThat(ui.hasGridCalls()).isFalse();

        // A redraw of the column: new size, rows replaced.
        assertThat(ui.accept("""
                {"clientId":2,"syncId":2,"execute":[[{"@v-node":8},1,"return $0.$connector.updateSize($1)"],
                [{"@v-node":8},0,[{"key":"3","lr_ab_id":42,"lr_ab_title":"Second"}],"return $0.$connector.set($1,$2)"],
                [{"@v-node":8},1,"return $0.$connector.confirm($1)"]]}""")).isNull();
        assertThat(ui.gridRows("cards-TODO"))
                .extracting(item -> VaadinUi.itemProperty(item, "title"))
                .containsExactly("Second");
    }

    @Test
    void callsTheFunctionOfTheLitRendererOfTheColumnWithThatId() {
        // As the expert's schedule: two Lit columns in one grid (status, actions), each with a return channel.
        assertThat(ui.accept("""
                {"clientId":1,"syncId":1,"changes":[
                {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[8]},
                {"node":8,"type":"attach"},{"node":8,"type":"put","key":"id","feat":3,"value":"schedule-grid"},
                {"node":8,"type":"splice","feat":2,"index":0,"addNodes":[9,10]},
                {"node":9,"type":"attach"},{"node":10,"type":"attach"},
                {"node":10,"type":"put","key":"id","feat":3,"value":"schedule-actions"}],
                "execute":[[{"@v-node":9},"renderer","<span>${item.statusText}</span>",{"@v-return":[9,0]},[],"lr_a_",
                "ROOT","return window.Vaadin.setLitRenderer($0,$1,$2,$3,$4,$5,$6)"],
                [{"@v-node":10},"renderer","<vaadin-button @click=${approve}></vaadin-button>",{"@v-return":[10,1]},
                ["approve"],"lr_b_","ROOT","return window.Vaadin.setLitRenderer($0,$1,$2,$3,$4,$5,$6)"],
                [{"@v-node":8},0,[{"key":"7","lr_a_statusText":"Requested","lr_b_requested":true}],
                "return $0.$connector.set($1,$2)"]]}""")).isNull();
        var row = ui.gridRows("schedule-grid").getFirst();
        assertThat(VaadinUi.itemProperty(row, "requested")).isEqualTo("true");

        assertThat(ui.litFunction("schedule-actions", "approve", row))
                .isEqualTo(java.util.Map.of(
                        "type", "channel", "node", 10, "channel", 1, "args", List.of("approve", "7", List.of())));
    }
}
