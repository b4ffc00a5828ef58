package org.hamkori.webhooks;

/**
 * On whose behalf a request manages endpoints: a partner organisation (its {@code partner_code}), or everyone's
 * (admin).
 */
public record Owner(String partnerCode, boolean all) {

    public static Owner partner(String partnerCode) {
        return new Owner(partnerCode, false);
    }

    public static Owner everyone() {
        return new Owner(null, true);
    }
}
