package org.hamkori.replica;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.kit.reference.Place;

/** A centre as this service knows it from centers.events. */
public record KnownCenter(UUID id, String code, String name, Place place, String status, LocalDate openedOn) {
}
