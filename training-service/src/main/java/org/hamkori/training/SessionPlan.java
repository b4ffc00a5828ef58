package org.hamkori.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.kit.reference.Place;

/**
 * What a trainer schedules: a session of a course at a centre or, when held elsewhere, in a district.
 * At a centre the place follows from the centre; {@code place} is then what the request named, if anything.
 */
public record SessionPlan(String courseCode, LocalDate startsOn, LocalDate endsOn, UUID centerId, Place place,
        String venue, String partnerCode, List<String> trainers, int capacity) {

    public SessionPlan at(Place centersPlace) {
        return new SessionPlan(courseCode, startsOn, endsOn, centerId, centersPlace, venue, partnerCode, trainers,
                capacity);
    }
}
