package org.hamkori.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TrainingTopic;

/**
 * The whole programme as it should exist once loaded: what {@link ScenarioGenerator} derived from a seed and
 * a scale. Everything the loader sends, and every total it prints, follows from this plan alone.
 *
 * @param tag names this scenario in idempotency keys and centre codes, so that scenarios of other seeds or
 *            scales never collide with it
 */
public record Scenario(long seed, double scale, String tag, List<Center> centers, List<Group> groups,
        List<Course> courses, List<Session> sessions) {

    /** The last day anything in the scenario happens; every date is on or before it. */
    public static final LocalDate PROGRAMME_END = LocalDate.of(2026, 6, 30);

    public String key(String what) {
        return "demo-" + tag + "-" + what;
    }

    /** A centre; it stands at {@code latitude}, {@code longitude}, near its district's seat ({@link DistrictSeats}). */
    public record Center(int number, String code, String name, District district, String settlement,
            String address, BigDecimal latitude, BigDecimal longitude, ConstructionType constructionType,
            List<String> fundingPartners, int workplaces, LocalDate openedOn, Renovation renovation) {

        /** Whether the centre ends the scenario open (not in the middle of a renovation). */
        public boolean endsOpen() {
            return renovation == null || renovation.completedOn() != null;
        }
    }

    /** A renovation of an open centre; {@code completedOn} is null while it is still under way. */
    public record Renovation(LocalDate startedOn, LocalDate completedOn, List<String> fundingPartners) {
    }

    /** A group; {@code dissolvedOn} is null for a group that is still active. */
    public record Group(int number, Center center, String name, LocalDate formedOn, String facilitatingPartner,
            List<Member> members, List<Meeting> meetings, LocalDate dissolvedOn) {

        public boolean active() {
            return dissolvedOn == null;
        }
    }

    /** A member; {@code rank} only for police officers, {@code leftOn} null while still a member. */
    public record Member(int number, String fullName, Sex sex, MemberRole role, String rank, String affiliation,
            String phone, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** A meeting; everyone is counted once by sex and once by side, so female + male = police + community. */
    public record Meeting(int number, LocalDate heldOn, int female, int male, int police, int community,
            List<Issue> issues) {

        public int participants() {
            return female + male;
        }
    }

    /**
     * A safety issue raised at a meeting: the actions agreed on it, the follow-up meetings, its resolution (null while
     * it stays open) and, for a problem that came back after it was resolved, its reopening (then it is open again).
     */
    public record Issue(IssueCategory category, String description, List<Action> actions, List<FollowUp> followUps,
            Resolution resolution, Reopening reopening) {

        /** Its status once everything above happened. */
        public IssueStatus finalStatus() {
            return resolution == null || reopening != null ? null : resolution.status();
        }
    }

    /** An action agreed on an issue; {@code completedOn} is null while it is pending. */
    public record Action(String description, ResponsibleParty responsible, LocalDate agreedOn, LocalDate dueOn,
            LocalDate completedOn) {
    }

    /** A meeting that went over an issue's progress. */
    public record FollowUp(LocalDate heldOn, String note) {
    }

    /** The problem came back after it was resolved. */
    public record Reopening(LocalDate reopenedOn, String reason) {
    }

    /** How an issue was closed: {@code RESOLVED} by the group or {@code REFERRED} to another body. */
    public record Resolution(LocalDate resolvedOn, IssueStatus status, String outcome) {
    }

    public record Course(String code, String title, List<TrainingTopic> topics, int hours, int passMark) {

        /** The certification rule of SPEC §6: attended at least 80 % of the hours and scored at least the pass mark. */
        public boolean passes(BigDecimal attendedHours, BigDecimal score) {
            return attendedHours.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(hours * 80L)) >= 0
                    && score.compareTo(BigDecimal.valueOf(passMark)) >= 0;
        }
    }

    /** A session at a centre, with the trainees it enrols and their results; completed on {@code endsOn}. */
    public record Session(int number, Course course, Center center, LocalDate startsOn, LocalDate endsOn,
            String venue, String partnerCode, List<String> trainers, int capacity, List<Trainee> trainees) {
    }

    /** A trainee of one session, with their result; {@code revocation} only for a certificate later revoked. */
    public record Trainee(int number, String fullName, Sex sex, int birthYear, TraineeCategory category,
            String phone, BigDecimal attendedHours, BigDecimal score, Revocation revocation) {
    }

    public record Revocation(LocalDate revokedOn, String reasonCode, String note) {
    }
}
