package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.FairOffers.Candidate;

class FairOffersTest {

    static final Instant NINE = Instant.parse("2026-12-07T08:00:00Z");
    static final Instant TEN = Instant.parse("2026-12-07T09:00:00Z");
    static final Instant ELEVEN = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void atTheSameStartTheExpertWithTheFewestBookedMinutesThatWeekIsOffered() {
        List<Candidate> offers = FairOffers.earliest(
                List.of(new Candidate(1, "Anna", NINE, 600), new Candidate(2, "Bert", NINE, 120)), 10);
        assertThat(offers).extracting(Candidate::expertName).containsExactly("Bert");
    }

    @Test
    void equallyBookedExpertsAreOfferedByName() {
        List<Candidate> offers =
                FairOffers.earliest(List.of(new Candidate(7, "Zoe", NINE, 60), new Candidate(3, "Anna", NINE, 60)), 10);
        assertThat(offers).extracting(Candidate::expertId).containsExactly(3L);
        assertThat(FairOffers.earliest(
                        List.of(new Candidate(9, "Same", NINE, 0), new Candidate(4, "Same", NINE, 0)), 10))
                .as("same name: by id, so the order is total")
                .extracting(Candidate::expertId)
                .containsExactly(4L);
    }

    @Test
    void theEarliestDistinctStartsComeInTimeOrderEachOnce() {
        List<Candidate> offers = FairOffers.earliest(
                List.of(
                        new Candidate(1, "Anna", ELEVEN, 0),
                        new Candidate(2, "Bert", NINE, 300),
                        new Candidate(1, "Anna", TEN, 0),
                        new Candidate(2, "Bert", TEN, 300)),
                10);
        assertThat(offers).extracting(Candidate::start).containsExactly(NINE, TEN, ELEVEN);
        assertThat(offers)
                .extracting(Candidate::expertName)
                .as("Bert alone is free at nine; at ten Anna is less booked")
                .containsExactly("Bert", "Anna", "Anna");
    }

    @Test
    void atMostTheLimit() {
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Candidate(1, "Anna", NINE.plusSeconds(1800L * i), 0));
            many.add(new Candidate(2, "Bert", NINE.plusSeconds(1800L * i), 0));
        }
        assertThat(FairOffers.earliest(many, 10))
                .hasSize(10)
                .last()
                .satisfies(c -> assertThat(c.start()).isEqualTo(NINE.plusSeconds(1800L * 9)));
        assertThat(FairOffers.earliest(List.of(), 10)).isEmpty();
    }
}
