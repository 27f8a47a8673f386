package org.psoportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.psoportal.shared.db.DatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** PSO Portal: the admin-task board, expert booking and the PSO dashboard in one Vaadin application. */
@SpringBootApplication
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (DatabaseCommand.requested(args)) {
            // --backup=FILE / --restore=FILE: a command for operators, run without starting the portal
            System.exit(DatabaseCommand.run(args));
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("PSO Portal");
        settings.addFavIcon("icon", "icons/logo.svg", "any");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // Apply the remembered light/dark choice before the first paint (no flash of the wrong theme).
        settings.addInlineWithContents(
                "try{var t=localStorage.getItem('pso-theme');if(t==='dark'){document.documentElement.setAttribute('theme','dark');}}catch(e){}",
                com.vaadin.flow.component.page.Inline.Wrapping.JAVASCRIPT);
    }
}
