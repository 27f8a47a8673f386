package org.psoportal.experts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.psoportal.experts.internal.ExpertProfileForm;

/**
 * The expert profile's own fields: headline, skills, bio and the booking rules (capacity, notice, horizon, buffer,
 * slot, lengths, approval). A refusal of the service that concerns one of them is said on that field.
 */
class ProfileSettingsForm extends FormLayout {

    private final TextField headline = new TextField();
    private final TextArea bio = new TextArea();
    private final TextField skills = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final Checkbox bookable = new Checkbox();
    private final IntegerField minNotice = new IntegerField();
    private final IntegerField horizon = new IntegerField();
    private final IntegerField buffer = new IntegerField();
    private final Select<Integer> slot = new Select<>();
    private final IntegerField minLength = new IntegerField();
    private final IntegerField maxLength = new IntegerField();
    private final Checkbox approval = new Checkbox();

    ProfileSettingsForm() {
        headline.setLabel(getTranslation("expertProfile.headline"));
        headline.setMaxLength(120);
        headline.setId("profile-headline");
        bio.setLabel(getTranslation("expertProfile.bio"));
        bio.setMaxLength(2000);
        skills.setLabel(getTranslation("expertProfile.skills"));
        capacity.setLabel(getTranslation("expertProfile.capacity"));
        bookable.setLabel(getTranslation("expertProfile.bookable"));
        minNotice.setLabel(getTranslation("expertProfile.minNotice"));
        horizon.setLabel(getTranslation("expertProfile.horizon"));
        buffer.setLabel(getTranslation("expertProfile.buffer"));
        slot.setLabel(getTranslation("expertProfile.slot"));
        slot.setItems(15, 30);
        minLength.setLabel(getTranslation("expertProfile.minLength"));
        maxLength.setLabel(getTranslation("expertProfile.maxLength"));
        approval.setLabel(getTranslation("expertProfile.approval"));
        add(
                headline, skills, bio, capacity, minNotice, horizon, buffer, slot, minLength, maxLength, bookable,
                approval);
        setColspan(bio, 2);
    }

    void read(ExpertProfileForm f) {
        headline.setValue(f.getHeadline() == null ? "" : f.getHeadline());
        bio.setValue(f.getBio() == null ? "" : f.getBio());
        skills.setValue(String.join(", ", f.getSkills()));
        capacity.setValue(f.getWeeklyCapacityHours());
        bookable.setValue(f.isBookable());
        minNotice.setValue(f.getMinNoticeMinutes());
        horizon.setValue(f.getHorizonDays());
        buffer.setValue(f.getBufferMinutes());
        slot.setValue(f.getSlotMinutes());
        minLength.setValue(f.getMinLengthMinutes());
        maxLength.setValue(f.getMaxLengthMinutes());
        approval.setValue(f.isRequiresApproval());
    }

    void writeTo(ExpertProfileForm f) {
        f.setHeadline(headline.getValue());
        f.setBio(bio.getValue());
        f.setSkills(Arrays.stream(skills.getValue().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList());
        f.setWeeklyCapacityHours(orZero(capacity.getValue()));
        f.setBookable(bookable.getValue());
        f.setMinNoticeMinutes(orZero(minNotice.getValue()));
        f.setHorizonDays(orZero(horizon.getValue()));
        f.setBufferMinutes(orZero(buffer.getValue()));
        f.setSlotMinutes(slot.getValue() == null ? 30 : slot.getValue());
        f.setMinLengthMinutes(orZero(minLength.getValue()));
        f.setMaxLengthMinutes(orZero(maxLength.getValue()));
        f.setRequiresApproval(approval.getValue());
    }

    /** The values as shown, to tell whether the user changed any since loading or saving. */
    List<Object> values() {
        return Arrays.asList(
                headline.getValue(),
                bio.getValue(),
                skills.getValue(),
                capacity.getValue(),
                bookable.getValue(),
                minNotice.getValue(),
                horizon.getValue(),
                buffer.getValue(),
                slot.getValue(),
                minLength.getValue(),
                maxLength.getValue(),
                approval.getValue());
    }

    /**
     * Says the service's refusal ({@code messageKey}, translated {@code text}) on the fields it concerns; false when
     * it concerns none of them (the limits together, the profile as a whole).
     */
    boolean showRefusal(String messageKey, String text) {
        List<HasValidationProperties> fields = switch (messageKey) {
            case "expert.headline.required" -> List.of(headline);
            case "expert.skill.tooLong" -> List.of(skills);
            case "expert.slot.invalid" -> List.of(slot);
            case "expert.length.invalid" -> List.of(minLength, maxLength);
            default -> List.of();
        };
        fields.forEach(f -> {
            f.setErrorMessage(text);
            f.setInvalid(true);
        });
        return !fields.isEmpty();
    }

    void clearRefusal() {
        List.<HasValidationProperties>of(headline, skills, slot, minLength, maxLength)
                .forEach(f -> f.setInvalid(false));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
