package org.hamkori.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.BusinessRuleViolation;

/** A police officer or community representative in a group; changed only through its {@link Group}. */
@Entity
@Table(name = "group_member")
public class Member {

    @Id
    public UUID id;
    public UUID groupId;
    @Personal
    public String fullName;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Enumerated(EnumType.STRING)
    public MemberRole role;
    @Personal
    public String rank;
    @Personal
    public String affiliation;
    @Personal
    public String phone;
    public LocalDate joinedOn;
    public LocalDate leftOn;

    public static Member of(UUID groupId, MemberDetails details) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.groupId = groupId;
        member.fullName = details.fullName();
        member.sex = details.sex();
        member.role = details.role();
        member.rank = details.rank();
        member.affiliation = details.affiliation();
        member.phone = details.phone();
        member.joinedOn = details.joinedOn();
        return member;
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    void leave(LocalDate leftOn) {
        if (!isCurrent()) {
            throw new BusinessRuleViolation("Member " + id + " already left the group on " + this.leftOn);
        }
        if (leftOn.isBefore(joinedOn)) {
            throw new BusinessRuleViolation("A member cannot leave before joining on " + joinedOn);
        }
        this.leftOn = leftOn;
    }
}
