package org.hamkori.reporting.readmodel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hamkori.kit.inbox.InboundEvent;

/**
 * The date of what an event records: the first date its payload carries ({@code openedOn}, {@code heldOn},
 * {@code certifiedOn}, {@code revokedOn}…), or for an event that carries none (a centre's registration or details)
 * the day it was published, as the read model dates a centre's registration.
 */
final class RecordDate {

    private RecordDate() {
    }

    static LocalDate of(InboundEvent event) {
        for (RecordComponent component : event.payload().getClass().getRecordComponents()) {
            if (component.getType() == LocalDate.class) {
                LocalDate date = read(component, event.payload());
                if (date != null) {
                    return date;
                }
            }
        }
        return event.time().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate read(RecordComponent component, Object payload) {
        try {
            return (LocalDate) component.getAccessor().invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + payload, e);
        }
    }
}
