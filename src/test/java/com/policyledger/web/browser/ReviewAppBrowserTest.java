package com.policyledger.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An analyst's session in a real browser, on the real ingest of sample-docs/. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewAppBrowserTest extends BrowserTest {

    @Test
    @Order(1)
    void withoutALoginEveryPageShowsTheLoginForm() {
        for (String path : List.of("/queue", "/policies", "/codes", "/runs", "/flags/1", "/admin/users")) {
            open(path);
            assertThat(browser.getCurrentUrl()).as(path).endsWith("/login");
        }
        open("/api/flags");
        assertThat(browser.getPageSource()).doesNotContain("\"rows\"");
    }

    @Test
    @Order(2)
    void aWrongPasswordIsRefused() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(ANALYST);
        browser.findElement(By.id("password")).sendKeys("not the password");
        click(By.id("login"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("Wrong user name or password");
    }

    @Test
    @Order(3)
    void theAnalystCorrectsTheMalformedCignaRowAndThePolicyPagesShowTheCorrection() throws Exception {
        logIn();
        open("/queue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Review queue");
        Browser.screenshot(browser, "queue");
        new Select(browser.findElement(By.id("filter-payer"))).selectByVisibleText("Cigna");
        new Select(browser.findElement(By.id("filter-kind"))).selectByVisibleText(cignaRowFlagKind());
        click(By.cssSelector("form.filters button"));

        click(By.cssSelector("table.queue tbody tr td a"));
        assertThat(browser.findElement(By.id("flag-snippet")).getText()).isNotBlank();
        new Select(browser.findElement(By.id("correct-field"))).selectByValue("CODE");
        browser.findElement(By.id("correct-value")).sendKeys("0552t");
        browser.findElement(By.cssSelector("#correct-form .comment")).sendKeys("eighth row: citation of MM 0552");
        click(By.id("correct"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("corrected");
        String decidedBy = jdbc.sql("SELECT decided_by FROM flag_decision WHERE value = '0552T'")
                .query(String.class).single();
        assertThat(decidedBy).isEqualTo(ANALYST);

        open("/policies?payer=Cigna");
        click(By.linkText("MM 0552"));
        click(By.partialLinkText("cigna-mm0552-bulletin"));
        WebElement corrected = browser.findElement(By.id("code-0552T"));
        assertThat(corrected.getText()).contains("corrected by alice");
        assertThat(browser.findElements(By.cssSelector("#codes tbody tr"))).hasSize(8);
    }

    @Test
    @Order(4)
    void theAnalystAcceptsAFlagWithTheKeyboard() {
        logIn();
        open("/queue");
        String firstFlag = browser.findElement(By.cssSelector("table.queue tbody tr")).getDomAttribute("id");
        long flagId = Long.parseLong(firstFlag.substring("flag-".length()));
        browser.findElement(By.tagName("body")).sendKeys("j");
        loadingANewPage(() -> browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ENTER));
        assertThat(browser.getCurrentUrl()).contains("/flags/" + flagId);
        loadingANewPage(() -> browser.findElement(By.tagName("body")).sendKeys("a"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("flag " + flagId + " accepted");
        assertThat(jdbc.sql("SELECT status FROM flag WHERE id = :id").param("id", flagId).query(String.class).single())
                .isEqualTo("ACCEPTED");
        open("/flags/" + flagId + "?status=ANY");
        assertThat(browser.findElement(By.id("flag-decision")).getText()).contains("accepted by alice");
    }

    @Test
    @Order(5)
    void theDiffOfTheTwoWashingtonVersionsShowsAddedAndRemovedCodesInColour() throws Exception {
        logIn();
        open("/policies?code=0717T");
        click(By.linkText("WA.CP.MP.526"));
        assertThat(browser.findElements(By.cssSelector("#versions tbody tr"))).hasSize(2);
        click(By.id("show-diff"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("version 1").contains("version 2");
        WebElement added = browser.findElement(By.id("added-0717T"));
        WebElement removed = browser.findElement(By.id("removed-38206"));
        assertThat(added.getText()).contains("added");
        assertThat(removed.getText()).contains("removed");
        assertThat(added.getCssValue("background-color")).isEqualTo("rgba(215, 245, 221, 1)");
        assertThat(removed.getCssValue("background-color")).isEqualTo("rgba(251, 220, 220, 1)");
        assertThat(browser.findElement(By.id("diff-summary")).getText())
                .contains("codes added").contains("20999").contains("codes removed").contains("38206");
        assertThat(browser.findElement(By.id("dates")).getText()).contains("2025-07-01").contains("2026-07-01");
        Browser.screenshot(browser, "diff");
    }

    /** The Cigna bulletin's eighth row: a MALFORMED_CODE flag when the extractor makes one, else its count check. */
    private String cignaRowFlagKind() {
        return jdbc.sql("""
                SELECT f.kind FROM flag f JOIN document_extraction e ON e.document_id = f.document_id
                WHERE e.payer = 'Cigna' AND f.kind IN ('MALFORMED_CODE', 'COUNT_MISMATCH')
                ORDER BY f.kind = 'MALFORMED_CODE' DESC LIMIT 1""").query(String.class).single();
    }
}
