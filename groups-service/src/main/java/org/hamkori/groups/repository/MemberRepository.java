package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hamkori.groups.Member;

@ApplicationScoped
public class MemberRepository implements GroupPartRepository<Member> {

    /** The group's members, past ones included, in the order they joined. */
    public PanacheQuery<Member> ofGroup(UUID groupId) {
        return ofGroup(groupId, Sort.by("joinedOn").and("id"));
    }
}
