package org.hamkori.contract;

public enum Sex { FEMALE, MALE }
