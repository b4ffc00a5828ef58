package org.hamkori.groups;

import org.hamkori.contract.groups.IssueStatus;

/**
 * Where a safety issue stands: OPEN when raised or reopened, IN_PROGRESS once an action was agreed on it, then
 * RESOLVED by the group or REFERRED to another body. The events carry only the closing outcome
 * ({@link IssueStatus}); being in progress is what {@code SafetyIssueActionAgreed} says.
 */
public enum SafetyIssueStatus {
    OPEN, IN_PROGRESS, RESOLVED, REFERRED;

    public boolean isClosed() {
        return this == RESOLVED || this == REFERRED;
    }

    static SafetyIssueStatus closedAs(IssueStatus outcome) {
        return switch (outcome) {
            case RESOLVED -> RESOLVED;
            case REFERRED -> REFERRED;
            case OPEN -> throw new IllegalArgumentException("an issue closes as RESOLVED or REFERRED");
        };
    }
}
