package org.hamkori.groups.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.groups.Group;
import org.hamkori.groups.GroupStatus;

/** A group as the API shows it, with its running figures. */
public record GroupView(UUID id, String name, UUID centerId, String regionCode, String districtCode,
        LocalDate formedOn, String facilitatingPartner, GroupStatus status, LocalDate dissolvedOn, int currentMembers,
        int meetingsHeld, int openIssues, int openActions, int followUpsHeld, long version) {

    static GroupView of(Group g) {
        return new GroupView(g.id, g.name, g.centerId, g.regionCode, g.districtCode, g.formedOn, g.facilitatingPartner,
                g.status, g.dissolvedOn, g.currentMembers, g.meetingsHeld, g.openIssues, g.openActions, g.followUpsHeld,
                g.version);
    }
}
