package dev.ordinal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo arena in a real browser: Debian's chromium, headless, driven by chromium-driver
 * (both installed by {@code .ci/run}). Paths default to {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}; override with the system properties {@code ordinal.chromium} and
 * {@code ordinal.chromedriver} or the variables {@code ORDINAL_CHROMIUM} and
 * {@code ORDINAL_CHROMEDRIVER}. A missing binary fails the test: it is not skipped.
 * Screenshots of each page go to {@code target/screenshots/}.
 */
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int VOTES = 4;

    @TempDir
    Path temp;

    private OrdinalServer server;
    private ChromeDriver browser;

    private static String binary(String property, String variable, String fallback) {
        String path = Optional.ofNullable(System.getProperty(property)).filter(p -> !p.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(variable)).filter(p -> !p.isBlank())).orElse(fallback);
        if (!Files.isExecutable(Path.of(path))) {
            fail(path + " is missing or not executable: the browser test needs Debian's chromium and chromium-driver "
                    + "(.ci/run installs them: apt-get install -y chromium chromium-driver), or set -D" + property
                    + " / " + variable + " to another binary");
        }
        return path;
    }

    @BeforeEach
    void start() throws Exception {
        String chromium = binary("ordinal.chromium", "ORDINAL_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = binary("ordinal.chromedriver", "ORDINAL_CHROMEDRIVER", "/usr/bin/chromedriver");
        server = OrdinalServer.start(ServerConfig.defaults(temp.resolve("data")).withAddress("127.0.0.1", 0));
        server.installDemo(2);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--user-data-dir=" + temp.resolve("chromium-profile"), "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private void screenshot(String name) throws Exception {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private long judgmentsOnLeaderboard() {
        browser.get(url("/arenas/llmfao/leaderboard"));
        return Long.parseLong(browser.findElement(By.id("judgments")).getText().strip());
    }

    @Test
    void votesRevealTheModelsAndMoveTheLeaderboard() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/"));
        WebElement arenaLink = browser.findElement(By.cssSelector("a.arena"));
        assertThat(arenaLink.getText()).contains("LLMFAO");
        screenshot("arenas");

        long before = judgmentsOnLeaderboard();
        assertThat(before).isZero();

        browser.get(url("/arenas/llmfao"));
        List<String> outcomes = List.of("a", "b", "tie", "both_bad");
        for (int vote = 0; vote < VOTES; vote++) {
            WebElement prompt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
            assertThat(prompt.getText()).isNotBlank();
            assertThat(browser.findElement(By.id("answer-a")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("model-a")).getText()).as("blind before the vote").isEmpty();
            assertThat(browser.findElement(By.id("model-b")).getText()).isEmpty();
            if (vote == 0) {
                screenshot("vote");
            }
            String outcome = outcomes.get(vote % outcomes.size());
            browser.findElement(By.id("vote-" + outcome)).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("next")));
            String modelA = browser.findElement(By.id("model-a")).getText();
            String modelB = browser.findElement(By.id("model-b")).getText();
            assertThat(modelA).as("model A revealed after vote %d", vote + 1).matches("— .+");
            assertThat(modelB).as("model B revealed after vote %d", vote + 1).matches("— .+");
            assertThat(modelA).isNotEqualTo(modelB);
            assertThat(browser.findElement(By.id("result")).getText()).contains("You voted");
            assertThat(browser.findElement(By.id("error")).isDisplayed()).isFalse();
            if (vote == 0) {
                screenshot("revealed");
            }
            WebElement next = browser.findElement(By.id("next"));
            next.click();
            wait.until(ExpectedConditions.stalenessOf(next));
        }

        long after = judgmentsOnLeaderboard();
        assertThat(after).isEqualTo(before + VOTES);
        assertThat(browser.findElements(By.cssSelector("#leaderboard tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("plot")).findElements(By.tagName("circle"))).isNotEmpty();
        assertThat(browser.findElement(By.id("computed")).getText()).isNotBlank();
        screenshot("leaderboard");

        // the same pages on a phone: one column
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/arenas/llmfao"));
        WebElement a = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-a")));
        WebElement b = browser.findElement(By.id("answer-b"));
        assertThat(b.getLocation().getY()).as("answer B below answer A on a phone").isGreaterThan(a.getLocation().getY());
        screenshot("vote-phone");
        browser.get(url("/arenas/llmfao/leaderboard"));
        screenshot("leaderboard-phone");
        assertThat(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)).isNotEmpty();
    }

    @Test
    void aKWiseBattleIsOrderedByGivingEachAnswerARank() throws Exception {
        HttpResponse<String> configured = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/arenas/llmfao"))).header("Authorization", "Bearer " + server.adminToken())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"k\":4}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/arenas/llmfao"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
        List<String> sides = List.of("a", "b", "c", "d");
        for (String side : sides) {
            assertThat(browser.findElement(By.id("answer-" + side)).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("model-" + side)).getText()).as("blind before the vote").isEmpty();
        }
        WebElement submit = browser.findElement(By.id("vote-ranking"));
        assertThat(submit.isEnabled()).as("disabled until every answer has a rank").isFalse();
        // C best, A and D tied second, B last
        Map<String, String> ranks = Map.of("c", "1", "a", "2", "d", "2", "b", "4");
        for (String side : sides) {
            new Select(browser.findElement(By.id("rank-" + side))).selectByValue(ranks.get(side));
            if (!side.equals("d")) {
                assertThat(submit.isEnabled()).isFalse();
            }
        }
        assertThat(submit.isEnabled()).isTrue();
        screenshot("vote-k4");
        submit.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("next")));
        Set<String> models = new HashSet<>();
        for (String side : sides) {
            String model = browser.findElement(By.id("model-" + side)).getText();
            assertThat(model).as("model %s revealed", side).matches("— .+");
            models.add(model);
        }
        assertThat(models).hasSize(4);
        assertThat(browser.findElement(By.id("result")).getText()).startsWith("Your ranking: C (").contains(") > A (")
                .contains(") = D (").contains(") > B (");
        screenshot("revealed-k4");
        assertThat(judgmentsOnLeaderboard()).as("an ordering of 4 is 6 pairwise judgments").isEqualTo(6);
    }
}
