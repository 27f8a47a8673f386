package org.psoportal.booking.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.psoportal.audit.AuditObjectNames;
import org.springframework.stereotype.Component;

/** A booking is named by its topic in the audit trail. */
@Component
class BookingAuditNames implements AuditObjectNames {

    private final BookingRepository repository;

    BookingAuditNames(BookingRepository repository) {
        this.repository = repository;
    }

    @Override
    public String objectType() {
        return "booking";
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Booking::getId, Booking::getTopic));
    }
}
