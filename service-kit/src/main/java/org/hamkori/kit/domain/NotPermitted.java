package org.hamkori.kit.domain;

/**
 * The caller may use the operation but not on this record, for a reason of the domain's (not among a session's
 * trainers); answered as a 403 problem of {@code type}, so that a client can tell the reason from a missing role.
 */
public class NotPermitted extends RuntimeException {

    private final String type;
    private final String title;

    /** {@code type}: the problem type's last segment ({@code not-a-trainer-of-the-session}); {@code title}: its name. */
    public NotPermitted(String type, String title, String detail) {
        super(detail);
        this.type = type;
        this.title = title;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }
}
