package org.hamkori.webhooks;

/** Where a delivery stands: waiting for its next attempt, accepted by the endpoint, or given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
