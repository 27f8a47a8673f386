package org.psoportal.servicelevels.internal;

import java.time.LocalDate;
import java.util.List;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo office's public holidays: the bank holidays of England and Wales for 2026 and 2027 (the demo organisation
 * names no country; substitute days where a holiday falls on a weekend). Working days and hours keep the default,
 * Monday to Friday 09:00–17:30.
 */
@Component
class OfficeCalendarDemoData implements DemoDataContributor {

    static final List<Holiday> BANK_HOLIDAYS = List.of(
            new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day"),
            new Holiday(LocalDate.of(2026, 4, 3), "Good Friday"),
            new Holiday(LocalDate.of(2026, 4, 6), "Easter Monday"),
            new Holiday(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
            new Holiday(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
            new Holiday(LocalDate.of(2026, 8, 31), "Summer bank holiday"),
            new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"),
            new Holiday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"),
            new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"),
            new Holiday(LocalDate.of(2027, 3, 26), "Good Friday"),
            new Holiday(LocalDate.of(2027, 3, 29), "Easter Monday"),
            new Holiday(LocalDate.of(2027, 5, 3), "Early May bank holiday"),
            new Holiday(LocalDate.of(2027, 5, 31), "Spring bank holiday"),
            new Holiday(LocalDate.of(2027, 8, 30), "Summer bank holiday"),
            new Holiday(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)"),
            new Holiday(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)"));

    private final CalendarStore store;

    OfficeCalendarDemoData(CalendarStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        if (store.hasHolidays()) {
            return;
        }
        BANK_HOLIDAYS.forEach(store::addHoliday);
        store.reload();
    }
}
