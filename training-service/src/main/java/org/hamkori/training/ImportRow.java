package org.hamkori.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.reference.Place;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of an import: as read, as understood, who it may duplicate, what was decided and what became of it. */
@Entity
@Table(name = "trainee_import_row")
public class ImportRow {

    /** What committing does with the row. */
    public enum Action { REJECT, CREATE, MERGE, SKIP }

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    public TraineeImport traineeImport;
    public int rowNumber;
    /** The cells as written, by the contract's column names. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> cells;
    public String fullName;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    public Integer birthYear;
    @Enumerated(EnumType.STRING)
    public TraineeCategory category;
    public String regionCode;
    public String districtCode;
    public String phone;
    @Enumerated(EnumType.STRING)
    public ImportRowStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<CellProblem> problems;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DuplicateCandidate> candidates;
    @Enumerated(EnumType.STRING)
    public DuplicateDecision decision;
    public UUID mergeInto;
    public Integer mergeIntoRow;
    @Enumerated(EnumType.STRING)
    public ImportOutcome outcome;
    public UUID traineeId;
    public String outcomeMessage;

    static ImportRow of(TraineeImport traineeImport, RegisterLine line, RegisterEntry entry,
            List<DuplicateCandidate> candidates) {
        ImportRow row = new ImportRow();
        row.id = UUID.randomUUID();
        row.traineeImport = traineeImport;
        row.rowNumber = line.row();
        row.cells = new LinkedHashMap<>();
        line.cells().forEach((column, text) -> row.cells.put(column.fieldName(), text));
        row.fullName = entry.fullName();
        row.sex = entry.sex();
        row.birthYear = entry.birthYear();
        row.category = entry.category();
        row.regionCode = entry.place() == null ? null : entry.place().regionCode();
        row.districtCode = entry.place() == null ? null : entry.place().districtCode();
        row.phone = entry.phone();
        row.problems = entry.problems();
        row.candidates = candidates;
        row.status = !entry.isValid() ? ImportRowStatus.INVALID
                : candidates.isEmpty() ? ImportRowStatus.VALID : ImportRowStatus.POSSIBLE_DUPLICATE;
        return row;
    }

    /** Records the decision, or says why it cannot be taken. */
    Optional<FieldViolation> decide(String field, RowDecision decision) {
        if (status != ImportRowStatus.POSSIBLE_DUPLICATE) {
            return Optional.of(new FieldViolation(field, "row " + rowNumber + " is " + status
                    + ": decisions are for POSSIBLE_DUPLICATE rows"));
        }
        this.decision = decision.decision();
        if (decision.decision() != DuplicateDecision.MERGE) {
            return Optional.empty();
        }
        Optional<DuplicateCandidate> into = candidates.stream()
                .filter(c -> decision.traineeId() == null && decision.intoRow() == null
                        || decision.traineeId() != null && decision.traineeId().equals(c.traineeId())
                        || decision.intoRow() != null && decision.intoRow().equals(c.row()))
                .findFirst();
        if (into.isEmpty()) {
            return Optional.of(new FieldViolation(field, "row " + rowNumber + " can be merged only into one of its"
                    + " candidates: " + candidates.stream().map(c -> c.traineeId() != null ? "trainee " + c.traineeId()
                            : "row " + c.row()).toList()));
        }
        this.mergeInto = into.get().traineeId();
        this.mergeIntoRow = into.get().row();
        return Optional.empty();
    }

    /**
     * VALID rows and kept duplicates become trainees, merged ones join their candidate; a duplicate nobody decided
     * about is left out, as is an exact duplicate of a registered trainee (the same register uploaded again).
     */
    public Action action() {
        if (status == ImportRowStatus.INVALID) {
            return Action.REJECT;
        }
        if (status == ImportRowStatus.VALID || decision == DuplicateDecision.KEEP) {
            return Action.CREATE;
        }
        return decision == DuplicateDecision.MERGE ? Action.MERGE : Action.SKIP;
    }

    /** The trainee a skipped row names exactly, if any. */
    public Optional<UUID> exactDuplicate() {
        return candidates.stream().filter(c -> c.exact() && c.traineeId() != null).map(DuplicateCandidate::traineeId)
                .findFirst();
    }

    public Trainee newTrainee() {
        return Trainee.register(fullName, sex, birthYear, category, new Place(regionCode, districtCode), phone);
    }

    public boolean isApplied() {
        return outcome != null;
    }

    public void rejected() {
        applied(ImportOutcome.REJECTED, null, problems.size() + " problem(s): " + problems.get(0).column() + " "
                + problems.get(0).message());
    }

    public void created(UUID trainee) {
        applied(ImportOutcome.CREATED, trainee, null);
    }

    public void merged(UUID trainee, String note) {
        applied(ImportOutcome.MERGED, trainee, note);
    }

    public void skipped() {
        Optional<UUID> exact = exactDuplicate();
        applied(ImportOutcome.SKIPPED, exact.orElse(null), exact.isPresent() ? "already registered as trainee "
                + exact.get() : decision == DuplicateDecision.SKIP ? "skipped as decided"
                : "possible duplicate without a decision");
    }

    public void failed(String reason) {
        applied(ImportOutcome.FAILED, null, reason);
    }

    private void applied(ImportOutcome outcome, UUID trainee, String message) {
        this.outcome = outcome;
        this.traineeId = trainee;
        this.outcomeMessage = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }
}
