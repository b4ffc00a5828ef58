package org.hamkori.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.scenario.Scenario.Center;
import org.hamkori.scenario.Scenario.Course;
import org.hamkori.scenario.Scenario.Group;
import org.hamkori.scenario.Scenario.Issue;
import org.hamkori.scenario.Scenario.Meeting;
import org.hamkori.scenario.Scenario.Member;
import org.hamkori.scenario.Scenario.Renovation;
import org.hamkori.scenario.Scenario.Resolution;
import org.hamkori.scenario.Scenario.Revocation;
import org.hamkori.scenario.Scenario.Session;
import org.hamkori.scenario.Scenario.Trainee;

/**
 * Derives the programme from a seed and a scale, one {@link Random} drawn in a fixed order, so that a seed always
 * gives the same scenario. At scale 1 it is the programme as reported: 54 centres across every
 * region, the five opened on 21 June 2021 among them and border districts among the rest, new builds and
 * renovations opened from 2010, a few renovated and one under renovation now; 37 active groups (and one dissolved
 * years ago) with members, meetings and safety issues; and over 3,000 people certified by Saferworld's sessions at
 * the centres, with the ministry's own sessions for its officers beside them, some failing and a few certificates
 * revoked. A smaller scale keeps that shape with fewer of each.
 *
 * <p>Whose results they are follows the programme's public record (NIAT Khovar, 23 June 2021): the US Embassy built
 * or renovated the 54 centres (every centre names {@value #EMBASSY} among its funding partners) and formed the 37
 * groups (their facilitating partner); Saferworld trained more than 3,000 citizens and police officers (the partner
 * of its sessions). The same article credits Saferworld with forming the groups as well, but a group has one
 * facilitating partner; the one dissolved group, which the record does not mention, is {@value #OSCE}'s.
 */
public final class ScenarioGenerator {

    public static final long MAX_SEED = 999_999_999L;
    public static final LocalDate JUNE_2021_OPENING = LocalDate.of(2021, 6, 21);
    public static final List<String> JUNE_2021_DISTRICTS = List.of("KHATLON.QUBODIYON", "KHATLON.JAYHUN",
            "KHATLON.FARKHOR", "SUGHD.ISTARAVSHAN", "SUGHD.ISFARA");

    static final String EMBASSY = "US_EMBASSY";
    static final String SAFERWORLD = "SAFERWORLD";
    static final String MINISTRY = "MVD";
    static final String OSCE = "OSCE";

    static final int FULL_CENTERS = 54;
    static final int FULL_ACTIVE_GROUPS = 37;
    static final int FULL_COMPLETED_RENOVATIONS = 4;
    static final int FULL_REVOCATIONS = 12;
    /**
     * People certified by Saferworld's sessions and still holding their certificate at scale 1: over the 3,000 the
     * programme reported. The ministry's own sessions certify some hundreds more.
     */
    static final int FULL_CERTIFIED = 3_040;
    /** Of every hundred sessions, how many are the ministry's own (for its officers); Saferworld holds the rest. */
    private static final int MINISTRY_SESSIONS_PERCENT = 12;
    /** The five June 2021 openings, and a centre in each region they leave out (DUSHANBE, GBAO, RRS). */
    static final int MIN_CENTERS = 8;
    static final int MIN_ACTIVE_GROUPS = 3;

    private static final LocalDate FIRST_OPENING = LocalDate.of(2010, 3, 1);
    private static final LocalDate LAST_EARLIER_OPENING = LocalDate.of(2021, 5, 31);
    private static final LocalDate FIRST_TRAINING = LocalDate.of(2012, 9, 1);
    private static final LocalDate CURRENT_RENOVATIONS_FROM = LocalDate.of(2026, 1, 12);
    private static final LocalDate END = Scenario.PROGRAMME_END;

