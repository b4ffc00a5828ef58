package org.hamkori.contract.training;

/**
 * Why a certificate was revoked, as {@link CertificateRevoked#reason()} carries it. What the revocation's
 * free-text note says stays in training-service: it may name people.
 */
public enum RevocationReason { ISSUED_IN_ERROR, FRAUD, DUPLICATE, OTHER }
