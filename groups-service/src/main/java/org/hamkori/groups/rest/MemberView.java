package org.hamkori.groups.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.groups.Member;

/**
 * A member as the API shows it. The personal fields are absent for roles that may not read them
 * ({@link org.hamkori.kit.security.PersonalData}) and when they were not recorded.
 */
public record MemberView(UUID id, UUID groupId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String fullName,
        Sex sex, MemberRole role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rank,
        @JsonInclude(JsonInclude.Include.NON_NULL) String affiliation,
        @JsonInclude(JsonInclude.Include.NON_NULL) String phone,
        LocalDate joinedOn, LocalDate leftOn, boolean current) {

    static MemberView of(Member m, boolean withPersonalData) {
        return withPersonalData
                ? new MemberView(m.id, m.groupId, m.fullName, m.sex, m.role, m.rank, m.affiliation, m.phone, m.joinedOn,
                        m.leftOn, m.isCurrent())
                : new MemberView(m.id, m.groupId, null, m.sex, m.role, null, null, null, m.joinedOn, m.leftOn,
                        m.isCurrent());
    }
}
