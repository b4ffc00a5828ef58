package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.groups.SafetyIssue;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class SafetyIssueRepository implements GroupPartRepository<SafetyIssue> {

    public record Filter(IssueStatus status, IssueCategory category) {
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