    static final List<Course> COURSES = List.of(
            new Course("HMK-CPP", "Principles and tools of police–public cooperation",
                    List.of(TrainingTopic.COMMUNITY_POLICING_PRINCIPLES), 24, 60),
            new Course("HMK-PEACE", "Peacebuilding in local communities", List.of(TrainingTopic.PEACEBUILDING), 16, 60),
            new Course("HMK-DIALOGUE", "Dialogue between the police and the public", List.of(TrainingTopic.DIALOGUE),
                    16, 60),
            new Course("HMK-CONFLICT", "Conflict analysis for community safety",
                    List.of(TrainingTopic.CONFLICT_ANALYSIS), 16, 65),
            new Course("HMK-TOT", "Community policing: training of trainers", List.of(
                    TrainingTopic.COMMUNITY_POLICING_PRINCIPLES, TrainingTopic.PEACEBUILDING, TrainingTopic.DIALOGUE,
                    TrainingTopic.CONFLICT_ANALYSIS), 40, 70));
    private static final int[] COURSE_WEIGHTS = {40, 20, 20, 15, 5};

    private static final List<String> STREETS = List.of("Rudaki", "Ismoili Somoni", "Ayni", "Firdavsi", "Navoi",
            "Ibni Sino", "Istiqlol", "Dusti", "Bokhtar", "Mirzo Tursunzoda");
    /** Reason codes of SPEC §6 with the note a trainer would add. */
    private static final List<List<String>> REVOCATION_REASONS = List.of(
            List.of("ISSUED_IN_ERROR", "Attendance sheet corrected: the trainee missed the final day"),
            List.of("DUPLICATE", "The trainee was registered twice"),
            List.of("OTHER", "Results re-marked after a complaint"));

    /** The user name of the demo trainer, who signs in to record the sessions' results. */
    static final String DEMO_TRAINER = "trainer";

    private final Random random;
    private final IssueFollowUps issueFollowUps;
    private final People people;
    private final double scale;

    private ScenarioGenerator(long seed, double scale) {
        this.random = new Random(seed);
        this.issueFollowUps = new IssueFollowUps(seed);
        this.people = new People(random);
        this.scale = scale;
    }

