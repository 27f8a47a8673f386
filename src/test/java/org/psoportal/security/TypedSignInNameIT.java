package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;

/** After a failed sign-in in Chromium the e-mail field shows what was typed, as text, and the password is empty. */
class TypedSignInNameIT extends BrowserTest {

    @Test
    void aFailedSignInKeepsTheEmailTyped() throws Exception {
        String typed = "nobody-<b>forms</b>@pso.example";
        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(typed);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], button[slot='submit']"))
                .click();
        wait.until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();

        WebElement username = driver.findElement(By.cssSelector("input[name='username']"));
        wait.until(d -> typed.equals(username.getDomProperty("value")));
        assertThat(driver.findElement(By.cssSelector("input[name='password']")).getDomProperty("value"))
                .isEmpty();
        var js = (JavascriptExecutor) driver;
        wait.until(d -> Boolean.TRUE.equals(
                js.executeScript("return document.activeElement === document.querySelector('#vaadinLoginPassword')"
                        + " || document.activeElement === document.querySelector(\"input[name='password']\")"
                        + " || document.querySelector('#vaadinLoginPassword').contains(document.activeElement)")));
        assertThat(js.executeScript("return document.querySelectorAll('vaadin-login-form b').length"))
                .isEqualTo(0L);
        screenshot("signin-failed-keeps-email");
    }
}
