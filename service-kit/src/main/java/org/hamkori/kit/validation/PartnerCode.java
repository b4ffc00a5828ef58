package org.hamkori.kit.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A partner organisation's code (SPEC §3), e.g. {@code MVD}, {@code SAFERWORLD}, {@code US_EMBASSY}. */
@Documented
@Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PartnerCode {
    String message() default "must be a partner code such as MVD, SAFERWORLD or US_EMBASSY";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
