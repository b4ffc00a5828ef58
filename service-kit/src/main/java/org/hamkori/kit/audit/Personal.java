package org.hamkori.kit.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity field that holds personal data (a name, a phone number, free text that may name people): the audit trail
 * records its changes marked as personal, and a record's history shows them as {@code "***"} to roles outside
 * {@code hamkori.access.personal-data}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Personal {
}
