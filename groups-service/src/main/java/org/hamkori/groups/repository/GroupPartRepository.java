package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.Optional;
import java.util.UUID;

/** A part of a group (member, meeting, safety issue) is only ever read within its group. */
public interface GroupPartRepository<T> extends PanacheRepositoryBase<T, UUID> {

    default Optional<T> findInGroup(UUID groupId, UUID partId) {
        return find("groupId = :groupId and id = :id", Parameters.with("groupId", groupId).and("id", partId))
                .firstResultOptional();
    }

    default PanacheQuery<T> ofGroup(UUID groupId, Sort order) {
        return find("groupId = :groupId", order, Parameters.with("groupId", groupId));
    }
}
