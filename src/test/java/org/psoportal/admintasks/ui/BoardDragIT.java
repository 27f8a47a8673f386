package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drags a card to another column in a real Chromium and sees it stay there after a reload. The cards are rows of
 * each column's grid; the grid handles the row drag and drop in the browser. Chromium does not start HTML5 drag and
 * drop from WebDriver's synthetic mouse events, so when the mouse drag leaves the card where it was, the test
 * dispatches the browser's own dragstart/dragenter/dragover/drop/dragend events on the same elements (the sequence
 * the browser fires for a mouse drag); the grid's own drag and drop code and the server run either way.
 */
class BoardDragIT extends BrowserTest {

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dragACardToAnotherColumnAndItStaysAfterReload() throws Exception {
        long project = newProject();
        long taskId = asAdmin(() -> tasks.create(new TaskDraft(
                "Drag me to done",
                null,
                TaskType.PAPERWORK,
                project,
                null,
                Priority.NORMAL,
                LocalDate.now().plusDays(3))));

        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        waitForVaadin();
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        // The empty grid of Done (it says "Drop cards here"): the card goes to the end of the column.
        WebElement target = driver.findElement(By.id("cards-DONE"));
        assertThat(column(card)).isEqualTo("column-TODO");
        screenshot("board-before-drag");

        new Actions(driver)
                .clickAndHold(card)
                .moveByOffset(10, 10)
                .moveToElement(target)
                .pause(Duration.ofMillis(300))
                .release(target)
                .perform();
        waitForVaadin();
        boolean mouseDragWorked = asAdmin(() -> board.card(taskId).column()) == BoardColumn.DONE;
        System.out.println("BoardDragIT: real mouse drag "
                + (mouseDragWorked
                        ? "moved the card"
                        : "did not start HTML5 drag and drop; using the dispatched drag events"));
        if (!mouseDragWorked) {
            // vaadin-grid starts a row drag from the row's cell content and listens for drops on its table.
            ((JavascriptExecutor) driver).executeScript("""
                    const src = arguments[0].closest('vaadin-grid-cell-content'), tgt = arguments[1].$.table;
                    const dt = new DataTransfer();
                    const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
                        {bubbles: true, cancelable: true, composed: true, dataTransfer: dt}));
                    fire(src, 'dragstart');
                    fire(tgt, 'dragenter');
                    fire(tgt, 'dragover');
                    fire(tgt, 'drop');
                    fire(src, 'dragend');
                    """, card, target);
            waitForVaadin();
        }
        wait.until(d -> asAdmin(() -> board.card(taskId).column()) == BoardColumn.DONE);

        driver.navigate().refresh();
        waitForVaadin();
        WebElement moved = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        assertThat(column(moved)).isEqualTo("column-DONE");
        screenshot("board-after-drag");
    }

