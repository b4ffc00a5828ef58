package org.hamkori.training;

/** What a register's row is, as read: ready to apply, wrong in some cell, or perhaps someone already known. */
public enum ImportRowStatus { VALID, INVALID, POSSIBLE_DUPLICATE }
