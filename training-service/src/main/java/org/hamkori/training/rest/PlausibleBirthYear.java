package org.hamkori.training.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hamkori.training.Trainee;

/** A birth year from 1900 to the current year; the upper bound moves with the calendar, hence no {@code @Max}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleBirthYear.Validator.class)
public @interface PlausibleBirthYear {

    String message() default "must be a year from 1900 to the current year";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleBirthYear, Integer> {
        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || Trainee.isPlausibleBirthYear(year);
        }
    }
}
