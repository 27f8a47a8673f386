package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Any expert with this skill": each test's experts have a skill of their own and time off for the next 13 days, so
 * their earliest free time is day 14 at 07:00 whatever the clock says.
 */
@IntegrationTest
class AnyExpertServiceTest {

    @Autowired
    AnyExpertService anyExpert;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    private String skill;

    private long expert(String name) {
        long id = fixture.newExpert(0);
        jdbc.update("UPDATE person SET full_name = ? WHERE id = ?", name, id);
        fixture.addSkill(id, skill);
        fixture.timeOff(id, 0, 13);
        return id;
    }

    private BookingRow book(String who, long expert, Instant start, int minutes) {
        return fixture.runAs(
                who,
                () -> bookings.book(new BookingRequest(
                        expert, fixture.activeProjectId(), start, start.plusSeconds(minutes * 60L), "Any", null)));
    }

    @Test
    void theEarliestTimesAcrossExpertsWithTheSkillTiesByName() {
        skill = "Skill " + UUID.randomUUID();
        long alpha = expert("Anyexpert Alpha");
        expert("Anyexpert Beta");
        long other = fixture.newExpert(0); // free earlier, but without the skill
        String me = fixture.newStaff();

        List<ExpertOffer> offers = fixture.runAs(me, () -> anyExpert.earliestTimes(skill.toLowerCase(), 60));
        assertThat(offers).hasSize(AnyExpertService.OFFERS);
        assertThat(offers.getFirst().start()).isEqualTo(fixture.at(14, 7, 0));
        assertThat(offers)
                .extracting(ExpertOffer::start)
                .as("distinct, in time order, on the 30-minute grid")
                .isSorted()
                .doesNotHaveDuplicates()
                .contains(fixture.at(14, 11, 30));
        assertThat(offers).allSatisfy(o -> {
            assertThat(o.expertId()).as("equally booked: by name").isEqualTo(alpha);
            assertThat(o.end()).isEqualTo(o.start().plusSeconds(3600));
        });
        assertThat(offers).extracting(ExpertOffer::expertId).doesNotContain(other);
    }

    @Test
    void theExpertWithFewerBookedHoursThatWeekIsOfferedAndTakenTimesAreSkipped() {
        skill = "Skill " + UUID.randomUUID();
        long alpha = expert("Anyexpert Alpha");
        long beta = expert("Anyexpert Beta");
        String me = fixture.newStaff();
        book(fixture.newStaff(), alpha, fixture.at(14, 15, 0), 60);

        List<ExpertOffer> offers = fixture.runAs(me, () -> anyExpert.earliestTimes(skill, 60));
        assertThat(offers)
                .extracting(ExpertOffer::expertId)
                .as("Alpha has an hour booked that week")
                .containsOnly(beta);

        book(fixture.newStaff(), beta, fixture.at(14, 7, 0), 120);
        offers = fixture.runAs(me, () -> anyExpert.earliestTimes(skill, 60));
        assertThat(offers.getFirst())
                .as("Beta is busy from 07:00 to 09:00, so Alpha is offered then")
                .satisfies(o -> assertThat(o.expertId()).isEqualTo(alpha))
                .satisfies(o -> assertThat(o.start()).isEqualTo(fixture.at(14, 7, 0)));
        assertThat(offers)
                .filteredOn(o -> !o.start().isBefore(fixture.at(14, 9, 0)))
                .extracting(ExpertOffer::expertId)
                .as("from 09:00 both are free; Alpha has 1 hour that week, Beta 2")
                .containsOnly(alpha);
    }

    @Test
    void twoPeopleTakingTheSameOfferOneWinsTheOtherIsOfferedTheNextTime() throws Exception {
        skill = "Skill " + UUID.randomUUID();
        long solo = expert("Anyexpert Solo");
        String first = fixture.newStaff();
        String second = fixture.newStaff();
        ExpertOffer offer =
                fixture.runAs(first, () -> anyExpert.earliestTimes(skill, 60)).getFirst();
        assertThat(fixture.runAs(second, () -> anyExpert.earliestTimes(skill, 60))
                        .getFirst())
                .isEqualTo(offer);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String who : List.of(first, second)) {
            outcomes.add(pool.submit(() -> {
                go.await();
                return fixture.runAs(who, () -> {
                    try {
                        bookings.book(new BookingRequest(
                                offer.expertId(), fixture.activeProjectId(), offer.start(), offer.end(), "Race", null));
                        return "booked";
                    } catch (UserMessageException e) {
                        return who;
                    }
                });
            }));
        }
        go.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(results).as("exactly one wins").containsOnlyOnce("booked");
        String loser =
                results.stream().filter(r -> !r.equals("booked")).findFirst().orElseThrow();

        ExpertOffer next =
                fixture.runAs(loser, () -> anyExpert.earliestTimes(skill, 60)).getFirst();
        assertThat(next.expertId()).isEqualTo(solo);
        assertThat(next.start())
                .as("the next free time, after the hour just taken")
                .isEqualTo(offer.end());
        assertThat(book(loser, next.expertId(), next.start(), 60).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aSkillNobodyOffersHasNoTimes() {
        assertThat(fixture.runAs(fixture.newStaff(), () -> anyExpert.earliestTimes("Nobody " + UUID.randomUUID(), 60)))
                .isEmpty();
    }
}
