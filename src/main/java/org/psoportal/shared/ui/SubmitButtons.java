package org.psoportal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The one way a form's submit button works: it is disabled from the click (in the browser at once, so a double click
 * sends one request) until the save says the form may be submitted again. A save that closes or redraws the form
 * leaves the button disabled; a refused save (validation error, conflict, any exception) enables it again.
 */
public final class SubmitButtons {

    /** A save run by a submit button. */
    @FunctionalInterface
    public interface Save {
        /**
         * Saves, or shows why not.
         *
         * @return {@code true} when the form is finished with (closed, or redrawn with a new button), {@code false}
         *     when the user may submit again (the save was refused, or the form stays open after saving)
         */
        boolean run();
    }

    private SubmitButtons() {}

    /** A primary submit button. */
    public static Button primary(String text, Save save) {
        Button button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return guard(button, save);
    }

    /** Makes {@code button} run {@code save} once per click, disabled while it runs. */
    public static Button guard(Button button, Save save) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            // Flow drops events from disabled components; disabling here too keeps this independent of listener order.
            button.setEnabled(false);
            boolean finished = false;
            try {
                finished = save.run();
            } finally {
                if (!finished) {
                    button.setEnabled(true);
                }
            }
        });
        return button;
    }
}
