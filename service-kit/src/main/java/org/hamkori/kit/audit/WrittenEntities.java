package org.hamkori.kit.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Remembers, per transaction, each entity Hibernate inserted or updated: its state before the transaction first
 * wrote it and its latest state. The audit trail reads the difference when a write is recorded, so that a service
 * never lists what it changed, and a flush between two changes of one use case loses nothing.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class WrittenEntities implements Interceptor {

    private static final Object KEY = WrittenEntities.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditConfig config;

    /** One entity's states in the current transaction; {@code before} is null for an entity it created. */
    static final class Written {
        final Object id;
        final Map<String, Object> before;
        Map<String, Object> after;

        Written(Object id, Map<String, Object> before, Map<String, Object> after) {
            this.id = id;
            this.before = before;
            this.after = after;
        }
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        remember(entity, id, null, state, propertyNames);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        remember(entity, id, previousState, currentState, propertyNames);
        return false;
    }

    /** What the transaction wrote since the last call, which forgets it: each write is recorded once. */
    Map<Object, Written> drain() {
        Map<Object, Written> written = current(false);
        if (written == null) {
            return Map.of();
        }
        Map<Object, Written> drained = new IdentityHashMap<>(written);
        written.clear();
        return drained;
    }

    private void remember(Object entity, Object id, Object[] before, Object[] after, String[] names) {
        if (!config.enabled()) {
            return;
        }
        Map<Object, Written> written = current(true);
        if (written == null) {
            return;
        }
        Written known = written.get(entity);
        if (known == null) {
            written.put(entity, new Written(id, before == null ? null : named(names, before), named(names, after)));
        } else {
            known.after = named(names, after);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Written> current(boolean create) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        Map<Object, Written> written = (Map<Object, Written>) transactions.getResource(KEY);
        if (written == null && create) {
            written = new IdentityHashMap<>();
            transactions.putResource(KEY, written);
        }
        return written;
    }

    private static Map<String, Object> named(String[] names, Object[] values) {
        Map<String, Object> state = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            state.put(names[i], copy(values[i]));
        }
        return state;
    }

    /** Arrays are changed in place by some entities: keep the values as they were. */
    private static Object copy(Object value) {
        return value instanceof Object[] array ? array.clone() : value;
    }

    static Class<?> classOf(Object entity) {
        return Hibernate.getClass(entity);
    }
}
