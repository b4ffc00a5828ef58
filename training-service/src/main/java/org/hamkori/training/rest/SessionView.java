package org.hamkori.training.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.training.Session;
import org.hamkori.training.SessionStatus;

/** A session as the API shows it; trainers' names only to those who may read personal data. */
public record SessionView(UUID id, String courseCode, LocalDate startsOn, LocalDate endsOn, UUID centerId,
        String regionCode, String districtCode, String venue, String partnerCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> trainers, int capacity, int enrolled,
        SessionStatus status, LocalDate completedOn, Integer passed, long version) {

    static SessionView of(Session s, boolean withPersonalData) {
        return new SessionView(s.id, s.courseCode, s.startsOn, s.endsOn, s.centerId, s.regionCode, s.districtCode,
                s.venue, s.partnerCode, withPersonalData ? List.copyOf(s.trainerList()) : null, s.capacity,
                s.enrolled, s.status, s.completedOn, s.passed, s.version);
    }
}
