package org.hamkori.groups;

import org.hamkori.contract.groups.IssueCategory;

/** A safety issue as raised at a meeting. */
public record IssueReport(IssueCategory category, String description) {
}
