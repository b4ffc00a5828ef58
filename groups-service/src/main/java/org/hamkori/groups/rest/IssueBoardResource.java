package org.hamkori.groups.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.groups.repository.SafetyIssueRepository;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.security.PersonalData;

/** The programme's issue board: the safety issues of every group, wherever they stand. */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Safety issues")
@RolesAllowed("${hamkori.access.read}")
public class IssueBoardResource {

    @Inject
    SafetyIssueRepository issues;

    @Inject
    PersonalData personalData;

    @Inject
    GroupService service;

    @GET
    @Operation(summary = "The safety issues of every group, latest meeting first, filtered by status, category, "
            + "region, district and overdue (an agreed action not completed and due before today)")
    public Page<IssueView> board(@BeanParam IssueFilter issueFilter, @QueryParam("regionCode") String regionCode,
            @QueryParam("districtCode") String districtCode, @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        var filter = issueFilter.toFilter(QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("districtCode", districtCode), service.listedRegions());
        boolean withPersonalData = personalData.readable();
        return Page.of(issues.board(filter), page, i -> IssueView.of(i, withPersonalData));
    }
}
