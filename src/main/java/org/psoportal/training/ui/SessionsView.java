package org.psoportal.training.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;
import org.psoportal.training.internal.SessionListeners;
import org.psoportal.training.internal.SessionRow;
import org.psoportal.training.internal.TrainingService;

/**
 * Upcoming training sessions for everyone: filter by skill, expert and date, register (or join the waitlist) for a
 * project, leave, download the .ics. Experts publish their own sessions, the head any expert's, and manage them
 * (attendees, message, attendance, edit, cancel). The list refreshes live when anyone's registration changes it,
 * so a waitlisted person sees their seat arrive.
 */
@Route("sessions")
@PermitAll
@Menu(title = "nav.sessions", order = 21.5, icon = "vaadin:group")
public class SessionsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, SessionCard.Actions {

    private final transient TrainingService training;
    private final transient ProjectService projects;
    private final transient ExpertService experts;
    private final transient SessionListeners listeners;
    private final transient ZoneId zone;
    private final ComboBox<String> skill = new ComboBox<>();
    private final ComboBox<ExpertCard> expert = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final Checkbox onlyMine = new Checkbox();
    private final Div list = new Div();
    private Long openSession;
    private transient Runnable stopListening = () -> {};

    public SessionsView(
            TrainingService training,
            ProjectService projects,
            ExpertService experts,
            SessionListeners listeners,
            CurrentUser currentUser,
            ZoneId zone) {
        this.training = training;
        this.projects = projects;
        this.experts = experts;
        this.listeners = listeners;
        this.zone = zone;
        addClassName("pso-view");
        skill.setLabel(getTranslation("training.skill"));
        skill.setItems(experts.allSkills());
        skill.setClearButtonVisible(true);
        skill.setId("sessions-skill");
        expert.setLabel(getTranslation("training.expert"));
        expert.setItems(experts.search(null, null));
        expert.setItemLabelGenerator(ExpertCard::name);
        expert.setClearButtonVisible(true);
        expert.setId("sessions-expert");
        TimeFormats.portalFormat(from);
        from.setLabel(getTranslation("training.from"));
        from.setClearButtonVisible(true);
        from.setId("sessions-from");
        onlyMine.setLabel(getTranslation("training.onlyMine"));
        onlyMine.setId("sessions-mine");
        skill.addValueChangeListener(e -> refresh());
        expert.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        onlyMine.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(skill, expert, from, onlyMine);
        filters.addClassName("pso-session-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        H1 heading = new H1(getTranslation("training.title"));
        add(heading);
        if (currentUser.hasRole(Role.EXPERT) || currentUser.hasRole(Role.HEAD)) {
            Button publish = new Button(getTranslation("training.publish"), e -> publish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("publish-session");
            add(publish);
        }
        add(new Paragraph(getTranslation("training.intro")), filters, list);
        list.addClassName("pso-session-list");
        list.setId("session-list");
        list.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.title") + " · " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        openSession = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("session")
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        stopListening = listeners.listen(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        super.onDetach(detachEvent);
    }

    void refresh() {
        List<SessionRow> rows = Boolean.TRUE.equals(onlyMine.getValue())
                ? training.mine()
                : training.upcoming(
                        from.getValue(),
                        skill.getValue(),
                        expert.getValue() == null ? null : expert.getValue().personId());
        list.removeAll();
        // a linked session (from a notification) comes first, highlighted, even when the filters would hide it
        if (openSession != null) {
            try {
                list.add(new SessionCard(training.session(openSession), zone, true, this));
            } catch (UserMessageException gone) {
                openSession = null;
            }
        }
        for (SessionRow row : rows) {
            if (openSession == null || row.id() != openSession) {
                list.add(new SessionCard(row, zone, false, this));
            }
        }
        if (list.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("training.none"));
            none.setId("sessions-none");
            list.add(none);
        }
    }

    @Override
    public void register(SessionRow row) {
        new RegisterDialog(training, projects, row, this::refresh).open();
    }

    @Override
    public void leave(SessionRow row) {
        try {
            training.cancelRegistration(row.id());
            Notifications.success(getTranslation("training.left", row.title()));
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
        }
        refresh();
    }

    @Override
    public void manage(SessionRow row) {
        new ManageSessionDialog(training, projects, experts, row, zone, this::refresh).open();
    }

    private void publish() {
        new SessionDialog(training, projects, experts, null, this::refresh).open();
    }
}
