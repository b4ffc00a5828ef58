package org.hamkori.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.audit.AuditEntry;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;
import org.hamkori.training.Trainee;
import org.hamkori.training.repository.TraineeRepository;
import org.hamkori.training.rest.TrainingRequests.TraineeForm;
import org.hamkori.training.service.TraineeService;

/**
 * Trainees are personal data (name, phone, birth year): only trainers and admins reach them, and each read of them is
 * recorded (SPEC §11).
 */
@Path("/trainees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trainees")
@RolesAllowed("${hamkori.access.trainees}")
public class TraineeResource {

    static final int MIN_NAME_FRAGMENT = 2;

    @Inject
    TraineeService service;

    @Inject
    TraineeRepository trainees;

    @Inject
    IdempotentCreation idempotency;

    @POST
    @Operation(summary = "Register a trainee")
    public Response register(@NotNull @Valid TraineeForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("trainee", key, form, () -> {
            Trainee trainee = service.register(form.fullName().trim(), form.sex(), form.birthYear(), form.category(),
                    form.place(), TrainingRequests.blankToNull(form.phone()));
            return idempotency.createdAt(trainee.id, TraineeView.of(trainee), trainee.version);
        });
    }

    @GET
    @Operation(summary = "Find trainees by a fragment of their name, category, sex, region and district")
    public Page<TraineeView> list(@QueryParam("name") String name, @QueryParam("category") String category,
            @QueryParam("sex") String sex, @QueryParam("regionCode") String regionCode,
            @QueryParam("districtCode") String districtCode, @BeanParam PageRequest pageRequest) {
        String fragment = QueryParams.text(name);
        if (fragment != null && fragment.length() < MIN_NAME_FRAGMENT) {
            throw ProblemException.invalidField("name", "must be at least " + MIN_NAME_FRAGMENT + " characters");
        }
        var filter = new TraineeRepository.Filter(fragment,
                QueryParams.enumValue("category", category, TraineeCategory.class),
                QueryParams.enumValue("sex", sex, Sex.class), QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("districtCode", districtCode), service.listedRegions());
        Page<Trainee> page = Page.of(trainees.search(filter), pageRequest.validated(), t -> t);
        service.personalDataRead(page.items());
        return page.map(TraineeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A trainee, with their version as ETag")
    public Response get(@PathParam("id") @IdOf("Trainee") UUID id) {
        Trainee trainee = service.get(id);
        service.personalDataRead(List.of(trainee));
        return Versions.ok(TraineeView.of(trainee), trainee.version);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("${hamkori.access.history}")
    @Operation(summary = "Who registered the trainee and changed their record, when and how (personal values masked for"
            + " roles that may not read them), newest first")
    public Page<AuditEntry> history(@PathParam("id") @IdOf("Trainee") UUID id, @BeanParam PageRequest pageRequest) {
        return service.history(id, pageRequest);
    }
}
