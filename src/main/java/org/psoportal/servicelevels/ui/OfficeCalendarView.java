package org.psoportal.servicelevels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import org.psoportal.security.Role;
import org.psoportal.servicelevels.internal.Holiday;
import org.psoportal.servicelevels.internal.OfficeCalendar;
import org.psoportal.servicelevels.internal.OfficeCalendarService;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The head's office calendar: working days and hours (what a working day of a service level is) and the public
 * holidays. A refused value is named on its field; a save from a stale page gets the current calendar and a message.
 */
@Route("office-calendar")
@RolesAllowed(Role.Names.HEAD)
@Menu(title = "nav.officeCalendar", order = 84, icon = "vaadin:calendar-o")
public class OfficeCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final transient OfficeCalendarService service;
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final TimePicker start = TimeFormats.portalFormat(new TimePicker());
    private final TimePicker end = TimeFormats.portalFormat(new TimePicker());
    private final DatePicker holidayDate = TimeFormats.portalFormat(new DatePicker());
    private final TextField holidayName = new TextField();
    private final Grid<Holiday> holidays = new Grid<>();
    private final Paragraph noHolidays = new Paragraph();
    private long version;

    public OfficeCalendarView(OfficeCalendarService service) {
        this.service = service;
        addClassName("pso-view");
        OfficeCalendar calendar = service.calendar();

        days.setLabel(getTranslation("servicelevels.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        days.setId("calendar-days");
        start.setLabel(getTranslation("servicelevels.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setId("calendar-start");
        end.setLabel(getTranslation("servicelevels.end"));
        end.setStep(Duration.ofMinutes(15));
        end.setId("calendar-end");
        Button saveHours = SubmitButtons.primary(getTranslation("servicelevels.saveHours"), this::saveHours);
        saveHours.setId("calendar-save");
        HorizontalLayout times = new HorizontalLayout(start, end);
        times.setWrap(true);

        holidayDate.setLabel(getTranslation("servicelevels.holiday.date"));
        holidayDate.setId("holiday-date");
        TimeFormats.portalFormat(holidayDate);
        holidayName.setLabel(getTranslation("servicelevels.holiday.name"));
        holidayName.setMaxLength(OfficeCalendarService.NAME_MAX);
        holidayName.setId("holiday-name");
        Button add = SubmitButtons.guard(
                new Button(getTranslation("servicelevels.holiday.add"), VaadinIcon.PLUS.create()), this::addHoliday);
        add.setId("holiday-add");
        HorizontalLayout addRow = new HorizontalLayout(holidayDate, holidayName, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);

        holidays.addThemeVariants(GridVariant.LUMO_COMPACT);
        holidays.setAllRowsVisible(true);
        holidays.setId("holidays");
        holidays.addColumn(h -> TimeFormats.date(h.date()))
                .setHeader(getTranslation("servicelevels.holiday.date"))
                .setAutoWidth(true);
        holidays.addColumn(Holiday::name).setHeader(getTranslation("servicelevels.holiday.name"));
        holidays.addComponentColumn(h -> {
                    Button remove = new Button(VaadinIcon.TRASH.create());
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("servicelevels.holiday.remove", h.name()));
                    remove.setDisableOnClick(true);
                    remove.addClickListener(e -> {
                        show(service.removeHoliday(h.date()));
                        Notifications.success(getTranslation("servicelevels.holiday.removed"));
                    });
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        noHolidays.setText(getTranslation("servicelevels.holiday.none"));

        add(
                new H1(getTranslation("servicelevels.title")),
                new Paragraph(
                        getTranslation("servicelevels.intro", calendar.zone().getId())),
                new H2(getTranslation("servicelevels.hours")),
                days,
                times,
                saveHours,
                new H2(getTranslation("servicelevels.holidays")),
                addRow,
                noHolidays,
                holidays);
        show(calendar);
    }

    private boolean saveHours() {
        clearErrors();
        try {
            show(service.saveHours(
                    days.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days.getValue()),
                    start.getValue(),
                    end.getValue(),
                    version));
            Notifications.success(getTranslation("servicelevels.saved"));
        } catch (ConcurrentChangeException e) {
            show(service.calendar());
            Notifications.error(Notifications.text(e));
        } catch (UserMessageException e) {
            String text = Notifications.text(e);
            switch (e.messageKey()) {
                case "servicelevels.days.required" -> {
                    days.setErrorMessage(text);
                    days.setInvalid(true);
                }
                case "servicelevels.start.required" -> {
                    start.setErrorMessage(text);
                    start.setInvalid(true);
                }
                default -> {
                    end.setErrorMessage(text);
                    end.setInvalid(true);
                }
            }
        }
        return false;
    }

    private boolean addHoliday() {
        holidayDate.setInvalid(false);
        holidayName.setInvalid(false);
        try {
            show(service.addHoliday(holidayDate.getValue(), holidayName.getValue()));
            holidayDate.clear();
            holidayName.clear();
            Notifications.success(getTranslation("servicelevels.holiday.added"));
        } catch (UserMessageException e) {
            String text = Notifications.text(e);
            if (e.messageKey().startsWith("servicelevels.holiday.name")) {
                holidayName.setErrorMessage(text);
                holidayName.setInvalid(true);
            } else {
                holidayDate.setErrorMessage(text);
                holidayDate.setInvalid(true);
            }
        }
        return false;
    }

    private void clearErrors() {
        days.setInvalid(false);
        start.setInvalid(false);
        end.setInvalid(false);
    }

    private void show(OfficeCalendar calendar) {
        version = calendar.version();
        days.setValue(EnumSet.copyOf(calendar.days()));
        start.setValue(calendar.start());
        end.setValue(calendar.end());
        holidays.setItems(calendar.holidays());
        holidays.setVisible(!calendar.holidays().isEmpty());
        noHolidays.setVisible(calendar.holidays().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("servicelevels.title") + " · " + getTranslation("app.name");
    }
}
