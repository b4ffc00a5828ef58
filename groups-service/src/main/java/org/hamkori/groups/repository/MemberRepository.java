package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.groups.Member;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Optional<Member> findInGroup(UUID groupId, UUID memberId) {
        return find("groupId = :groupId and id = :id", Parameters.with("groupId", groupId).and("id", memberId))
                .firstResultOptional();
    }

    /** The group's members, past ones included, in the order they joined. */
    public PanacheQuery<Member> ofGroup(UUID groupId) {
        return find("groupId = :groupId", Sort.by("joinedOn").and("id"), Parameters.with("groupId", groupId));
    }
}
