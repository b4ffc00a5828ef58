package org.hamkori.contract.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.Sex;

/** Subject is the certificate: its number is the aggregate. The trainee is a pseudonymous id. */
public record TraineeCertified(UUID certificateId, String certificateNumber, UUID traineeId, UUID sessionId,
        String courseCode, List<TrainingTopic> topics, TraineeCategory category, Sex sex, AgeBand ageBand,
        String regionCode, String districtCode, String partnerCode, LocalDate certifiedOn) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return certificateId;
    }
}
