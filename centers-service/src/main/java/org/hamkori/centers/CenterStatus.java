package org.hamkori.centers;

public enum CenterStatus { PLANNED, OPEN, UNDER_RENOVATION, CLOSED }
