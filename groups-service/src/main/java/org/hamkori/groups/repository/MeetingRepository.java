package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hamkori.groups.Meeting;

@ApplicationScoped
public class MeetingRepository implements GroupPartRepository<Meeting> {

    /** The group's meetings, latest first. */
    public PanacheQuery<Meeting> ofGroup(UUID groupId) {
        return ofGroup(groupId, Sort.descending("heldOn").and("recordedAt", Sort.Direction.Descending).and("id"));
    }
}
