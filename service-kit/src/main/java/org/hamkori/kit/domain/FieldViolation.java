package org.hamkori.kit.domain;

/** What is wrong with one named part of a submission. */
public record FieldViolation(String field, String message) {
}
