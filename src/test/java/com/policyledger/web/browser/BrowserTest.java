package com.policyledger.web.browser;

import com.policyledger.ingest.IngestRunner;
import com.policyledger.support.SampleDocs;
import com.policyledger.support.TestDatabase;
import com.policyledger.web.account.Role;
import com.policyledger.web.account.UserAccounts;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of end-to-end tests: the whole app on a random port over its own embedded PostgreSQL (the
 * shared test context holds the other one's data dir), seeded by the real ingest of sample-docs/,
 * and a headless Chromium logged in as analyst alice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final String ANALYST = "alice";
    static final String PASSWORD = "alice's password";
    private static final Path DATA_DIR = TestDatabase.newDataDir("browser");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IngestRunner ingest;

    @Autowired
    UserAccounts accounts;

    ChromeDriver browser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("policyledger.data-dir", DATA_DIR::toString);
        if (TestDatabase.external()) {
            registry.add("spring.datasource.url", () -> TestDatabase.EXTERNAL_URL);
            registry.add("spring.datasource.username", () -> "postgres");
        }
    }

    @BeforeAll
    void ingestSamplesAndOpenABrowser() throws Exception {
        Assumptions.assumeTrue(Browser.installed(), "no /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them)");
        jdbc.sql(com.policyledger.support.TableDump.TRUNCATE_ALL).update();
        ingest.run(SampleDocs.FOLDER);
        accounts.add(ANALYST, Role.ANALYST, PASSWORD);
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    void logIn() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(ANALYST);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        click(By.id("login"));
    }

    /** Clicks what loads a new page, and waits until the old page is gone: a click does not wait for it. */
    void click(By target) {
        loadingANewPage(() -> browser.findElement(target).click());
    }

    void loadingANewPage(Runnable action) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> isGone(oldPage));
    }

    /**
     * Whether a page element is gone. Besides the standard stale-element error, Chrome may answer a
     * query on a node of the page it is leaving with "Node with given id does not belong to the
     * document" (an unknown error, which ExpectedConditions.stalenessOf rethrows): gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }
}
