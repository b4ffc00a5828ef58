package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.training.TraineeImport;

@ApplicationScoped
public class TraineeImportRepository implements PanacheRepositoryBase<TraineeImport, UUID> {

    /** The import, locked until the transaction ends: one batch of its commit at a time, whoever runs it. */
    public Optional<TraineeImport> findForUpdate(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
