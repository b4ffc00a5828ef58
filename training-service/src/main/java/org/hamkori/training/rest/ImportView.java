package org.hamkori.training.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.training.CellProblem;
import org.hamkori.training.DuplicateCandidate;
import org.hamkori.training.DuplicateDecision;
import org.hamkori.training.ImportOutcome;
import org.hamkori.training.ImportRow;
import org.hamkori.training.ImportRowStatus;
import org.hamkori.training.ImportStatus;
import org.hamkori.training.TraineeImport;

/** An import of trainees with every row of its register: personal data, for trainers and admins only. */
public record ImportView(UUID id, ImportStatus status, UUID sessionId, String fileName, Instant uploadedAt,
        Instant committedAt, Summary summary, List<RowView> rows) {

    /** How many rows are of each status and, once applied, of each outcome. */
    @Schema(name = "ImportSummary")
    public record Summary(int rows, long valid, long invalid, long possibleDuplicates, long created, long merged,
            long skipped, long rejected, long failed) {

        static Summary of(List<ImportRow> rows) {
            return new Summary(rows.size(), count(rows, ImportRowStatus.VALID), count(rows, ImportRowStatus.INVALID),
                    count(rows, ImportRowStatus.POSSIBLE_DUPLICATE), count(rows, ImportOutcome.CREATED),
                    count(rows, ImportOutcome.MERGED), count(rows, ImportOutcome.SKIPPED),
                    count(rows, ImportOutcome.REJECTED), count(rows, ImportOutcome.FAILED));
        }

        private static long count(List<ImportRow> rows, ImportRowStatus status) {
            return rows.stream().filter(row -> row.status == status).count();
        }

        private static long count(List<ImportRow> rows, ImportOutcome outcome) {
            return rows.stream().filter(row -> row.outcome == outcome).count();
        }
    }

    /** A row as the trainee it would register: what could be read of each column. */
    @Schema(name = "ImportRowValues")
    public record Values(String fullName, Sex sex, Integer birthYear, TraineeCategory category, String regionCode,
            String districtCode, String phone) {
    }

    /**
     * A row by the number a spreadsheet shows, its cells as written (by column), the values read from them, what is
     * wrong, who it may duplicate, the decision taken and, once committed, its outcome and trainee.
     */
    @Schema(name = "ImportRow")
    public record RowView(int row, ImportRowStatus status, Map<String, String> cells, Values values,
            List<CellProblem> problems, List<DuplicateCandidate> candidates, DuplicateDecision decision,
            ImportOutcome outcome, UUID traineeId, String message) {

        static RowView of(ImportRow row) {
            return new RowView(row.rowNumber, row.status, row.cells, new Values(row.fullName, row.sex, row.birthYear,
                    row.category, row.regionCode, row.districtCode, row.phone), row.problems, row.candidates,
                    row.decision, row.outcome, row.traineeId, row.outcomeMessage);
        }
    }

    /** What an upload answers: the import to look at and commit. */
    @Schema(name = "ImportAccepted")
    public record Accepted(UUID id, ImportStatus status, Summary summary) {

        static Accepted of(TraineeImport traineeImport) {
            return new Accepted(traineeImport.id, traineeImport.status, Summary.of(traineeImport.rows));
        }
    }

    static ImportView of(TraineeImport traineeImport) {
        return new ImportView(traineeImport.id, traineeImport.status, traineeImport.sessionId, traineeImport.fileName,
                traineeImport.uploadedAt, traineeImport.committedAt, Summary.of(traineeImport.rows),
                traineeImport.rows.stream().map(RowView::of).toList());
    }
}
