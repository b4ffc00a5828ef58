package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.groups.SafetyIssue;

@ApplicationScoped
public class SafetyIssueRepository implements PanacheRepositoryBase<SafetyIssue, UUID> {

    public record Filter(IssueStatus status, IssueCategory category) {
    }

    public Optional<SafetyIssue> findInGroup(UUID groupId, UUID issueId) {
        return find("groupId = :groupId and id = :id", Parameters.with("groupId", groupId).and("id", issueId))
                .firstResultOptional();
    }

    /** The group's issues, those of the latest meeting first and in the order they were raised. */
    public PanacheQuery<SafetyIssue> ofGroup(UUID groupId, Filter filter, int page, int size) {
        String where = "groupId = :groupId";
        Parameters parameters = Parameters.with("groupId", groupId);
        if (filter.status() != null) {
            where += " and status = :status";
            parameters.and("status", filter.status());
        }
        if (filter.category() != null) {
            where += " and category = :category";
            parameters.and("category", filter.category());
        }
        Sort order = Sort.descending("meeting.heldOn").and("meeting.id").and("position");
        return find(where, order, parameters).page(Page.of(page, size));
    }
}
