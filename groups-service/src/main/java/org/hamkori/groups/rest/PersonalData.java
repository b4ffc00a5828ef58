package org.hamkori.groups.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hamkori.kit.security.Roles;

/**
 * SPEC §2: members' names, phone numbers, ranks and affiliations are read only by admin and coordinator,
 * and so are the free-text descriptions and outcomes of safety issues, which may name the people involved.
 * Other roles see the same parts without these fields.
 */
@RequestScoped
public class PersonalData {

    @Inject
    SecurityIdentity identity;

    public boolean readable() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.COORDINATOR);
    }
}
