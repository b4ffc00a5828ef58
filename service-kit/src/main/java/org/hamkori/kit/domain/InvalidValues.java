package org.hamkori.kit.domain;

import java.util.List;

/** A submission the domain rejects as a whole, with every violation found; answered as a 400 problem. */
public class InvalidValues extends RuntimeException {

    private final String subject;
    private final List<FieldViolation> violations;

    /** {@code subject} names what was submitted, in the plural ("results"). */
    public InvalidValues(String subject, List<FieldViolation> violations) {
        super(violations.size() + " problem(s) in the " + subject + "; nothing was recorded");
        this.subject = subject;
        this.violations = List.copyOf(violations);
    }

    public String subject() {
        return subject;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
