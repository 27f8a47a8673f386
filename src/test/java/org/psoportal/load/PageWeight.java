package org.psoportal.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.testsupport.BrowserTest;
import org.springframework.util.FileSystemUtils;

/**
 * Bytes a real browser transfers to open one page of a running portal (docs/performance.md, "Response
 * compression"): headless Chromium signs in, then opens the page (1) as a first visit, with its cache cleared, and
 * (2) several times in a fresh tab with the cache warm from the visits before. Sums the Resource Timing figures of
 * the page and everything it fetched (scripts, styles, fonts, Vaadin's init and UIDL requests): {@code
 * transferSize} (on the wire, headers included, 0 for what came from the cache), {@code encodedBodySize} (bodies
 * as sent) and {@code decodedBodySize} (bodies unpacked). Push messages over the WebSocket are not counted. Not part
 * of any build; run against a started portal:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.psoportal.load.PageWeight \
 *     http://localhost:8080 admin@pso.example demo1234 'board?project=1' 5
 * </pre>
 */
public final class PageWeight {

    private static final String FIGURES = """
            const all = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')];
            const sum = (list, f) => list.reduce((s, e) => s + (e[f] || 0), 0);
            const uidl = all.filter(e => e.name.includes('v-r='));
            const cards = ['TODO', 'IN_PROGRESS', 'WAITING', 'DONE']
                    .reduce((s, c) => s + (document.getElementById('cards-' + c)?.size || 0), 0);
            return [cards, all.length, sum(all, 'transferSize'), sum(all, 'encodedBodySize'), sum(all, 'decodedBodySize'),
                    sum(uidl, 'transferSize'), sum(uidl, 'decodedBodySize')];
            """;

    /** The five largest transfers of the page: what a first visit spends most on. */
    private static final String LARGEST = """
            return performance.getEntriesByType('resource').sort((a, b) => b.transferSize - a.transferSize)
                .slice(0, 5).map(e => '  ' + e.name.replace(location.origin, '') + ': '
                    + (e.transferSize / 1000).toFixed(1) + ' KB on the wire, '
                    + (e.decodedBodySize / 1000).toFixed(1) + ' KB unpacked').join('\\n');
            """;

    private PageWeight() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        String page = args[3];
        int warmRuns = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        Path profile = Files.createTempDirectory("pso-page-weight-");
        ChromeDriver browser = (ChromeDriver) BrowserTest.newChromium(profile);
        try {
            signIn(browser, base, user, password);
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            print("first visit (cache empty)", open(browser, base + "/" + page));
            System.out.println(browser.executeScript(LARGEST));
            List<List<Long>> warm = new ArrayList<>();
            for (int i = 0; i < warmRuns; i++) {
                String previous = browser.getWindowHandle();
                browser.switchTo().newWindow(WindowType.TAB);
                List<Long> figures = open(browser, base + "/" + page);
                warm.add(figures);
                print("fresh tab, warm cache #" + (i + 1), figures);
                String current = browser.getWindowHandle();
                browser.switchTo().window(previous).close();
                browser.switchTo().window(current);
            }
            warm.sort((a, b) -> Long.compare(a.get(2), b.get(2)));
            print("fresh tab, warm cache, median", warm.get(warm.size() / 2));
        } finally {
            browser.quit();
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static void signIn(ChromeDriver browser, String base, String user, String password) {
        WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(base + "/login");
        until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], button[slot='submit']"))
                .click();
        until.until(d -> !d.getCurrentUrl().contains("/login"));
        BrowserTest.waitForVaadin(browser);
    }

    /** Opens {@code url}, waits until the board's cards are shown and Vaadin is idle, and reads the figures. */
    private static List<Long> open(ChromeDriver browser, String url) throws InterruptedException {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("cards-TODO")));
        BrowserTest.waitForVaadin(browser);
        Thread.sleep(1500); // rows the grids ask for after their first render
        BrowserTest.waitForVaadin(browser);
        List<?> raw = (List<?>) ((JavascriptExecutor) browser).executeScript(FIGURES);
        return raw.stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static void print(String what, List<Long> f) {
        System.out.printf(
                "%-32s %3d cards %3d requests  transferred %8.1f KB  bodies as sent %8.1f KB  unpacked %8.1f KB"
                        + "  | init+UIDL transferred %7.1f KB, unpacked %7.1f KB%n",
                what, f.get(0), f.get(1), kb(f.get(2)), kb(f.get(3)), kb(f.get(4)), kb(f.get(5)), kb(f.get(6)));
    }

    private static double kb(long bytes) {
        return bytes / 1000.0;
    }
}
