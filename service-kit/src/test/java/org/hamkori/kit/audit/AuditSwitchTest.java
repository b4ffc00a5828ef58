package org.hamkori.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditSwitchTest {

    /** One active transaction's resources. */
    private static final class ActiveTransaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    private static WrittenEntities writtenEntities(AuditConfig config) {
        WrittenEntities written = new WrittenEntities();
        written.transactions = new ActiveTransaction();
        written.config = config;
        return written;
    }

    @Test
    void switchedOffTheTrailKeepsNothingOfWhatATransactionWrites() {
        WrittenEntities off = writtenEntities(() -> false);
        off.onPersist(new Object(), UUID.randomUUID(), new Object[] {"Qubodiyon"}, new String[] {"name"}, null);
        assertEquals(Map.of(), off.drain());

        WrittenEntities on = writtenEntities(() -> true);
        on.onPersist(new Object(), UUID.randomUUID(), new Object[] {"Qubodiyon"}, new String[] {"name"}, null);
        assertEquals(1, on.drain().size());
    }
}