    /**
     * The scenario of {@code seed} (0–{@value #MAX_SEED}) at {@code scale} (rounded to thousandths, above 0);
     * its dates all lie on or before {@link Scenario#PROGRAMME_END}.
     */
    public static Scenario generate(long seed, double scale) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("the seed must be from 0 to " + MAX_SEED + ", not " + seed);
        }
        long permille = Math.round(scale * 1000);
        if (permille <= 0 || permille > 10_000) {
            throw new IllegalArgumentException("the scale must be above 0 and at most 10, not " + scale);
        }
        String tag = permille == 1000 ? Long.toString(seed) : seed + "S" + permille;
        return new ScenarioGenerator(seed, permille / 1000.0).scenario(seed, tag);
    }

    private Scenario scenario(long seed, String tag) {
        List<Center> centers = centers(tag, Math.max(MIN_CENTERS, scaled(FULL_CENTERS)));
        List<Group> groups = groups(centers, Math.max(MIN_ACTIVE_GROUPS, scaled(FULL_ACTIVE_GROUPS)));
        List<Session> sessions = sessions(centers, scaled(FULL_CERTIFIED), Math.max(1, scaled(FULL_REVOCATIONS)));
        return new Scenario(seed, scale, tag, centers, groups, COURSES, sessions);
    }

    // ------------------------------------------------------------------------------------------ centres

    private List<Center> centers(String tag, int count) {
        List<District> districts = centerDistricts(count);
        record Draft(District district, LocalDate openedOn, ConstructionType type, List<String> partners) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (District district : districts) {
            boolean june2021 = drafts.size() < JUNE_2021_DISTRICTS.size();
            LocalDate openedOn = june2021 ? JUNE_2021_OPENING : between(FIRST_OPENING, LAST_EARLIER_OPENING);
            ConstructionType type = june2021 || percent(50) ? ConstructionType.NEW_BUILD : ConstructionType.RENOVATION;
            drafts.add(new Draft(district, openedOn, type, june2021 ? List.of(EMBASSY, MINISTRY) : fundingPartners()));
        }
        // numbered in the order they opened; the sort is stable, so the five of 21 June 2021 keep theirs
        drafts.sort(Comparator.comparing(Draft::openedOn));
        Map<String, Integer> perDistrict = new HashMap<>();
        List<Center> centers = new ArrayList<>();
        for (Draft draft : drafts) {
            int number = centers.size() + 1;
            int inDistrict = perDistrict.merge(draft.district().code(), 1, Integer::sum);
            String place = draft.district().name().en();
            DistrictSeats.Position position = DistrictSeats.position(draft.district(), inDistrict);
            centers.add(new Center(number, String.format("HMK-%s-%02d", tag, number),
                    "Police–public interaction centre " + place + (inDistrict > 1 ? " No. " + inDistrict : ""),
                    draft.district(), place, pick(STREETS) + " street " + (1 + random.nextInt(120)),
                    position.latitude(), position.longitude(), draft.type(), draft.partners(),
                    3 + random.nextInt(6), draft.openedOn(), null));
        }
        return withRenovations(centers);
    }

    /**
     * The five districts of June 2021, then one district in each region they leave out (in GBAO on the
     * border), then the other border districts, then the rest; round again if there are more centres than districts.
     */
    private List<District> centerDistricts(int count) {
        ReferenceData reference = ReferenceData.get();
        List<District> ordered = new ArrayList<>();
        JUNE_2021_DISTRICTS.forEach(code -> ordered.add(reference.district(code).orElseThrow()));
        Set<String> june2021Regions = ordered.stream().map(District::regionCode).collect(Collectors.toSet());
        List<District> others = new ArrayList<>(reference.districts().stream()
                .filter(d -> !JUNE_2021_DISTRICTS.contains(d.code())).toList());
        Collections.shuffle(others, random);
        for (var region : reference.regions()) {
            if (!june2021Regions.contains(region.code())) {
                Predicate<District> inRegion = d -> d.regionCode().equals(region.code());
                District chosen = others.stream().filter(inRegion.and(District::afghanBorder)).findFirst()
                        .orElseGet(() -> others.stream().filter(inRegion).findFirst().orElseThrow());
                ordered.add(chosen);
                others.remove(chosen);
            }
        }
        others.stream().filter(District::afghanBorder).forEach(ordered::add);
        others.stream().filter(d -> !d.afghanBorder()).forEach(ordered::add);
        List<District> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(ordered.get(i % ordered.size()));
        }
        return chosen;
    }

    /** The US Embassy built or renovated every centre; the ministry and other partners co-funded some. */
    private List<String> fundingPartners() {
        List<String> partners = new ArrayList<>(List.of(EMBASSY));
        if (percent(70)) {
            partners.add(MINISTRY);
        }
        if (percent(20)) {
            partners.add(SAFERWORLD);
        }
        if (percent(10)) {
            partners.add(OSCE);
        }
        return partners;
    }

    /** A few centres opened before June 2021 were renovated since, and one is being renovated now. */
    private List<Center> withRenovations(List<Center> centers) {
        List<Center> earlier = new ArrayList<>(centers.stream()
                .filter(c -> c.openedOn().isBefore(JUNE_2021_OPENING)).toList());
        Collections.shuffle(earlier, random);
        int completed = Math.min(earlier.size() - 1, Math.max(1, scaled(FULL_COMPLETED_RENOVATIONS)));
        Map<Integer, Renovation> renovations = new HashMap<>();
        for (int i = 0; i <= completed; i++) {
            Center center = earlier.get(i);
            if (i < completed) {
                LocalDate startedOn = between(center.openedOn().plusYears(2),
                        min(center.openedOn().plusYears(8), END.minusYears(1)));
                renovations.put(center.number(), new Renovation(startedOn,
                        startedOn.plusDays(120 + random.nextInt(150)), List.of(percent(60) ? EMBASSY : OSCE)));
            } else {
                renovations.put(center.number(), new Renovation(between(CURRENT_RENOVATIONS_FROM, END), null,
                        List.of()));
            }
        }
        return centers.stream().map(c -> renovations.containsKey(c.number())
                ? new Center(c.number(), c.code(), c.name(), c.district(), c.settlement(), c.address(),
                        c.latitude(), c.longitude(), c.constructionType(), c.fundingPartners(), c.workplaces(),
                        c.openedOn(), renovations.get(c.number()))
                : c).toList();
    }

    // ------------------------------------------------------------------------------------------ groups

    /**
     * Active groups at the open centres, the June 2021 ones and the border first, formed by the US Embassy's
     * programme, and one group of an early centre that was dissolved years ago, formed by another partner.
     */
    private List<Group> groups(List<Center> centers, int activeCount) {
        List<Center> open = centers.stream().filter(Center::endsOpen).toList();
        List<Center> hosts = new ArrayList<>(open.stream()
                .filter(c -> c.openedOn().equals(JUNE_2021_OPENING)).toList());
        List<Center> border = new ArrayList<>(open.stream()
                .filter(c -> !hosts.contains(c) && c.district().afghanBorder()).toList());
        List<Center> rest = new ArrayList<>(open.stream()
                .filter(c -> !hosts.contains(c) && !c.district().afghanBorder()).toList());
        Collections.shuffle(border, random);
        Collections.shuffle(rest, random);
        hosts.addAll(border);
        hosts.addAll(rest);
        Map<String, Integer> perDistrict = new HashMap<>();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < activeCount; i++) {
            groups.add(group(groups.size() + 1, hosts.get(i % hosts.size()), perDistrict, false));
        }
        Center earliest = open.stream().filter(c -> !c.openedOn().equals(JUNE_2021_OPENING))
                .min(Comparator.comparing(Center::openedOn)).orElse(open.get(0));
        groups.add(group(groups.size() + 1, earliest, perDistrict, true));
        return groups;
    }

    private Group group(int number, Center center, Map<String, Integer> perDistrict, boolean dissolvedSince) {
        int inDistrict = perDistrict.merge(center.district().code(), 1, Integer::sum);
        String name = center.district().name().en() + " police–public interaction group"
                + (inDistrict > 1 ? " No. " + inDistrict : "");
        LocalDate formedOn = min(center.openedOn().plusDays(20 + random.nextInt(180)), END.minusDays(180));
        String partner = dissolvedSince ? OSCE : EMBASSY;
        LocalDate activeUntil = dissolvedSince
                ? min(formedOn.plusYears(3).plusDays(random.nextInt(730)), END.minusDays(90))
                : END;
        boolean border = center.district().afghanBorder();
        List<Member> members = members(center, formedOn, activeUntil);
        List<Meeting> meetings = meetings(formedOn, activeUntil, border);
        LocalDate dissolvedOn = dissolvedSince
                ? lastActivity(formedOn, members, meetings).plusDays(14 + random.nextInt(47))
                : null;
        return new Group(number, center, name, formedOn, partner, members, meetings, dissolvedOn);
    }

    /**
     * 8–16 founding members and up to 3 who joined later; the first a police officer, the second a community
     * representative, then about 2 in 5 police. Police officers are mostly men, community representatives nearly
     * half women. About one in twelve has left since.
     */
    private List<Member> members(Center center, LocalDate formedOn, LocalDate activeUntil) {
        int founders = 8 + random.nextInt(9);
        int total = founders + random.nextInt(4);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            MemberRole role = i == 0 || (i > 1 && percent(40)) ? MemberRole.POLICE_OFFICER
                    : MemberRole.COMMUNITY_REPRESENTATIVE;
            boolean police = role == MemberRole.POLICE_OFFICER;
            Sex sex = percent(police ? 15 : 45) ? Sex.FEMALE : Sex.MALE;
            LocalDate joinedOn = i < founders ? formedOn.plusDays(random.nextInt(46))
                    : between(formedOn.plusDays(90), activeUntil.minusDays(30));
            LocalDate leftOn = percent(8) && joinedOn.plusDays(180).isBefore(activeUntil)
                    ? between(joinedOn.plusDays(180), activeUntil)
                    : null;
            members.add(new Member(i + 1, people.fullName(sex), sex, role, police ? people.rank() : null,
                    police ? center.district().name().en() + " district police department"
                            : people.communityAffiliation(),
                    people.phone(85), joinedOn, leftOn));
        }
        return members;
    }

    /** Meetings about every four to five months, each raising up to three issues; most are closed within months. */
    private List<Meeting> meetings(LocalDate formedOn, LocalDate activeUntil, boolean border) {
        double years = ChronoUnit.DAYS.between(formedOn, activeUntil) / 365.0;
        int count = Math.max(4, Math.min(16, (int) Math.round(years * 2.5) - 1 + random.nextInt(4)));
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(between(formedOn.plusDays(14), activeUntil));
        }
        Collections.sort(days);
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate heldOn : days) {
            int police = 2 + random.nextInt(7);
            int community = 4 + random.nextInt(17);
            int female = bernoulli(police, 15) + bernoulli(community, 45);
            int issues = weightedIndex(new int[] {25, 40, 25, 10});
            List<Issue> raised = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                IssueCategory category = SafetyIssueTexts.category(random, border);
                String description = SafetyIssueTexts.description(random, category);
                raised.add(issueFollowUps.followedUp(category, description, heldOn, resolution(heldOn, activeUntil),
                        activeUntil));
            }
            meetings.add(new Meeting(meetings.size() + 1, heldOn, female, police + community - female, police,
                    community, raised));
        }
        return meetings;
    }

    /** Three in five issues are resolved by the group, one in eight referred; the rest stay open. */
    private Resolution resolution(LocalDate raisedOn, LocalDate activeUntil) {
        int draw = random.nextInt(100);
        LocalDate resolvedOn = raisedOn.plusDays(7 + random.nextInt(144));
        if (draw >= 74 || resolvedOn.isAfter(activeUntil)) {
            return null;
        }
        IssueStatus status = draw < 62 ? IssueStatus.RESOLVED : IssueStatus.REFERRED;
        return new Resolution(resolvedOn, status, SafetyIssueTexts.outcome(random, status));
    }

    private static LocalDate lastActivity(LocalDate formedOn, List<Member> members, List<Meeting> meetings) {
        LocalDate last = formedOn;
        for (Member member : members) {
            last = max(last, member.leftOn() == null ? member.joinedOn() : member.leftOn());
        }
        for (Meeting meeting : meetings) {
            last = max(last, meeting.heldOn());
            for (Issue issue : meeting.issues()) {
                if (issue.resolution() != null) {
                    last = max(last, issue.resolution().resolvedOn());
                }
                if (issue.reopening() != null) {
                    last = max(last, issue.reopening().reopenedOn());
                }
                for (Scenario.Action action : issue.actions()) {
                    last = max(last, action.completedOn() == null ? action.agreedOn() : action.completedOn());
                }
            }
        }
        return last;
    }

    // ------------------------------------------------------------------------------------------ training

    /**
     * Sessions at open centres until Saferworld's have certified {@code certified} people besides the certificates
     * revoked (whoever's they turn out to be), so that at least {@code certified} still hold one of Saferworld's.
     */
    private List<Session> sessions(List<Center> centers, int certified, int revocations) {
        List<Center> venues = centers.stream().filter(Center::endsOpen).toList();
        List<Session> sessions = new ArrayList<>();
        int passedWithSaferworld = 0;
        int traineeNumber = 0;
        while (passedWithSaferworld < certified + revocations) {
            Session session = session(sessions.size() + 1, pick(venues), traineeNumber);
            traineeNumber += session.trainees().size();
            if (SAFERWORLD.equals(session.partnerCode())) {
                passedWithSaferworld += (int) session.trainees().stream()
                        .filter(t -> session.course().passes(t.attendedHours(), t.score())).count();
            }
            sessions.add(session);
        }
        return withRevocations(sessions, revocations);
    }

    private Session session(int number, Center center, int traineesBefore) {
        Course course = weighted(COURSES, COURSE_WEIGHTS);
        int days = (course.hours() + 7) / 8;
        LocalDate startsOn = between(max(FIRST_TRAINING, center.openedOn().plusDays(30)), END.minusDays(days));
        Renovation renovation = center.renovation();
        if (renovation != null && !startsOn.isBefore(renovation.startedOn().minusDays(days))
                && !startsOn.isAfter(renovation.completedOn())) {
            startsOn = renovation.completedOn().plusDays(14);
        }
        LocalDate endsOn = startsOn.plusDays(days - 1L);
        String partner = percent(MINISTRY_SESSIONS_PERCENT) ? MINISTRY : SAFERWORLD;
        // a session's trainers are user names and own it: the demo user who records the results leads every session
        List<String> trainers = new ArrayList<>(List.of(DEMO_TRAINER, people.fullName(percent(40) ? Sex.FEMALE : Sex.MALE)));
        if (percent(50)) {
            trainers.add(people.fullName(percent(40) ? Sex.FEMALE : Sex.MALE));
        }
        int capacity = 24 + random.nextInt(7);
        int enrolled = capacity - random.nextInt(6);
        // the ministry's own sessions are mostly for police officers; the partners' mostly for citizens
        int policePercent = MINISTRY.equals(partner) ? 70 + random.nextInt(31) : 5 + random.nextInt(26);
        List<Trainee> trainees = new ArrayList<>();
        for (int i = 0; i < enrolled; i++) {
            trainees.add(trainee(traineesBefore + i + 1, course, startsOn.getYear(), percent(policePercent)));
        }
        return new Session(number, course, center, startsOn, endsOn, "Training room of the centre", partner,
                List.copyOf(trainers), capacity, trainees);
    }

    /**
     * A citizen (16–65, most of them young adults; nearly half women) or a police officer (21–55, mostly men).
     * About one in sixteen fails: by attendance below 80 % or by a score below the pass mark.
     */
    private Trainee trainee(int number, Course course, int year, boolean police) {
        Sex sex = percent(police ? 12 : 48) ? Sex.FEMALE : Sex.MALE;
        int age = police ? 21 + random.nextInt(35)
                : percent(70) ? 16 + random.nextInt(20) : 36 + random.nextInt(30);
        int halfHours = course.hours() * 2;
        int requiredHalfHours = (halfHours * 80 + 99) / 100;
        boolean fails = percent(6);
        boolean failsAttendance = fails && percent(35);
        int attended = failsAttendance ? halfHours * 2 / 5 + random.nextInt(requiredHalfHours - halfHours * 2 / 5)
                : requiredHalfHours + random.nextInt(halfHours - requiredHalfHours + 1);
        int score = fails && !failsAttendance ? 20 + random.nextInt(course.passMark() - 20)
                : course.passMark() + random.nextInt(101 - course.passMark());
        return new Trainee(number, people.fullName(sex), sex, year - age,
                police ? TraineeCategory.POLICE_OFFICER : TraineeCategory.CITIZEN, people.phone(60),
                BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(2)),
                BigDecimal.valueOf(score), null);
    }

    /** Revokes a few certificates, weeks after their session. */
    private List<Session> withRevocations(List<Session> sessions, int revocations) {
        Map<Integer, Revocation> revoked = new HashMap<>();
        List<Trainee> passing = sessions.stream()
                .flatMap(s -> s.trainees().stream().filter(t -> s.course().passes(t.attendedHours(), t.score())))
                .toList();
        Map<Integer, Session> sessionOf = new HashMap<>();
        sessions.forEach(s -> s.trainees().forEach(t -> sessionOf.put(t.number(), s)));
        while (revoked.size() < revocations) {
            Trainee trainee = pick(passing);
            LocalDate revokedOn = min(sessionOf.get(trainee.number()).endsOn().plusDays(14 + random.nextInt(77)), END);
            List<String> reason = pick(REVOCATION_REASONS);
            revoked.putIfAbsent(trainee.number(), new Revocation(revokedOn, reason.get(0), reason.get(1)));
        }
        return sessions.stream().map(s -> new Session(s.number(), s.course(), s.center(), s.startsOn(), s.endsOn(),
                s.venue(), s.partnerCode(), s.trainers(), s.capacity(), s.trainees().stream()
                        .map(t -> revoked.containsKey(t.number())
                                ? new Trainee(t.number(), t.fullName(), t.sex(), t.birthYear(), t.category(),
                                        t.phone(), t.attendedHours(), t.score(), revoked.get(t.number()))
                                : t)
                        .toList()))
                .toList();
    }

    // ------------------------------------------------------------------------------------------ draws

    private int scaled(int full) {
        return (int) Math.round(full * scale);
    }

    private boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    private int bernoulli(int trials, int percentChance) {
        int hits = 0;
        for (int i = 0; i < trials; i++) {
            hits += percent(percentChance) ? 1 : 0;
        }
        return hits;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T weighted(List<T> items, int[] weights) {
        return items.get(weightedIndex(weights));
    }

    private int weightedIndex(int[] weights) {
        int draw = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** A day from {@code from} to {@code to}, both included. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days < 0) {
            throw new IllegalStateException("empty period " + from + " – " + to);
        }
        return from.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
