package org.hamkori.groups.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SPEC §2: members' names, phone numbers, ranks and affiliations are read only by admin and coordinator,
 * and so are the free-text descriptions and outcomes of safety issues, which may name the people involved.
 * Other roles see the same parts without these fields. Who they are: {@code hamkori.access.personal-data}.
 */
@RequestScoped
public class PersonalData {

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "hamkori.access.personal-data")
    List<String> roles;

    public boolean readable() {
        return roles.stream().anyMatch(identity::hasRole);
    }
}
