package org.hamkori.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.contract.training.TrainingTopic;

/**
 * Writes a deterministic programme of valid events straight into the topics, as CloudEvents in the binary mode
 * of the services' outbox relay (payload as the value, {@code ce_*} headers, the aggregate id as the key).
 *
 * <p>The events come in units of 100: a centre registered and opened (2), a group formed with 60 members and 25
 * meetings (86), a training session scheduled, 10 trainees certified and the session completed (12). So a
 * million events hold 100,000 certifications.
 *
 * <p>Usage: {@code java -jar bench/target/bench-*.jar <events> [bootstrap servers]}; prints
 * {@code events=<n> certifications=<n> seconds=<s>} when every record is acknowledged.
 */
public final class EventGenerator {

    static final int UNIT = 100;
    static final int MEMBERS_PER_GROUP = 60;
    static final int MEETINGS_PER_GROUP = 25;
    static final int CERTIFICATIONS_PER_SESSION = 10;
    private static final List<String> COURSES = List.of("HMK-CPP", "HMK-PEACE", "HMK-DIALOGUE", "HMK-CONFLICT");
    private static final LocalDate FIRST_DAY = LocalDate.now().minusYears(2);
    /** Each unit is one partner's (its centre's funder, its group's facilitator, its session's), or no partner's: the
     * reports filtered by partner (P11) then select a third of the model, as on a programme of a few partners. */
    private static final List<Optional<String>> PARTNERS =
            List.of(Optional.of("SAFERWORLD"), Optional.of("US_EMBASSY"), Optional.empty());

    private final KafkaProducer<String, byte[]> producer;
    private final Random random = new Random(13);
    private final List<District> districts = ReferenceData.get().districts();
    private final Instant time = Instant.now();
    private final long limit;
    private long sent;
    private long certifications;

    private EventGenerator(KafkaProducer<String, byte[]> producer, long limit) {
        this.producer = producer;
        this.limit = limit;
    }

    public static void main(String[] args) {
        long events = Long.parseLong(args[0]);
        String bootstrap = args.length > 1 ? args[1] : "127.0.0.1:9092";
        Properties config = new Properties();
        config.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024),
                ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"));
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            EventGenerator generator = new EventGenerator(producer, events);
            generator.generate();
            producer.flush();
            System.out.printf("events=%d certifications=%d seconds=%.1f%n", generator.sent, generator.certifications,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private void generate() {
        while (sent < limit) {
            unit();
        }
    }

    private void unit() {
        District district = districts.get(random.nextInt(districts.size()));
        String region = district.regionCode();
        Optional<String> partner = PARTNERS.get(random.nextInt(PARTNERS.size()));
        List<String> funders = partner.map(List::of).orElse(List.of());
        String partnerCode = partner.orElse(null);
        UUID center = uuid();
        LocalDate openedOn = day();
        ConstructionType type = ConstructionType.values()[random.nextInt(ConstructionType.values().length)];
        send(center, 1, new CenterRegistered(center, "BENCH-" + sent, "Bench centre " + sent, region,
                district.code(), null, null, null, type, funders, 10));
        send(center, 2, new CenterOpened(center, openedOn, region, district.code(), type, funders));

        UUID group = uuid();
        long sequence = 1;
        send(group, sequence++, new GroupFormed(group, center, region, district.code(), openedOn, partnerCode));
        for (int i = 0; i < MEMBERS_PER_GROUP; i++) {
            send(group, sequence++, new GroupMemberJoined(group, uuid(),
                    i % 3 == 0 ? MemberRole.POLICE_OFFICER : MemberRole.COMMUNITY_REPRESENTATIVE, sex(), day()));
        }
        for (int i = 0; i < MEETINGS_PER_GROUP; i++) {
            List<RaisedIssue> issues = i % 5 == 0
                    ? List.of(new RaisedIssue(uuid(), IssueCategory.values()[random.nextInt(IssueCategory.values().length)]))
                    : List.of();
            send(group, sequence++, new GroupMeetingHeld(group, uuid(), day(),
                    new MeetingParticipants(random.nextInt(10), random.nextInt(10), random.nextInt(3), random.nextInt(5)),
                    issues));
        }

        UUID session = uuid();
        String course = COURSES.get(random.nextInt(COURSES.size()));
        List<TrainingTopic> topics = List.of(TrainingTopic.COMMUNITY_POLICING_PRINCIPLES);
        LocalDate startsOn = day();
        send(session, 1, new TrainingSessionScheduled(session, course, topics, startsOn, startsOn.plusDays(2), center,
                region, district.code(), partnerCode, 20));
        for (int i = 0; i < CERTIFICATIONS_PER_SESSION; i++) {
            UUID certificate = uuid();
            if (send(certificate, 1, new TraineeCertified(certificate, "B-" + sent, uuid(), session, course, topics,
                    random.nextBoolean() ? TraineeCategory.CITIZEN : TraineeCategory.POLICE_OFFICER, sex(),
                    AgeBand.values()[random.nextInt(AgeBand.values().length)], region, district.code(), partnerCode,
                    day()))) {
                certifications++;
            }
        }
        send(session, 2, new TrainingSessionCompleted(session, startsOn.plusDays(2), 20, CERTIFICATIONS_PER_SESSION));
    }

    /** Sends the event unless the limit is reached; true when it was sent. */
    private boolean send(UUID subject, long sequence, DomainEvent event) {
        if (sent >= limit) {
            return false;
        }
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, uuid().toString());
        header(headers, CloudEventHeaders.TYPE, event.eventType().ceType());
        header(headers, CloudEventHeaders.SOURCE, event.eventType().context().source());
        header(headers, CloudEventHeaders.SUBJECT, subject.toString());
        header(headers, CloudEventHeaders.TIME, time.toString());
        header(headers, CloudEventHeaders.SEQUENCE, Long.toString(sequence));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(new ProducerRecord<>(event.eventType().context().topic(), null, subject.toString(),
                EventJson.write(event).getBytes(StandardCharsets.UTF_8), headers));
        sent++;
        return true;
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private UUID uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private LocalDate day() {
        return FIRST_DAY.plusDays(random.nextInt(700));
    }

    private Sex sex() {
        return random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    }
}
