package org.hamkori.contract.groups;

public enum IssueStatus { OPEN, RESOLVED, REFERRED }
