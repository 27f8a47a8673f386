package org.psoportal.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of browserless view tests: the real Spring context and database, views driven without a browser.
 * Sign in with {@code @WithUserDetails("admin@pso.example")} (a demo account) on the test or class.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {}
