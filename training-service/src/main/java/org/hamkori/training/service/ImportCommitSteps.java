package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.training.ImportRow;
import org.hamkori.training.ImportStatus;
import org.hamkori.training.RowDecision;
import org.hamkori.training.Session;
import org.hamkori.training.Trainee;
import org.hamkori.training.TraineeImport;
import org.hamkori.training.repository.SessionRepository;
import org.hamkori.training.repository.TraineeImportRepository;
import org.hamkori.training.repository.TraineeRepository;

/**
 * The steps of a commit, each its own transaction with the import locked, so that two requests committing the same
 * import (a retry while the first still runs) apply each row once. A batch applies a row with its enrolment or not at
 * all: the enrolment is tried first and a refused one (session full) keeps the row's new trainee out. Registering a
 * trainee and enrolling publish no event (SPEC §8), so no outbox row is due here; each row that registers or enrols
 * someone leaves its audit entry: on the trainee it registered (with the enrolment), or on the session it enrolled an
 * existing trainee in.
 */
@ApplicationScoped
public class ImportCommitSteps {

    static final int BATCH_SIZE = 200;

    @Inject
    TraineeImportRepository imports;

    @Inject
    TraineeRepository trainees;

    @Inject
    SessionRepository sessions;

    @Inject
    AuditTrail audit;

    /** @return whether rows remain to be applied */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean begin(UUID id, String key, List<RowDecision> decisions) {
        return lock(id).commit(key, decisions);
    }

    /** @return whether rows remain to be applied after this batch */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyNextBatch(UUID id) {
        TraineeImport traineeImport = lock(id);
        if (traineeImport.status != ImportStatus.COMMITTING) {
            return false;
        }
        Session session = traineeImport.sessionId == null ? null : sessions.findForUpdate(traineeImport.sessionId)
                .orElseThrow(() -> new NotFound("Session", traineeImport.sessionId));
        for (ImportRow row : imports.pendingRows(id, BATCH_SIZE)) {
            apply(row, session);
        }
        if (imports.pendingRows(id, 1).isEmpty()) {
            traineeImport.committed();
            return false;
        }
        return true;
    }

    private void apply(ImportRow row, Session session) {
        switch (row.action()) {
            case REJECT -> row.rejected();
            case SKIP -> row.skipped();
            case CREATE -> {
                Trainee trainee = row.newTrainee();
                if (enrolled(session, trainee, row)) {
                    trainees.persist(trainee);
                    row.created(trainee.id);
                    audit.record(trainee, "ImportTrainee");
                }
            }
            case MERGE -> merge(row, session);
        }
    }

    private void merge(ImportRow row, Session session) {
        Optional<UUID> into = row.mergeInto != null ? Optional.of(row.mergeInto)
                : imports.row(row.traineeImport.id, row.mergeIntoRow).map(earlier -> earlier.traineeId);
        Optional<Trainee> trainee = into.flatMap(trainees::findByIdOptional);
        if (trainee.isEmpty()) {
            row.failed(row.mergeInto != null ? "trainee " + row.mergeInto + " no longer exists"
                    : "row " + row.mergeIntoRow + ", which it was to merge into, became no trainee");
        } else if (session != null && session.hasEnrolled(trainee.get().id)) {
            row.merged(trainee.get().id, "already enrolled in the session");
        } else if (enrolled(session, trainee.get(), row)) {
            row.merged(trainee.get().id, null);
            if (session != null) {
                audit.record(session, "ImportEnrolment");
            }
        }
    }

    /** Enrols the trainee when the import is for a session; a refusal fails the row, which then changes nothing. */
    private static boolean enrolled(Session session, Trainee trainee, ImportRow row) {
        if (session == null) {
            return true;
        }
        try {
            session.enroll(trainee);
            return true;
        } catch (BusinessRuleViolation refused) {
            row.failed(refused.getMessage());
            return false;
        }
    }

    private TraineeImport lock(UUID id) {
        return imports.findForUpdate(id).orElseThrow(() -> new NotFound("Import", id));
    }
}
