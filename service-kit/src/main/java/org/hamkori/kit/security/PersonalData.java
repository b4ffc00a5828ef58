package org.hamkori.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * SPEC §2: personal data (members' names, phone numbers, ranks and affiliations, the free text of safety
 * issues, trainers' names) is read only by the roles in {@code hamkori.access.personal-data}. Other roles
 * see the same resources without these fields.
 */
@RequestScoped
public class PersonalData {

    @Inject
    SecurityIdentity identity;

    @Inject
    AccessConfig access;

    public boolean readable() {
        return access.personalData().stream().anyMatch(identity::hasRole);
    }
}
