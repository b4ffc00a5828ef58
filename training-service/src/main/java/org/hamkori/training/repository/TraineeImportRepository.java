package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.training.ImportRow;
import org.hamkori.training.ImportRowStatus;
import org.hamkori.training.ImportStatus;
import org.hamkori.training.TraineeImport;

@ApplicationScoped
public class TraineeImportRepository implements PanacheRepositoryBase<TraineeImport, UUID> {

    /** The import, locked until the transaction ends: one batch of its commit at a time, whoever runs it. */
    public Optional<TraineeImport> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * The next rows of the import to apply, in the register's order (a merge into an earlier row finds it applied):
     * a batch's rows alone, not the whole register, are loaded and watched for changes while it is applied.
     */
    public List<ImportRow> pendingRows(UUID importId, int limit) {
        return getEntityManager().createQuery("FROM ImportRow r WHERE r.traineeImport.id = :id AND r.outcome IS NULL"
                + " ORDER BY r.rowNumber", ImportRow.class).setParameter("id", importId).setMaxResults(limit)
                .getResultList();
    }

    public Optional<ImportRow> row(UUID importId, int number) {
        return getEntityManager().createQuery("FROM ImportRow r WHERE r.traineeImport.id = :id"
                + " AND r.rowNumber = :number", ImportRow.class).setParameter("id", importId)
                .setParameter("number", number).getResultStream().findFirst();
    }

    /** The regions of the import's rows that a commit may register (every row but the invalid ones). */
    public List<String> regionsOfAcceptableRows(UUID importId) {
        return getEntityManager().createQuery("SELECT DISTINCT r.regionCode FROM ImportRow r"
                + " WHERE r.traineeImport.id = :id AND r.status <> :invalid AND r.regionCode IS NOT NULL", String.class)
                .setParameter("id", importId).setParameter("invalid", ImportRowStatus.INVALID).getResultList();
    }

    /** The imports whose commit has begun and not yet applied every row, oldest upload first. */
    @Transactional
    public List<UUID> committing() {
        return getEntityManager().createQuery("SELECT i.id FROM TraineeImport i WHERE i.status = :status"
                + " ORDER BY i.uploadedAt", UUID.class).setParameter("status", ImportStatus.COMMITTING).getResultList();
    }
}
