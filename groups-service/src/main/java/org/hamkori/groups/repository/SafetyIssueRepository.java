package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.groups.SafetyIssue;
import org.hamkori.groups.SafetyIssueStatus;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class SafetyIssueRepository implements GroupPartRepository<SafetyIssue> {

    /**
     * {@code overdueOn}: only issues still being worked on with an action not completed and due before that day
     * (what {@link org.hamkori.groups.SafetyIssueAction#isOverdue} says of one action). {@code regions}: only issues of
     * groups in these regions (a region-scoped caller's), or null for every region.
     */
    public record Filter(SafetyIssueStatus status, IssueCategory category, String regionCode, String districtCode,
            LocalDate overdueOn, Set<String> regions) {
    }

    private static final String STILL_WORKED_ON_WITH_AN_ACTION_DUE_BEFORE = """
            i.status in (org.hamkori.groups.SafetyIssueStatus.OPEN, org.hamkori.groups.SafetyIssueStatus.IN_PROGRESS)
            and exists (select 1 from SafetyIssueAction a
                        where a.issue = i and a.completedOn is null and a.dueOn < :overdueOn)""";

    /** Latest meeting first, then in the order the meeting raised them. */
    private static final Sort LATEST_RAISED_FIRST = Sort.descending("i.meeting.heldOn").and("i.meeting.id")
            .and("i.position");

    /** The group's issues. */
    public PanacheQuery<SafetyIssue> ofGroup(UUID groupId, Filter filter) {
        return search(new QueryFilter().equal("i.groupId", groupId), filter);
    }

    /** The programme's issue board: every group's issues. */
    public PanacheQuery<SafetyIssue> board(Filter filter) {
        return search(new QueryFilter(), filter);
    }

    private PanacheQuery<SafetyIssue> search(QueryFilter where, Filter filter) {
        where.equal("i.status", filter.status())
                .equal("i.category", filter.category())
                .equal("i.group.regionCode", filter.regionCode())
                .equal("i.group.districtCode", filter.districtCode())
                .in("i.group.regionCode", filter.regions())
                .where(STILL_WORKED_ON_WITH_AN_ACTION_DUE_BEFORE, "overdueOn", filter.overdueOn());
        return find("from SafetyIssue i where " + where.query(), LATEST_RAISED_FIRST, where.parameters());
    }
}
