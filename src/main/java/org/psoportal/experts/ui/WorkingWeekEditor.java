package org.psoportal.experts.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psoportal.experts.WorkingHours;
import org.psoportal.shared.UserMessageException;

/**
 * The working week, one text field per day. A day whose text is not valid says so on its own field, starting with the
 * day's name ("Wednesday: the end must be after the start"), as soon as the field is left and again at save.
 */
class WorkingWeekEditor extends FormLayout {

    private final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);

    WorkingWeekEditor() {
        for (DayOfWeek d : DayOfWeek.values()) {
            TextField f = new TextField(dayName(d));
            f.setId("hours-" + d.name());
            f.setPlaceholder("09:00-12:00, 13:00-17:00");
            f.setHelperText(d == DayOfWeek.MONDAY ? getTranslation("expertProfile.hours.help") : null);
            f.addValueChangeListener(e -> check(d, f));
            days.put(d, f);
            add(f);
        }
    }

    void setValue(List<WorkingHours> hours) {
        days.forEach((d, field) -> {
            field.setValue(HoursField.format(hours, d));
            field.setInvalid(false);
        });
    }

    /** The hours of the whole week, or empty when a day is not valid (each such day then says why). */
    Optional<List<WorkingHours>> value() {
        List<WorkingHours> all = new ArrayList<>();
        boolean valid = true;
        for (Map.Entry<DayOfWeek, TextField> day : days.entrySet()) {
            Optional<List<WorkingHours>> hours = check(day.getKey(), day.getValue());
            hours.ifPresent(all::addAll);
            valid &= hours.isPresent();
        }
        return valid ? Optional.of(all) : Optional.empty();
    }

    /** The texts as typed, to tell whether the user changed any. */
    List<String> texts() {
        return days.values().stream().map(TextField::getValue).toList();
    }

    private Optional<List<WorkingHours>> check(DayOfWeek day, TextField field) {
        try {
            List<WorkingHours> hours = HoursField.parse(field.getValue(), day);
            field.setInvalid(false);
            return Optional.of(hours);
        } catch (UserMessageException e) {
            field.setErrorMessage(
                    getTranslation("expert.hours.onDay", dayName(day), getTranslation(e.messageKey(), e.args())));
            field.setInvalid(true);
            return Optional.empty();
        }
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, getLocale());
    }
}
