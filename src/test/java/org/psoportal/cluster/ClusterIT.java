package org.psoportal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.load.PortalJar;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.RedisServer;

/**
 * Two packaged portals on one MariaDB database, Redis between them, and HAProxy in front with the shipped
 * configuration (deploy/haproxy/haproxy.cfg), all on loopback ports; two real browsers that land on different
 * instances. A card moved through one instance appears on the other instance's open board; a time booked through
 * one is no longer offered by the other; a person deactivated through one loses their session on the other. Then the
 * first browser's instance is killed: that person is sent to the
 * survivor, signs in again and finds what they saved; the person already on the survivor notices nothing.
 *
 * <p>Runs in its own profile ({@code ./mvnw -Pcluster verify}, which .ci/run runs after the packaged jar exists):
 * it needs Debian's haproxy and redis-server and the machine's MariaDB server (127.0.0.1:3306, or
 * {@code -Dcluster.db.url}).
 */
class ClusterIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private static final String DB_SERVER = System.getProperty("cluster.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String DB_USER = System.getProperty("cluster.db.user", "root");
    private static final String DB_PASSWORD = System.getProperty("cluster.db.password", "");

    @Test
    void twoInstancesShareLiveChangesAndTheSurvivorTakesOverWhenOneDies() throws Exception {
        String database = "pso_cluster_" + System.currentTimeMillis();
        createDatabase(database);
        Path jar = packagedJar();
        Map<String, String> common;
        Path profiles = Files.createTempDirectory("pso-cluster-browsers-");
        WebDriver first = null;
        WebDriver second = null;
        WebDriver third = null;
        RedisServer redis = RedisServer.start();
        try {
            common = Map.of(
                    "PSO_DB_URL",
                    DB_SERVER + database,
                    "PSO_DB_USER",
                    DB_USER,
                    "PSO_DB_PASSWORD",
                    DB_PASSWORD,
                    "PSO_REDIS_URL",
                    redis.url());
            try (PortalJar a = PortalJar.start(
                            jar, with(common, "PSO_DEMO_DATA", "true"), List.of("Demo data loaded"), STARTUP);
                    PortalJar b = PortalJar.start(
                            jar,
                            with(common, "PSO_DEMO_DATA", "false"),
                            List.of("Started PortalApplication"),
                            STARTUP);
                    LoadBalancer balancer = LoadBalancer.start(a, b)) {
                Map<String, PortalJar> instances = Map.of("a", a, "b", b);
                waitUntilBothInstancesServe(balancer);

                first = BrowserTest.newChromium(profiles.resolve("first"));
                second = BrowserTest.newChromium(profiles.resolve("second"));
                String firstOn = landOnSomeInstance(first, balancer, null);
                String secondOn = landOnSomeInstance(second, balancer, firstOn);
                System.out.printf(
                        "ClusterIT: the administrator's browser is on instance %s, the head's on %s%n",
                        firstOn, secondOn);
                signIn(first, balancer, DemoAccounts.ADMINISTRATOR);
                signIn(second, balancer, DemoAccounts.HEAD);
                assertThat(instanceOf(first)).as("sticky").isEqualTo(firstOn);
                assertThat(instanceOf(second)).as("sticky").isEqualTo(secondOn);

                long[] card = aCardToDo(database);
                long taskId = card[0];
                long projectId = card[1];
                Duration delay = moveCardAndWatchItArrive(first, second, balancer, taskId, projectId);
                System.out.printf(
                        "ClusterIT: a card moved through instance %s appeared on instance %s's open board after %d ms%n",
                        firstOn, secondOn, delay.toMillis());

                String topic = "Cluster booking " + System.currentTimeMillis();
                String start;
                try {
                    start = bookAndSeeTheSlotTakenOnTheOther(first, second, balancer, database, topic);
                } catch (RuntimeException | AssertionError e) {
                    // An instance the balancer took out of rotation moves its browsers (and loses their screens):
                    // its log says so, which the browser's error alone does not.
                    throw new AssertionError(
                            "Booking across instances failed; HAProxy's log:\n" + balancer.logText(), e);
                }

                // Redis goes away: both instances report "not ready", and HAProxy lets the live ones serve anyway.
                redis.close();
                awaitReadiness(a, 503);
                awaitReadiness(b, 503);
                second.navigate().refresh();
                new WebDriverWait(second, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-cal-cell.free")));
                assertThat(instanceOf(second)).as("still on its own instance").isEqualTo(secondOn);
                System.out.println("ClusterIT: with Redis down both instances were not ready and still served");
                // Redis is back: the instances reconnect by themselves and are ready again.
                redis = redis.restart();
                awaitReadiness(a, 200);
                awaitReadiness(b, 200);

                // The head, on one instance, deactivates a staff member signed in on the other: their session ends.
                third = BrowserTest.newChromium(profiles.resolve("third"));
                landOnSomeInstance(third, balancer, secondOn);
                signIn(third, balancer, DemoAccounts.STAFF);
                third.get(balancer.url("my-bookings"));
                BrowserTest.waitForVaadin(third);
                deactivate(second, balancer, DemoAccounts.STAFF);
                third.navigate().refresh();
                new WebDriverWait(third, Duration.ofSeconds(30))
                        .until(d -> d.getCurrentUrl().contains("/login"));
                second.get(weekUrl(balancer, database));
                new WebDriverWait(second, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-cal-cell.free")));
                BrowserTest.waitForVaadin(second);

                // The administrator's instance dies.
                instances.get(firstOn).kill();
                System.out.printf("ClusterIT: instance %s killed%n", firstOn);

                // Their next click reaches the survivor, which knows no such session: they sign in again there.
                Instant killedAt = Instant.now();
                clickSomething(first);
                new WebDriverWait(first, Duration.ofSeconds(60))
                        .until(d -> d.getCurrentUrl().contains("/login"));
                System.out.printf(
                        "ClusterIT: the administrator was at the sign-in page %d ms after the click%n",
                        Duration.between(killedAt, Instant.now()).toMillis());
                new WebDriverWait(first, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
                shot(first, "cluster-after-kill-login");
                signIn(first, balancer, DemoAccounts.ADMINISTRATOR);
                assertThat(instanceOf(first)).isEqualTo(secondOn);
                first.get(balancer.url("board?project=" + projectId));
                new WebDriverWait(first, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#column-DONE #card-" + taskId)));
                first.get(balancer.url("my-bookings"));
                new WebDriverWait(first, Duration.ofSeconds(30))
                        .until(d -> d.findElement(By.tagName("body")).getText().contains(topic));
                shot(first, "cluster-after-kill-my-bookings");

                // The head, on the survivor all along, carries on where they were: no sign-in, a round trip works.
                assertThat(second.getCurrentUrl()).doesNotContain("/login");
                WebElement slot =
                        second.findElement(By.cssSelector(".pso-cal-cell.free:not([data-start='" + start + "'])"));
                slot.click();
                new WebDriverWait(second, Duration.ofSeconds(15))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("booking-topic")));
                assertThat(second.getCurrentUrl()).doesNotContain("/login");
                shot(second, "cluster-survivor-carries-on");
            } finally {
                quit(first);
                quit(second);
                quit(third);
            }
        } finally {
            redis.close();
            dropDatabase(database);
            org.springframework.util.FileSystemUtils.deleteRecursively(profiles.toFile());
        }
    }

    /** Drags the card to Done in the first browser and measures how long until the second browser shows it there. */
    private Duration moveCardAndWatchItArrive(
            WebDriver mover, WebDriver watcher, LoadBalancer balancer, long taskId, long projectId) throws IOException {
        for (WebDriver browser : new WebDriver[] {mover, watcher}) {
            browser.get(balancer.url("board?project=" + projectId));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-TODO #card-" + taskId)));
            BrowserTest.waitForVaadin(browser);
        }
        WebElement card = mover.findElement(By.id("card-" + taskId));
        WebElement done = mover.findElement(By.id("cards-DONE"));
        Instant moved = Instant.now();
        // The dispatched drag events of BoardDragIT: headless Chromium does not start HTML5 drag and drop itself.
        ((JavascriptExecutor) mover).executeScript("""
                const src = arguments[0].closest('vaadin-grid-cell-content'), tgt = arguments[1].$.table;
                const dt = new DataTransfer();
                const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
                    {bubbles: true, cancelable: true, composed: true, dataTransfer: dt}));
                fire(src, 'dragstart'); fire(tgt, 'dragenter'); fire(tgt, 'dragover'); fire(tgt, 'drop');
                fire(src, 'dragend');
                """, card, done);
        new WebDriverWait(watcher, Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#column-DONE #card-" + taskId)));
        Duration delay = Duration.between(moved, Instant.now());
        shot(watcher, "cluster-move-arrived-on-the-other-instance");
        return delay;
    }

    /**
     * Books the first free time of the demo expert's next week in the first browser; the second browser, on the
     * other instance, offered that time before and does not any more. Returns the time's start (data-start).
     */
    private String bookAndSeeTheSlotTakenOnTheOther(
            WebDriver booker, WebDriver other, LoadBalancer balancer, String database, String topic) throws Exception {
        String week = weekUrl(balancer, database);
        for (WebDriver browser : new WebDriver[] {booker, other}) {
            browser.get(week);
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-cal-cell.free")));
            BrowserTest.waitForVaadin(browser);
        }
        WebElement slot = booker.findElement(By.cssSelector(".pso-cal-cell.free"));
        String start = slot.getAttribute("data-start");
        By sameSlot = By.cssSelector(".pso-cal-cell.free[data-start='" + start + "']");
        assertThat(other.findElements(sameSlot))
                .as("offered on the other instance before")
                .hasSize(1);

        slot.click();
        WebDriverWait wait = new WebDriverWait(booker, Duration.ofSeconds(30));
        WebElement topicField =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#booking-topic input")));
        topicField.sendKeys(topic);
        WebElement project = booker.findElement(By.cssSelector("#booking-project input"));
        project.click();
        new Actions(booker).sendKeys(Keys.ARROW_DOWN).perform();
        BrowserTest.waitForVaadin(booker);
        new Actions(booker).sendKeys(Keys.ENTER).perform();
        BrowserTest.waitForVaadin(booker);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("booking-submit")))
                .click();
        BrowserTest.waitForVaadin(booker);
        // Over one of the administrator's own bookings the dialog asks again ("Book anyway"). Otherwise it is closing:
        // its footer may already be gone while the dialog element is still there, so look for the button itself.
        bookAnywayButton(booker).ifPresent(WebElement::click);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("booking-dialog")));
        assertThat(single(database, "SELECT COUNT(*) FROM booking WHERE topic = '" + topic + "'"))
                .isEqualTo(1);

        other.navigate().refresh();
        new WebDriverWait(other, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-cal-cell.free")));
        BrowserTest.waitForVaadin(other);
        assertThat(other.findElements(sameSlot))
                .as("the other instance no longer offers the booked time")
                .isEmpty();
        return start;
    }

    /** The dialog's "Book anyway" button, if the dialog is still open and asks that. */
    private static java.util.Optional<WebElement> bookAnywayButton(WebDriver booker) {
        try {
            return booker.findElements(By.id("booking-submit")).stream()
                    .filter(b -> b.getText().contains("anyway"))
                    .findFirst();
        } catch (org.openqa.selenium.StaleElementReferenceException closedMeanwhile) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put(name, value);
        return all;
    }

    /** Waits until the instance's readiness probe answers {@code status}. */
    private static void awaitReadiness(PortalJar instance, int status) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI probe = URI.create(instance.managementUrl() + "/actuator/health/readiness");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int seen = -1;
        while (Instant.now().isBefore(deadline)) {
            seen = http.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (seen == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(
                "Readiness of the instance on port " + instance.port() + " stayed " + seen + ", not " + status);
    }

    /** The demo expert's next week. */
    private static String weekUrl(LoadBalancer balancer, String database) throws SQLException {
        long expert = single(database, "SELECT id FROM person WHERE email = '" + DemoAccounts.EXPERT + "'");
        LocalDate nextMonday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return balancer.url("experts/" + expert + "?week=" + nextMonday);
    }

    /** The head deactivates a person through the people administration (it asks first). */
    private static void deactivate(WebDriver head, LoadBalancer balancer, String email) {
        WebDriverWait wait = new WebDriverWait(head, Duration.ofSeconds(30));
        head.get(balancer.url("admin/people"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-text-field[placeholder='Search name or e-mail'] input")))
                .sendKeys(email);
        WebElement deactivate = wait.until(d -> {
            var buttons = d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().trim().equals("Deactivate"))
                    .toList();
            return buttons.size() == 1 ? buttons.get(0) : null;
        });
        ((JavascriptExecutor) head).executeScript("arguments[0].click()", deactivate);
        WebElement confirm = wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().trim().startsWith("Deactivate "))
                .findFirst()
                .orElse(null));
        ((JavascriptExecutor) head).executeScript("arguments[0].click()", confirm);
        wait.until(d -> String.valueOf(((JavascriptExecutor) d)
                        .executeScript("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                                + ".map(c => c.innerText).join(' | ')"))
                .contains("is deactivated"));
    }

    /** Opens the sign-in page until the browser lands on an instance other than {@code not} (null: any). */
    private static String landOnSomeInstance(WebDriver browser, LoadBalancer balancer, String not) {
        for (int i = 0; i < 10; i++) {
            browser.manage().deleteAllCookies();
            browser.get(balancer.url("login"));
            String instance = instanceOf(browser);
            if (instance != null && !instance.equals(not)) {
                return instance;
            }
        }
        throw new AssertionError("HAProxy never sent a new browser to an instance other than " + not);
    }

    private static String instanceOf(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("PSO_INSTANCE");
        return cookie == null ? null : cookie.getValue();
    }

    /** Both instances pass HAProxy's readiness check: new visitors are sent to both. */
    private static void waitUntilBothInstancesServe(LoadBalancer balancer) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Set<String> seen = new HashSet<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (seen.size() < 2) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "HAProxy did not send visitors to both instances (saw " + seen + "):\n" + balancer.logText());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(balancer.url("login")))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                response.headers().allValues("set-cookie").stream()
                        .filter(c -> c.startsWith("PSO_INSTANCE="))
                        .map(c -> c.substring("PSO_INSTANCE=".length(), c.indexOf(';')))
                        .forEach(seen::add);
            } catch (IOException notYet) {
                // HAProxy still starting
            }
            Thread.sleep(200);
        }
    }

    private static void signIn(WebDriver browser, LoadBalancer balancer, String email) {
        WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(30));
        if (!browser.getCurrentUrl().contains("/login")) {
            browser.get(balancer.url("login"));
        }
        WebElement username =
                until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        username.clear();
        username.sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(DemoContext.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], button[slot='submit']"))
                .click();
        until.until(d -> !d.getCurrentUrl().contains("/login"));
        BrowserTest.waitForVaadin(browser);
    }

    /** A click that needs the server: a free time in the expert's week the browser shows (opens the booking form). */
    private static void clickSomething(WebDriver browser) {
        browser.findElement(By.cssSelector(".pso-cal-cell.free")).click();
    }

    private static long[] aCardToDo(String database) throws SQLException {
        try (Connection db = connect(database);
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT id, project_id FROM admin_task"
                        + " WHERE board_column = 'TODO' AND archived_at IS NULL ORDER BY id LIMIT 1")) {
            assertThat(row.next()).as("the demo data has a card to do").isTrue();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    private static long single(String database, String sql) throws SQLException {
        try (Connection db = connect(database);
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(DB_SERVER + database, DB_USER, DB_PASSWORD);
    }

    private static void createDatabase(String database) throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_SERVER, DB_USER, DB_PASSWORD);
                Statement statement = db.createStatement()) {
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void dropDatabase(String database) throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_SERVER, DB_USER, DB_PASSWORD);
                Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("pso-portal-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run ./mvnw package"));
        }
    }

    private static void shot(WebDriver browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void quit(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }
}
