package org.hamkori.groups;

import java.time.LocalDate;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.MemberRole;

/** Who joins a group; name, rank, affiliation and phone are personal data and never leave the service in events. */
public record MemberDetails(String fullName, Sex sex, MemberRole role, String rank, String affiliation, String phone,
        LocalDate joinedOn) {
}
