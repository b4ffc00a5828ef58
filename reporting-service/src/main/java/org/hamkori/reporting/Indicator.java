package org.hamkori.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The programme's figures of SPEC §7, named by their path in {@code /reports/overview}. Targets, CSV columns,
 * the DHIS2 export and the rebuild comparison all speak of figures by these paths.
 */
public enum Indicator {
    CENTERS_TOTAL("centers.total"),
    CENTERS_OPEN("centers.open"),
    CENTERS_UNDER_RENOVATION("centers.underRenovation"),
    CENTERS_CLOSED("centers.closed"),
    CENTERS_NEW_BUILD("centers.newBuild"),
    CENTERS_RENOVATED("centers.renovated"),
    CENTERS_RENOVATIONS_COMPLETED("centers.renovationsCompleted"),
    GROUPS_ACTIVE("groups.active"),
    GROUPS_DISSOLVED("groups.dissolved"),
    MEMBERS_TOTAL("groups.members.total"),
    MEMBERS_POLICE("groups.members.police"),
    MEMBERS_COMMUNITY("groups.members.community"),
    MEMBERS_FEMALE("groups.members.female"),
    MEMBERS_MALE("groups.members.male"),
    MEETINGS_HELD("meetings.held"),
    MEETINGS_PARTICIPANTS("meetings.participants"),
    ISSUES_RAISED("issues.raised"),
    ISSUES_RESOLVED("issues.resolved"),
    ISSUES_REFERRED("issues.referred"),
    ISSUES_IN_PROGRESS("issues.inProgress"),
    ISSUES_OVERDUE_ACTIONS("issues.overdueActions"),
    TRAINING_SESSIONS_COMPLETED("training.sessionsCompleted"),
    TRAINING_CERTIFIED("training.certified"),
    TRAINING_POLICE("training.police"),
    TRAINING_CITIZENS("training.citizens"),
    TRAINING_FEMALE("training.female"),
    TRAINING_MALE("training.male");

    private final String path;

    Indicator(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<Indicator> byPath(String path) {
        return Arrays.stream(values()).filter(i -> i.path.equals(path)).findFirst();
    }
}
