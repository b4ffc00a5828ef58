package org.hamkori.testkit.shared;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** What a {@code @QuarkusTest} checks from inside the service it runs, beside its HTTP API. */
public final class InsideTheService {

    private InsideTheService() {
    }

    /**
     * Runs {@code change} (a call of the service's own use case) in a transaction of its own that fails after it, in a
     * request context as a request would have; the test then checks that nothing of the change remains.
     */
    public static void rolledBack(Runnable change) {
        Arc.container().requestContext().activate();
        try {
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                change.run();
                throw new IllegalStateException("the transaction fails after the change was recorded");
            }));
        } finally {
            Arc.container().requestContext().terminate();
        }
    }

    /** The id (the CloudEvent's {@code ce_id}) of the outbox row of {@code subject}'s event number {@code sequence}. */
    public static String publishedEventId(String subject, long sequence) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT id::text FROM outbox_event WHERE subject = :subject AND sequence = :sequence")
                .setParameter("subject", UUID.fromString(subject)).setParameter("sequence", sequence)
                .getSingleResult().toString());
    }
}
