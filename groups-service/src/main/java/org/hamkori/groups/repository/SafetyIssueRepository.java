package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.groups.SafetyIssue;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class SafetyIssueRepository implements PanacheRepositoryBase<SafetyIssue, UUID> {

    public record Filter(IssueStatus status, IssueCategory category) {
    }

    public Optional<SafetyIssue> findInGroup(UUID groupId, UUID issueId) {
        return find("groupId = :groupId and id = :id", Parameters.with("groupId", groupId).and("id", issueId))
                .firstResultOptional();
    }

    /** The group's issues, those of the latest meeting first and in the order they were raised. */
    public PanacheQuery<SafetyIssue> ofGroup(UUID groupId, Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("groupId", groupId)
                .equal("status", filter.status())
                .equal("category", filter.category());
        Sort order = Sort.descending("meeting.heldOn").and("meeting.id").and("position");
        return find(where.query(), order, where.parameters());
    }
}
