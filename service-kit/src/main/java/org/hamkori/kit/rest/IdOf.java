package org.hamkori.kit.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a {@code UUID} path parameter identifies ("Centre"), so that a segment that is no UUID is
 * answered like an unknown id: 404 "Centre x does not exist" ({@link PathIds}); on a field of a {@link CommandTarget} too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface IdOf {
    String value();
}
