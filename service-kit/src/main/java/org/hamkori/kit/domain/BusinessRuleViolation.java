package org.hamkori.kit.domain;

/** A domain rule forbids the change in the aggregate's current state; answered as a 409 problem. */
public class BusinessRuleViolation extends RuntimeException {
    public BusinessRuleViolation(String message) {
        super(message);
    }
}
