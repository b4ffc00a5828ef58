package org.hamkori.groups;

public enum GroupStatus { ACTIVE, DISSOLVED }
