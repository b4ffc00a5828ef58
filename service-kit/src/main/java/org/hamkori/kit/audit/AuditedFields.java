package org.hamkori.kit.audit;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which fields of an entity class an audit entry shows, and which of them are {@link Personal}. Left out: the id (the
 * entry names it), the version (the entry carries it), and associations (their own entities' changes are recorded as
 * theirs).
 */
record AuditedFields(Set<String> audited, Set<String> personal) {

    private static final List<Class<? extends Annotation>> LEFT_OUT = List.of(Id.class, Version.class, Transient.class,
            OneToMany.class, ManyToOne.class, OneToOne.class, ManyToMany.class, ElementCollection.class);

    private static final Map<Class<?>, AuditedFields> BY_CLASS = new ConcurrentHashMap<>();

    static AuditedFields of(Class<?> entityClass) {
        return BY_CLASS.computeIfAbsent(entityClass, AuditedFields::read);
    }

    private static AuditedFields read(Class<?> entityClass) {
        Set<String> audited = new HashSet<>();
        Set<String> personal = new HashSet<>();
        for (Class<?> type = entityClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isSynthetic() || field.getName().startsWith("$$")
                        || LEFT_OUT.stream().anyMatch(field::isAnnotationPresent)) {
                    continue;
                }
                audited.add(field.getName());
                if (field.isAnnotationPresent(Personal.class)) {
                    personal.add(field.getName());
                }
            }
        }
        return new AuditedFields(Set.copyOf(audited), Set.copyOf(personal));
    }
}
