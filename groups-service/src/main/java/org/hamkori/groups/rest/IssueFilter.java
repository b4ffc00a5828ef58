package org.hamkori.groups.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Set;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.groups.SafetyIssueStatus;
import org.hamkori.groups.repository.SafetyIssueRepository;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.QueryParams;

/**
 * {@code ?status=&category=&overdue=true}, the filters of every list of safety issues, read as text so that a bad
 * value is a 400 naming the parameter. Overdue: still being worked on with an agreed action not completed and due
 * before today.
 */
public class IssueFilter {

    @QueryParam("status")
    String status;

    @QueryParam("category")
    String category;

    @QueryParam("overdue")
    String overdue;

    /** With the place filters of the programme's board and the caller's regions; all null within a group. */
    SafetyIssueRepository.Filter toFilter(String regionCode, String districtCode, Set<String> regions) {
        return new SafetyIssueRepository.Filter(QueryParams.enumValue("status", status, SafetyIssueStatus.class),
                QueryParams.enumValue("category", category, IssueCategory.class),
                regionCode, districtCode, overdueOnly() ? LocalDate.now() : null, regions);
    }

    private boolean overdueOnly() {
        String given = QueryParams.text(overdue);
        if (given == null || given.equals("false")) {
            return false;
        }
        if (given.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField("overdue", "must be true or false");
    }
}
