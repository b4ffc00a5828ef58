package org.hamkori.training.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.security.RegionScope;
import org.hamkori.training.RegisterLine;
import org.hamkori.training.RowDecision;
import org.hamkori.training.Session;
import org.hamkori.training.SessionStatus;
import org.hamkori.training.TraineeImport;
import org.hamkori.training.repository.SessionRepository;
import org.hamkori.training.repository.TraineeImportRepository;
import org.hamkori.training.repository.TraineeRepository;

/**
 * Imports trainers' registers: reads and checks them into an import kept in the database, then commits it batch by
 * batch ({@link ImportCommitSteps}), so that thousands of rows neither hold one long transaction nor are lost to a
 * restart: a commit cut short is resumed by the next commit request, or else by the service itself.
 */
@ApplicationScoped
public class TraineeImportService {

    @Inject
    TraineeImportRepository imports;

    @Inject
    TraineeRepository trainees;

    @Inject
    SessionRepository sessions;

    @Inject
    ImportCommitSteps steps;

    @Inject
    RegionScope scope;

    /**
     * Checks every row of the register and finds possible duplicates; nothing is registered yet. The rows are compared
     * with the trainees (read first) outside any transaction, and a transaction of its own stores the import: a
     * register at the row limit is compared in seconds, but however long one takes, no transaction times out under it.
     */
    public TraineeImport validate(UUID sessionId, String fileName, List<RegisterLine> lines) {
        if (sessionId != null) {
            requireEnrollable(sessionId);
        }
        TraineeImport traineeImport = TraineeImport.validate(sessionId, fileName, lines, scope.limitedTo(),
                trainees::bornIn);
        QuarkusTransaction.requiringNew().run(() -> imports.persist(traineeImport));
        return traineeImport;
    }

    private void requireEnrollable(UUID sessionId) {
        Session session = sessions.findByIdOptional(sessionId).orElseThrow(() -> new InvalidValues("upload",
                List.of(new FieldViolation("sessionId", "session " + sessionId + " does not exist"))));
        scope.requireAccess("Session " + sessionId, session.regionCode);
        if (session.status != SessionStatus.SCHEDULED) {
            throw new BusinessRuleViolation("Session " + sessionId + " is " + session.status
                    + ": only a SCHEDULED session takes enrolments");
        }
    }

    /** Applies the import's rows with the trainer's decisions; answers the import once every row is applied. */
    public TraineeImport commit(UUID id, String key, List<RowDecision> decisions) {
        requireRowsWithinScope(id);
        if (steps.begin(id, key, decisions)) {
            applyRemainingRows(id);
        }
        return get(id);
    }

    /**
     * Finishes the commits a stopped service left COMMITTING (SPEC §6: imports survive a restart). A commit runs
     * within its request, so without this the rest of its rows would wait for the same commit to be sent again, which
     * a trainer whose page was reloaded no longer can (the Idempotency-Key was the page's). Should a commit still be
     * running in another request or replica, the import's lock lets each batch apply once, whoever applies it. The
     * rows applied here are recorded as the system's.
     */
    @Scheduled(identity = "import-commit-resumption", every = "${hamkori.imports.resume-interval:PT30S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void finishInterruptedCommits() {
        imports.committing().forEach(this::applyRemainingRows);
    }

    private void applyRemainingRows(UUID id) {
        boolean pending = true;
        while (pending) {
            pending = steps.applyNextBatch(id);
        }
    }

    /**
     * A region-scoped trainer commits only an import whose rows lie in their regions: the rows of an import uploaded by
     * someone who reaches every region are not theirs to register.
     */
    private void requireRowsWithinScope(UUID id) {
        imports.regionsOfAcceptableRows(id).forEach(region -> scope.requireAccess("Import " + id, region));
    }

    public TraineeImport get(UUID id) {
        return imports.findByIdOptional(id).orElseThrow(() -> new NotFound("Import", id));
    }
}
