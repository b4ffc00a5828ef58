package org.hamkori.training.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;
import org.hamkori.training.DuplicateDecision;
import org.hamkori.training.ImportRow;
import org.hamkori.training.ImportStatus;
import org.hamkori.training.RegisterColumn;
import org.hamkori.training.RowDecision;
import org.hamkori.training.TraineeImport;
import org.hamkori.training.service.TraineeImportService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk import of trainees from trainers' registers (SPEC §6): upload, look at every row, commit. Registers name
 * people: trainers and admins only, like trainees.
 */
@Path("/imports")
@Tag(name = "Imports")
@RolesAllowed("${hamkori.access.trainees}")
public class TraineeImportResource {

    static final String CSV = "text/csv";

    @Inject
    TraineeImportService service;

    @Context
    UriInfo uriInfo;

    /** The trainer's decision about one POSSIBLE_DUPLICATE row; keep, merge and skip are accepted in any case. */
    public record DecisionEntry(
            @NotNull Integer row,
            @NotNull @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) DuplicateDecision decision,
            UUID traineeId,
            Integer intoRow) {
    }

    /** Decisions about possible duplicates; a duplicate left undecided (or an exact one) is skipped. */
    public record CommitForm(@Size(max = RegisterFile.MAX_ROWS) List<@NotNull @Valid DecisionEntry> decisions) {

        List<RowDecision> rowDecisions() {
            return decisions == null ? List.of() : decisions.stream()
                    .map(d -> new RowDecision(d.row(), d.decision(), d.traineeId(), d.intoRow())).toList();
        }
    }

    @POST
    @Path("/trainees")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a register of trainees (CSV or XLSX, part 'file'; optional sessionId to enrol them):"
            + " every row is checked and its possible duplicates found; nothing is registered until the commit")
    @APIResponse(responseCode = "202", description = "The import, at Location; look at its rows, then commit it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportView.Accepted.class)))
    public Response upload(@RestForm("file") FileUpload file, @RestForm("sessionId") String sessionField,
            @QueryParam("sessionId") String sessionQuery) {
        if (file == null) {
            throw ProblemException.invalidField("file", "is required: the register as an XLSX or CSV file");
        }
        UUID session = QueryParams.uuid("sessionId", sessionField != null && !sessionField.isBlank() ? sessionField
                : sessionQuery);
        TraineeImport validated = service.validate(session, fileName(file), RegisterFile.read(file.uploadedFile()));
        return Response.accepted(ImportView.Accepted.of(validated))
                .location(uriInfo.getBaseUriBuilder().path("imports").path(validated.id.toString()).build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/trainees/template")
    @Produces({RegisterFile.XLSX, CSV})
    @Operation(summary = "An empty register to fill in: format xlsx (default) or csv, headers in lang en (default), ru or tg")
    public Response template(@QueryParam("format") String format, @QueryParam("lang") String lang) {
        RegisterColumn.Language asked = QueryParams.enumValue("lang", lang == null ? null : lang.toUpperCase(Locale.ROOT),
                RegisterColumn.Language.class);
        RegisterColumn.Language language = asked == null ? RegisterColumn.Language.EN : asked;
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && format != null && !"xlsx".equalsIgnoreCase(format)) {
            throw ProblemException.invalidField("format", "must be xlsx or csv");
        }
        String name = "trainees-" + language.name().toLowerCase(Locale.ROOT) + (csv ? ".csv" : ".xlsx");
        return Response.ok(csv ? RegisterTemplate.csv(language) : RegisterTemplate.xlsx(language))
                .type(csv ? CSV + "; charset=UTF-8" : RegisterFile.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An import with every row: VALID, INVALID (problems per cell) or POSSIBLE_DUPLICATE (candidates),"
            + " and once committed each row's outcome")
    @APIResponse(responseCode = "200", description = "The import with its rows, its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public Response get(@PathParam("id") @IdOf("Import") UUID id) {
        TraineeImport traineeImport = service.get(id);
        return Versions.ok(ImportView.of(traineeImport), traineeImport.version);
    }

    @POST
    @Path("/{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register the VALID rows and the duplicates decided KEEP or MERGE (enrolling them when the import"
            + " is for a session), in batches, each row with its enrolment or not at all; retried with the same"
            + " Idempotency-Key it resumes or answers the same result")
    @APIResponse(responseCode = "200", description = "The committed import with each row's outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public Response commit(@PathParam("id") @IdOf("Import") UUID id, @Valid CommitForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        String trimmedKey = key == null ? null : key.trim();
        if (trimmedKey != null && (trimmedKey.isEmpty() || trimmedKey.length() > 200)) {
            throw ProblemException.invalidField(IdempotentCreation.HEADER, "must be between 1 and 200 characters");
        }
        TraineeImport committed = service.commit(id, trimmedKey,
                form == null ? List.of() : form.rowDecisions());
        return Versions.ok(ImportView.of(committed), committed.version);
    }

    @GET
    @Path("/{id}/result")
    @Produces(CSV)
    @Operation(summary = "What the commit did with each row, as CSV: row, outcome, traineeId, message")
    public Response result(@PathParam("id") @IdOf("Import") UUID id) {
        TraineeImport traineeImport = service.get(id);
        if (traineeImport.status != ImportStatus.COMMITTED) {
            throw ProblemException.conflict("Import " + id + " is " + traineeImport.status
                    + ": its result is there once it is COMMITTED");
        }
        // every cell is a number, a code, an id or the service's own message: none can start a spreadsheet formula
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord("row", "outcome", "traineeId", "message");
            for (ImportRow row : traineeImport.rows) {
                printer.printRecord(row.rowNumber, row.outcome, row.traineeId, row.outcomeMessage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(csv.toString()).type(CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-result.csv\"").build();
    }

    private static String fileName(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName().replaceAll(".*[/\\\\]", "").strip();
        return name.isEmpty() ? null : name.substring(0, Math.min(name.length(), 255));
    }
}
