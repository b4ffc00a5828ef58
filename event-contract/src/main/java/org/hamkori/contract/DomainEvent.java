package org.hamkori.contract;

import java.util.UUID;

/**
 * A fact published by one bounded context. The record's components are the event payload; the
 * CloudEvents attributes (id, type, source, subject, time, sequence) travel as Kafka headers.
 */
public interface DomainEvent {

    /** The aggregate the event is about; the Kafka record key and the {@code ce_subject}. */
    UUID subjectId();

    default EventType eventType() {
        return EventType.of(getClass());
    }
}
