package org.psoportal.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.psoportal.booking.BookingFixture;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ExpertServiceTest {

    @Autowired ExpertService experts;
    @Autowired BookingFixture fixture;
    @Autowired JdbcTemplate jdbc;

    private String email(long id) {
        return jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, id);
    }

    @Test
    void anExpertEditsTheirOwnProfileAndHours() {
        long expert = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs(email(expert), () -> experts.loadForm(expert));
        form.setHeadline("Changed headline");
        form.setSkills(java.util.List.of("Power BI"));
        fixture.runAs(email(expert), () -> {
            experts.save(expert, form);
            return null;
        });
        assertThat(fixture.runAs(email(expert), () -> experts.search("", "Power BI")).stream()
                .map(ExpertCard::personId)).contains(expert);
        assertThat(fixture.runAs(email(expert), () -> experts.loadForm(expert)).getHours()).hasSize(7);
    }

    @Test
    void anExpertCannotEditAnotherExpertAndStaffCannotEditAny() {
        long expert = fixture.newExpert(15);
        long other = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs("head@pso.example", () -> experts.loadForm(other));
        assertThatThrownBy(() -> fixture.runAs(email(expert), () -> {
            experts.save(other, form);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs("staff@pso.example", () -> experts.loadForm(other)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void limitsAreChecked() {
        long expert = fixture.newExpert(15);
        ExpertProfileForm form = fixture.runAs("head@pso.example", () -> experts.loadForm(expert));
        form.setSlotMinutes(20);
        assertThatThrownBy(() -> fixture.runAs("head@pso.example", () -> {
            experts.save(expert, form);
            return null;
        })).isInstanceOfSatisfying(UserMessageException.class,
                e -> assertThat(e.messageKey()).isEqualTo("expert.slot.invalid"));
    }

    @Test
    void demoDataHoldsExpertsBookingsAndRefusals() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM expert_profile p JOIN person x ON x.id = p.person_id "
                + "WHERE x.email LIKE '%@pso.example'", Integer.class)).isBetween(6, 8);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking b JOIN person x ON x.id = b.expert_id "
                + "WHERE x.email LIKE '%@pso.example'", Integer.class)).isBetween(150, 260);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE status = 'REQUESTED'", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_refusal", Integer.class)).isPositive();
    }
}
