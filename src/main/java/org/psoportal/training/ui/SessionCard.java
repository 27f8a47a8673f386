package org.psoportal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;
import org.psoportal.shared.ui.TimeFormats;
import org.psoportal.training.internal.Audience;
import org.psoportal.training.internal.RegistrationStatus;
import org.psoportal.training.internal.SessionRow;

/** One session on the Sessions page: what, who, when, where, seats left, the reader's own place and actions. */
class SessionCard extends Div {

    /** What the card's buttons do; the page owns the dialogs and the refresh. */
    interface Actions {
        void register(SessionRow row);

        void leave(SessionRow row);

        void manage(SessionRow row);
    }

    SessionCard(SessionRow row, ZoneId zone, boolean open, Actions actions) {
        addClassName("pso-session-card");
        setId("session-" + row.id());
        getElement().setAttribute("data-session", String.valueOf(row.id()));
        getElement().setAttribute("role", "article");
        if (open) {
            addClassName("highlighted");
        }
        H3 title = new H3(row.title());
        Div meta = new Div();
        meta.addClassName("pso-session-meta");
        meta.add(new Span(TimeFormats.range(row.start(), row.end(), zone)));
        meta.add(new Span(getTranslation("training.by", row.expertName())));
        if (row.skill() != null) {
            Span skill = new Span(row.skill());
            skill.getElement().getThemeList().add("badge contrast small");
            meta.add(skill);
        }
        if (row.seriesId() != null) {
            Span series = new Span(getTranslation("training.inSeries"));
            series.getElement().getThemeList().add("badge small");
            meta.add(series);
        }
        add(title, meta);
        Div where = new Div();
        where.addClassName("pso-session-where");
        if (row.place() != null) {
            where.add(new Span(row.place()));
        }
        if (row.meetingLink() != null) {
            Anchor link = new Anchor(row.meetingLink(), getTranslation("training.onlineLink"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            where.add(link);
        }
        add(where);
        if (row.audience() == Audience.PROJECTS) {
            add(new Paragraph(getTranslation("training.forProjects", String.join(", ", row.projectLabels()))));
        }
        if (row.description() != null) {
            Paragraph description = new Paragraph(row.description());
            description.addClassName("pso-session-description");
            add(description);
        }
        add(seats(row), actions(row, actions));
    }

    private Div seats(SessionRow row) {
        Div seats = new Div();
        seats.addClassName("pso-session-seats");
        Span left;
        if (row.cancelled()) {
            left = new Span(getTranslation("training.cancelled"));
            left.getElement().getThemeList().add("badge error");
        } else if (row.full()) {
            left = new Span(
                    row.waitlisted() == 0
                            ? getTranslation("training.full.noWait", row.seats())
                            : getTranslation("training.full", row.seats(), row.waitlisted()));
            left.getElement().getThemeList().add("badge contrast");
        } else {
            left = new Span(getTranslation("training.seatsLeft", row.seatsLeft(), row.seats()));
            left.getElement().getThemeList().add("badge success");
        }
        left.addClassName("pso-session-seats-left");
        seats.add(left);
        if (row.myStatus() != null) {
            Span mine = new Span(
                    row.myStatus() == RegistrationStatus.SEATED
                            ? getTranslation("training.mine.seated")
                            : getTranslation("training.mine.waitlisted", row.myWaitPosition()));
            mine.addClassName("pso-session-mine");
            mine.getElement()
                    .getThemeList()
                    .add(row.myStatus() == RegistrationStatus.SEATED ? "badge success primary" : "badge");
            seats.add(mine);
        }
        return seats;
    }

    private FlexLayout actions(SessionRow row, Actions actions) {
        FlexLayout bar = new FlexLayout();
        bar.addClassName("pso-session-actions");
        // everyone but the teaching expert may take a seat (the head too)
        if (!row.cancelled() && !row.started() && row.myStatus() == null && !row.teaching()) {
            Button register = new Button(
                    getTranslation(row.full() ? "training.joinWaitlist" : "training.register"),
                    e -> actions.register(row));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("register-" + row.id());
            register.setAriaLabel(getTranslation(
                    row.full() ? "training.joinWaitlist.named" : "training.register.named", row.title()));
            bar.add(register);
        }
        if (!row.cancelled() && row.myStatus() != null) {
            Button leave = new Button(
                    getTranslation(
                            row.myStatus() == RegistrationStatus.SEATED ? "training.leave" : "training.leaveWaitlist"),
                    e -> actions.leave(row));
            leave.setId("leave-" + row.id());
            leave.setAriaLabel(getTranslation("training.leave.named", row.title()));
            bar.add(leave);
        }
        if (row.mayManage()) {
            Button manage = new Button(getTranslation("training.manage"), e -> actions.manage(row));
            manage.setId("manage-" + row.id());
            manage.setAriaLabel(getTranslation("training.manage.named", row.title()));
            bar.add(manage);
        }
        Anchor ics = new Anchor("calendar/session/" + row.id() + ".ics", getTranslation("booking.ics"));
        ics.getElement().setAttribute("download", true);
        ics.getElement().setAttribute("router-ignore", true);
        ics.setAriaLabel(getTranslation("training.ics.named", row.title()));
        bar.add(ics);
        return bar;
    }
}
