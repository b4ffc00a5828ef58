package org.hamkori.contract.groups;

import java.util.UUID;

public record RaisedIssue(UUID issueId, IssueCategory category) {
}