    /**
     * Swimlanes by assignee: the card is dragged from the Unassigned lane into a colleague's lane (same column) and
     * becomes theirs, and the board shows it in that lane.
     */
    @Test
    void dragACardIntoAnotherPersonsLaneReassignsIt() throws Exception {
        long project = newProject();
        long admin =
                jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.ADMINISTRATOR);
        org.psoportal.people.PersonSummary colleague = asAdmin(() -> tasks.assignees()).stream()
                .filter(p -> p.id() != admin)
                .findFirst()
                .orElseThrow();
        long taskId = asAdmin(() -> tasks.create(new TaskDraft(
                "Drag me to a colleague", null, TaskType.PAPERWORK, project, null, Priority.NORMAL, null)));

        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project + "&lanes=assignee"));
        waitForVaadin();
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        assertThat(column(card)).isEqualTo("lane-a-none-TODO");
        WebElement target = driver.findElement(By.id("cards-TODO-a" + colleague.id()));
        screenshot("board-lanes-before-drag");

        new Actions(driver)
                .clickAndHold(card)
                .moveByOffset(10, 10)
                .moveToElement(target)
                .pause(Duration.ofMillis(300))
                .release(target)
                .perform();
        waitForVaadin();
        if (!Long.valueOf(colleague.id())
                .equals(asAdmin(() -> board.card(taskId).assigneeId()))) {
            ((JavascriptExecutor) driver).executeScript(DRAG_EVENTS, card, target);
            waitForVaadin();
        }
        wait.until(d -> Long.valueOf(colleague.id())
                .equals(asAdmin(() -> board.card(taskId).assigneeId())));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#lane-a" + colleague.id() + " #card-" + taskId)));
        assertThat(asAdmin(() -> board.card(taskId).column())).isEqualTo(BoardColumn.TODO);
        screenshot("board-lanes-after-drag");
    }

    /** At 390 px the lanes stack, and so do a lane's columns; nothing reaches past the screen's right edge. */
    @Test
    void onAPhoneTheLanesStackWithoutSidewaysScrolling() throws Exception {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?lanes=assignee"));
        waitForVaadin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lane-a-none")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                .isLessThanOrEqualTo(0L);
        assertThat((Long) js.executeScript(
                        "const a = document.getElementById('board-lanes-area'); return a.scrollWidth - a.clientWidth;"))
                .isLessThanOrEqualTo(0L);
        assertThat((Boolean) js.executeScript(
                        "const t = document.getElementById('lane-a-none-TODO').getBoundingClientRect();"
                                + " const p = document.getElementById('lane-a-none-IN_PROGRESS').getBoundingClientRect();"
                                + " return p.top >= t.bottom && p.right <= window.innerWidth;"))
                .as("In progress under To do, inside the screen")
                .isTrue();
        screenshot("board-lanes-phone");
        js.executeScript("document.getElementById('lane-a-none-IN_PROGRESS').scrollIntoView();");
        screenshot("board-lanes-phone-scrolled");
    }

    /** The browser's own drag and drop events, for when WebDriver's mouse drag does not start one (see above). */
    private static final String DRAG_EVENTS = """
            const src = arguments[0].closest('vaadin-grid-cell-content'), tgt = arguments[1].$.table;
            const dt = new DataTransfer();
            const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
                {bubbles: true, cancelable: true, composed: true, dataTransfer: dt}));
            fire(src, 'dragstart');
            fire(tgt, 'dragenter');
            fire(tgt, 'dragover');
            fire(tgt, 'drop');
            fire(src, 'dragend');
            """;

    @Test
    void someoneElsesMoveArrivesByPushWithoutReload() {
        long project = newProject();
        long taskId = asAdmin(() -> tasks.create(
                new TaskDraft("Pushed card", null, TaskType.REPORTING, project, null, Priority.HIGH, null)));
        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        waitForVaadin();
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        assertThat(column(card)).isEqualTo("column-TODO");

        // Another person (this test thread) moves it; the open board must show it within about two seconds.
        asAdmin(() -> {
            board.move(taskId, board.card(taskId).version(), BoardPlace.top(BoardColumn.DONE), true);
            return null;
        });
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> {
            var found = d.findElements(By.cssSelector("#column-DONE #card-" + taskId));
            return !found.isEmpty();
        });
    }

    @Test
    void theCardMenuButtonAndTheKeyboardReachTheCardsActions() throws Exception {
        long project = newProject();
        long taskId = asAdmin(() -> tasks.create(new TaskDraft(
                "Keyboard card",
                null,
                TaskType.PAPERWORK,
                project,
                null,
                Priority.URGENT,
                LocalDate.now().minusDays(2))));
        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        waitForVaadin();
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        assertThat(card.getText()).contains("Keyboard card").contains("Urgent");
        assertThat(card.getAttribute("class")).contains("pso-card-overdue");

        WebElement menuButton = card.findElement(By.cssSelector("button.pso-card-menu"));
        assertThat(menuButton.getAttribute("aria-label")).isEqualTo("Card actions for Keyboard card");
        menuButton.click();
        wait.until(d -> d.findElements(By.tagName("vaadin-context-menu-item")).size() >= 5);
        assertThat(driver.findElements(By.tagName("vaadin-context-menu-item")))
                .extracting(WebElement::getText)
                .containsExactly("Open", "Move to…", "Move up", "Move down", "Archive");
        screenshot("board-card-menu");
        new Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        wait.until(d -> d.findElements(By.tagName("vaadin-context-menu-item")).isEmpty());

        // The title is a button: Enter on it opens the card.
        WebElement title = card.findElement(By.cssSelector("button.pso-card-title"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", title);
        new Actions(driver).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
    }

    /**
     * Keyboard only: Enter on the card's "⋮" button opens its menu, the arrow keys reach "Move up", Enter moves the
     * card. The column is redrawn; the focus must then be on the moved card in its new place (without the fix it
     * stayed on the redrawn row, which now shows the other card).
     */
    @Test
    void aCardMovedByKeyboardKeepsTheFocus() throws Exception {
        long project = newProject();
        long first = asAdmin(() -> tasks.create(
                new TaskDraft("Stays put", null, TaskType.PAPERWORK, project, null, Priority.NORMAL, null)));
        long second = asAdmin(() -> tasks.create(
                new TaskDraft("Moves up by keyboard", null, TaskType.PAPERWORK, project, null, Priority.NORMAL, null)));
        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        waitForVaadin();
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + second)));
        assertThat(firstCardIn("TODO")).isEqualTo(String.valueOf(first));

        WebElement menuButton = card.findElement(By.cssSelector("button.pso-card-menu"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", menuButton);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> d.findElements(By.tagName("vaadin-context-menu-item")).size() >= 5);
        for (int i = 0; i < 6 && !moveUpFocused(); i++) {
            new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        }
        assertThat(moveUpFocused()).isTrue();
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        wait.until(d -> String.valueOf(second).equals(firstCardIn("TODO")));
        waitForVaadin();
        wait.until(d -> focusIsInCard("TODO", second));
        screenshot("board-keyboard-move-focus");
    }

    @Test
    void onAPhoneTheFiltersStartFoldedBehindTheirButton() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?q=invoice"));
        waitForVaadin();
        WebElement toggle = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("filter-toggle")));
        wait.until(d -> "false".equals(toggle.getAttribute("aria-expanded")));
        assertThat(toggle.getText()).isEqualTo("Filters (1)");
        assertThat(driver.findElements(By.id("filter-text")))
                .as("the search field is folded away")
                .noneMatch(WebElement::isDisplayed);

        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", toggle);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "true".equals(toggle.getAttribute("aria-expanded")));
        assertThat(driver.findElement(By.id("filter-text")).isDisplayed()).isTrue();
    }

    /**
     * A refused file in a real Chromium: the upload marks it as failed (no green tick), the reason shows beside it,
     * and the next file can be picked straight away and is stored.
     */
    @Test
    void aRefusedUploadIsMarkedAndTheNextFileCanBePicked() throws Exception {
        long project = newProject();
        long taskId = asAdmin(() -> tasks.create(
                new TaskDraft("With documents", null, TaskType.EXPENSES, project, null, Priority.NORMAL, null)));
        Path dir = Files.createTempDirectory("pso-upload-");
        Path program = Files.write(
                dir.resolve("invoice.pdf"), "MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1));
        Path receipt =
                Files.write(dir.resolve("receipt.pdf"), "%PDF-1.4\n% a receipt\n".getBytes(StandardCharsets.US_ASCII));

        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        card.findElement(By.cssSelector("button.pso-card-title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
        driver.findElements(By.tagName("vaadin-tab")).get(4).click();
        waitForVaadin();

        pick(program);
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachment-refused")));
        assertThat(refused.getText()).startsWith("invoice.pdf was not attached");
        waitForVaadin();
        assertThat(uploadState())
                .as("no file left in the list, more may be picked")
                .isEqualTo("0 false");
        screenshot("attachment-refused");

        pick(receipt);
        wait.until(d -> asAdmin(() -> tasks.details(taskId).attachments().size()) == 1);
        assertThat(asAdmin(() -> tasks.details(taskId).attachments().getFirst().fileName()))
                .isEqualTo("receipt.pdf");
    }

    private void pick(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-upload")));
        WebElement input = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                        upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String uploadState() {
        return (String)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "const u = document.getElementById('attachment-upload'); return u.files.length + ' ' + !!u.maxFilesReached;");
    }

    private boolean moveUpFocused() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const items = [...document.querySelectorAll('vaadin-context-menu-item')];
                const item = items.find(i => i.textContent.trim() === 'Move up');
                return !!item && item.hasAttribute('focused');
                """));
    }

    /** The id of the topmost card the column's grid shows. */
    private String firstCardIn(String column) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const cards = [...document.querySelectorAll('#cards-' + arguments[0] + ' .pso-card')]
                    .filter(c => c.offsetParent !== null)
                    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
                return cards.length ? cards[0].dataset.cardId : null;
                """, column);
    }

    private boolean focusIsInCard(String column, long taskId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const card = document.querySelector(
                    '#cards-' + arguments[0] + ' .pso-card[data-card-id="' + arguments[1] + '"]');
                return !!card && card.contains(document.activeElement);
                """, column, String.valueOf(taskId)));
    }

    private String column(WebElement card) {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return arguments[0].closest('.pso-column').id;", card);
    }

    private long newProject() {
        String code = "D-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Long manager = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.STAFF);
        jdbc.update(
                "INSERT INTO project (code, name, manager_id, status) VALUES (?, ?, ?, 'ACTIVE')",
                code,
                "Drag test",
                manager);
        return jdbc.queryForObject("SELECT id FROM project WHERE code = ?", Long.class, code);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return runAs.call(DemoAccounts.ADMINISTRATOR, work);
    }
}
