package org.hamkori.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.Sex;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.reference.Place;
import org.junit.jupiter.api.Test;

/** The aggregates, given the golden fixtures' facts, write exactly the fixtures' payloads. */
class DomainEventsMatchGoldenFixturesTest {

    private static final Place QUBODIYON = new Place("KHATLON", "KHATLON.QUBODIYON");

    private final Course course = Course.create("CP-101", "Community policing", List.of(
            TrainingTopic.COMMUNITY_POLICING_PRINCIPLES, TrainingTopic.DIALOGUE), 20, 70);
    private final Session session = Session.schedule(new SessionPlan("CP-101", LocalDate.parse("2021-10-04"),
            LocalDate.parse("2021-10-08"), UUID.fromString("3f2c8a4e-6b1d-4c7e-9a52-0d8e1f4b7c21"), QUBODIYON,
            "Centre hall", "SAFERWORLD", List.of("Trainer"), 25));

    DomainEventsMatchGoldenFixturesTest() {
        session.id = UUID.fromString("5b2e9c84-1f37-4a6d-8c09-e3d7a2b4f615");
    }

    @Test
    void aScheduledSessionWritesTheFixture() {
        assertEquals(GoldenFixtures.tree(EventType.TRAINING_SESSION_SCHEDULED),
                EventJson.mapper().valueToTree(session.scheduled(course)));
    }

    @Test
    void aCertificateWritesTheFixtureWithTheAgeBandOfTheCertificationYear() {
        // born 1988: 33 in 2021 (25_34, as the fixture says), though 35 or more from 2023 on
        Trainee holder = Trainee.register("Malika Rahimova", Sex.FEMALE, 1988, TraineeCategory.CITIZEN, QUBODIYON,
                "+992 93 123 4567");
        holder.id = UUID.fromString("a84f2c6e-3b91-4d07-9e5a-c2f8d1b7e039");
        session.enroll(holder);
        Session.Completion completion = session.complete(course, List.of(ResultLine.readable("results[0]", holder.id,
                new BigDecimal("16"), new BigDecimal("70"))), LocalDate.parse("2021-10-08"));
        Certificate certificate = Certificate.issue("HMK-7F3K-9QX2", session, completion.passed().get(0));
        certificate.id = UUID.fromString("d3a7e1b5-6c28-4f94-a0e3-8b5c9f2d7146");

        assertEquals(GoldenFixtures.tree(EventType.TRAINEE_CERTIFIED),
                EventJson.mapper().valueToTree(certificate.certified(holder, session, course)));
    }
}
