package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.training.Certificate;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    public Optional<Certificate> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public boolean holdsValid(UUID traineeId, String courseCode) {
        return count("traineeId = ?1 and courseCode = ?2 and revokedOn is null", traineeId, courseCode) > 0;
    }
}
