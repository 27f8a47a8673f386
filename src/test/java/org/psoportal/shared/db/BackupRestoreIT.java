package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.load.PortalJar;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.util.FileSystemUtils;

/**
 * The backup procedure of docs/operations.md, end to end on the packaged jar: a portal on the small demo data with
 * the embedded database gets an attachment through the board in Chromium; {@code java -jar ... --backup=FILE} dumps
 * its database while it runs; {@code --restore=FILE} loads the dump into a fresh database on the machine's MariaDB
 * server and into a fresh embedded data directory; the portal starts on each, and every task, booking and
 * attachment byte is the same (per-table SHA-256 over every column of every row, read over JDBC).
 */
class BackupRestoreIT {

    private static final Path JAR = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"));
    private static final String SERVER = System.getProperty("pso.it.mariadb", "jdbc:mariadb://127.0.0.1:3306/");
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration COMMAND = Duration.ofMinutes(3);
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB started on 127\\.0\\.0\\.1:(\\d+)");
    private static final List<String> COMPARED = List.of("admin_task", "booking", "admin_task_attachment");

    private final String restoredDatabase =
            "pso_restore_it_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
    private Path work;

    @AfterEach
    void cleanUp() throws Exception {
        try (Connection root = DriverManager.getConnection(SERVER, "root", "");
                Statement s = root.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + restoredDatabase);
        }
        if (work != null) {
            FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    @Test
    void aBackupOfTheRunningPortalRestoresIntoAFreshDatabaseWithTheSameTasksBookingsAndAttachmentBytes()
            throws Exception {
        work = Files.createTempDirectory(JAR.toAbsolutePath().getParent(), "backup-it-");
        Path original = work.resolve("original");
        Path backup = work.resolve("backups").resolve("pso.sql.gz");
        Files.createDirectories(backup.getParent());
        byte[] document = pdfWithEveryByteValue();

        Map<String, String> before;
        long taskId;
        long projectId;
        try (PortalJar portal = PortalJar.start(
                JAR,
                Map.of("PSO_DATA_DIR", original.toString(), "PSO_DEMO_DATA", "true"),
                List.of("Demo data loaded"),
                START)) {
            try (Connection db = embedded(portal, original)) {
                long[] task = firstOpenTask(db);
                taskId = task[0];
                projectId = task[1];
                attachThroughTheBoard(portal, taskId, projectId, document, db);
                before = digests(db);
                assertThat(attachmentSha(db, taskId)).isEqualTo(sha256(document));
            }

            PortalJar.Command result =
                    PortalJar.run(JAR, Map.of("PSO_DATA_DIR", original.toString()), COMMAND, "--backup=" + backup);
            System.out.println("[backup] " + result.output().strip());
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("served by the running portal");
            assertThat(backup).isRegularFile();
            assertThat(Files.list(backup.getParent()))
                    .as("no half-written file is left beside the backup")
                    .containsExactly(backup);
        }

        // A backup that fails leaves no file named as the backup, and says why with a non-zero exit code.
        Path failed = backup.resolveSibling("never.sql");
        PortalJar.Command refused = PortalJar.run(
                JAR, Map.of("PSO_DATA_DIR", work.resolve("no-such-dir").toString()), COMMAND, "--backup=" + failed);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("Backup failed: There is no embedded database in");
        assertThat(Files.list(backup.getParent())).containsExactly(backup);

        // Into a fresh database on the MariaDB server (10.11 here, the dump is from 11.4).
        try (Connection root = DriverManager.getConnection(SERVER, "root", "");
                Statement s = root.createStatement()) {
            s.execute("CREATE DATABASE " + restoredDatabase + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, String> external =
                Map.of("PSO_DB_URL", SERVER + restoredDatabase, "PSO_DB_USER", "root", "PSO_DB_PASSWORD", "");
        PortalJar.Command restored = PortalJar.run(JAR, external, COMMAND, "--restore=" + backup);
        System.out.println("[restore, server] " + restored.output().strip());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        try (PortalJar portal = PortalJar.start(JAR, external, List.of("Started PortalApplication"), START);
                Connection db = DriverManager.getConnection(SERVER + restoredDatabase, "root", "")) {
            assertThat(digests(db)).isEqualTo(before);
            assertThat(attachmentSha(db, taskId)).isEqualTo(sha256(document));
            assertAnswersAndLogsNoError(portal);
            assertTheCardIsOnTheBoard(portal, taskId, projectId);
        }
        PortalJar.Command again = PortalJar.run(JAR, external, COMMAND, "--restore=" + backup);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("already holds", "restore into an empty database");

        // Into a fresh embedded data directory: what an embedded-database user does after losing the machine.
        Path fresh = work.resolve("restored");
        PortalJar.Command embeddedRestore =
                PortalJar.run(JAR, Map.of("PSO_DATA_DIR", fresh.toString()), COMMAND, "--restore=" + backup);
        System.out.println("[restore, embedded] " + embeddedRestore.output().strip());
        assertThat(embeddedRestore.exitCode()).as(embeddedRestore.output()).isZero();
        try (PortalJar portal = PortalJar.start(
                        JAR,
                        Map.of("PSO_DATA_DIR", fresh.toString(), "PSO_DEMO_DATA", "auto"),
                        List.of("Started PortalApplication"),
                        START);
                Connection db = embedded(portal, fresh)) {
            assertThat(digests(db)).isEqualTo(before);
            assertThat(attachmentSha(db, taskId)).isEqualTo(sha256(document));
            assertAnswersAndLogsNoError(portal);
        }
    }

    /** A PDF (by its header, as the upload's type check reads it) whose body holds every byte value, 0 and ' too. */
    private static byte[] pdfWithEveryByteValue() {
        byte[] body = new byte[256 * 1024];
        new Random(16).nextBytes(body);
        for (int i = 0; i < 256; i++) {
            body[i] = (byte) i;
        }
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[head.length + body.length];
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(body, 0, pdf, head.length, body.length);
        return pdf;
    }

    private static long[] firstOpenTask(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, project_id FROM admin_task WHERE board_column = 'TODO'"
                        + " AND archived_at IS NULL ORDER BY id LIMIT 1")) {
            assertThat(r.next()).as("the demo data has an open task").isTrue();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** Uploads the document as the demo administrator through the task dialog, as a person would. */
    private void attachThroughTheBoard(PortalJar portal, long taskId, long projectId, byte[] document, Connection db)
            throws Exception {
        Path file = Files.write(work.resolve("receipt.pdf"), document);
        Path profile = Files.createTempDirectory(work, "chromium-");
        WebDriver browser = BrowserTest.newChromium(profile);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            signIn(browser, wait, portal);
            browser.get(portal.baseUrl() + "/board?project=" + projectId);
            WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
            card.findElement(By.cssSelector("button.pso-card-title")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
            browser.findElements(By.tagName("vaadin-tab")).get(4).click();
            WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachment-upload")));
            WebElement input = (WebElement) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                            upload);
            input.sendKeys(file.toAbsolutePath().toString());
            wait.until(d -> attachmentCount(db, taskId) == 1);
        } finally {
            browser.quit();
        }
    }

    private void assertTheCardIsOnTheBoard(PortalJar portal, long taskId, long projectId) throws IOException {
        WebDriver browser = BrowserTest.newChromium(Files.createTempDirectory(work, "chromium-"));
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            signIn(browser, wait, portal);
            browser.get(portal.baseUrl() + "/board?project=" + projectId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        } finally {
            browser.quit();
        }
    }

    private static void signIn(WebDriver browser, WebDriverWait wait, PortalJar portal) {
        browser.get(portal.baseUrl() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(DemoAccounts.ADMINISTRATOR);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(DemoContext.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], button[slot='submit']"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static void assertAnswersAndLogsNoError(PortalJar portal) throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(portal.logText().lines().filter(l -> l.contains(" ERROR ")))
                .as("errors in the restored portal's log")
                .isEmpty();
    }

    private static Connection embedded(PortalJar portal, Path dataDir) throws Exception {
        Matcher port = EMBEDDED_PORT.matcher(portal.logText());
        assertThat(port.find()).as("the log names the embedded server's port").isTrue();
        String password = Files.readString(dataDir.resolve("db-password")).trim();
        return DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port.group(1) + "/" + EmbeddedMariaDb.DATABASE,
                EmbeddedMariaDb.USER,
                password);
    }

    /** Per table: its row count and a SHA-256 over every column of every row, in id order. */
    private static Map<String, String> digests(Connection db) throws Exception {
        Map<String, String> result = new LinkedHashMap<>();
        for (String table : COMPARED) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int rows = 0;
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    rows++;
                    for (int i = 1; i <= columns; i++) {
                        byte[] value = binary(r.getMetaData().getColumnType(i))
                                ? r.getBytes(i)
                                : r.getString(i) == null ? null : r.getString(i).getBytes(StandardCharsets.UTF_8);
                        sha.update(value == null ? new byte[] {(byte) 0xff, 0} : value);
                        sha.update((byte) 0);
                    }
                }
            }
            result.put(table, rows + " rows, sha-256 " + HexFormat.of().formatHex(sha.digest()));
        }
        return result;
    }

    private static boolean binary(int sqlType) {
        return sqlType == Types.BLOB
                || sqlType == Types.LONGVARBINARY
                || sqlType == Types.VARBINARY
                || sqlType == Types.BINARY;
    }

    private static String attachmentSha(Connection db, long taskId) throws Exception {
        try (PreparedStatement s = db.prepareStatement("SELECT data FROM admin_task_attachment WHERE task_id = ?")) {
            s.setLong(1, taskId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return sha256(r.getBytes(1));
            }
        }
    }

    private static int attachmentCount(Connection db, long taskId) {
        try (PreparedStatement s =
                db.prepareStatement("SELECT COUNT(*) FROM admin_task_attachment WHERE task_id = ?")) {
            s.setLong(1, taskId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
