package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.groups.Meeting;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public Optional<Meeting> findInGroup(UUID groupId, UUID meetingId) {
        return find("groupId = :groupId and id = :id", Parameters.with("groupId", groupId).and("id", meetingId))
                .firstResultOptional();
    }

    /** The group's meetings, latest first. */
    public PanacheQuery<Meeting> ofGroup(UUID groupId) {
        return find("groupId = :groupId", Sort.descending("heldOn").and("recordedAt", Sort.Direction.Descending)
                .and("id"), Parameters.with("groupId", groupId));
    }
}
