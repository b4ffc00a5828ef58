package org.hamkori.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;

/**
 * A trainers' register uploaded to register its people as trainees (and enrol them in a session): every row read
 * and checked, possible duplicates found among registered trainees and earlier rows, then committed once, batch by
 * batch, with the trainer's decisions about the duplicates. Kept in the database, so that it outlives a restart and
 * a commit cut short can be resumed.
 */
@Entity
public class TraineeImport {

    /** The most likely candidates a row shows; more would not help a trainer decide. */
    static final int SHOWN_CANDIDATES = 5;

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public ImportStatus status;
    public UUID sessionId;
    public String fileName;
    public Instant uploadedAt;
    public Instant committedAt;
    public String commitKey;
    public String commitRequestHash;
    @Version
    public long version;
    @OneToMany(mappedBy = "traineeImport", cascade = CascadeType.PERSIST)
    @OrderBy("rowNumber")
    public List<ImportRow> rows = new ArrayList<>();

    /**
     * Reads the register's lines and finds who each valid one may duplicate among the registered trainees born in
     * the years asked of {@code bornIn} (within a year of some row's) and among the rows above it. A row in a district
     * outside {@code regions} (the uploader's, when region-scoped) is invalid.
     */
    public static TraineeImport validate(UUID sessionId, String fileName, List<RegisterLine> lines,
            Optional<Set<String>> regions, Function<Set<Integer>, List<RegisteredTrainee>> bornIn) {
        TraineeImport traineeImport = new TraineeImport();
        traineeImport.id = UUID.randomUUID();
        traineeImport.status = ImportStatus.VALIDATED;
        traineeImport.sessionId = sessionId;
        traineeImport.fileName = fileName;
        traineeImport.uploadedAt = Instant.now();
        List<RegisterEntry> entries = lines.stream()
                .map(line -> RegisterEntry.read(line.row(), line.cells()).within(regions)).toList();
        Set<Integer> nearYears = entries.stream().filter(RegisterEntry::isValid)
                .flatMap(entry -> Stream.of(entry.birthYear() - 1, entry.birthYear(), entry.birthYear() + 1))
                .collect(Collectors.toSet());
        PeopleKnown known = new PeopleKnown();
        bornIn.apply(nearYears).forEach(trainee -> known.add(trainee.details(), DuplicateCandidate.registered(trainee)));
        for (int i = 0; i < lines.size(); i++) {
            RegisterEntry entry = entries.get(i);
            Shortlist candidates = new Shortlist();
            if (entry.isValid()) {
                PersonDetails details = entry.details();
                known.whoMayBe(details).forEach(someone -> details.duplicateScore(someone.details()).ifPresent(score ->
                        candidates.offer(someone.candidate().scored(score, details.isExactly(someone.details())))));
                known.add(details, DuplicateCandidate.earlierRow(entry));
            }
            traineeImport.rows.add(ImportRow.of(traineeImport, lines.get(i), entry, candidates.shown()));
        }
        return traineeImport;
    }

    /**
     * The {@value #SHOWN_CANDIDATES} most likely candidates of a row, best first: exact ones, then by score, and among
     * equals the one found first. Only those are kept, however many a row has (a register listing one person a
     * thousand times).
     */
    private static final class Shortlist {
        private static final Comparator<DuplicateCandidate> BEST_FIRST = Comparator.comparing(DuplicateCandidate::exact)
                .thenComparingDouble(DuplicateCandidate::score).reversed();
        private final List<DuplicateCandidate> best = new ArrayList<>(SHOWN_CANDIDATES + 1);

        void offer(DuplicateCandidate candidate) {
            int at = best.size();
            while (at > 0 && BEST_FIRST.compare(best.get(at - 1), candidate) > 0) {
                at--;
            }
            if (at < SHOWN_CANDIDATES) {
                best.add(at, candidate);
                if (best.size() > SHOWN_CANDIDATES) {
                    best.remove(SHOWN_CANDIDATES);
                }
            }
        }

        List<DuplicateCandidate> shown() {
            return List.copyOf(best);
        }
    }

    /** Someone a row may duplicate: what tells them apart (worked out once), and how a row would show them. */
    private record Someone(PersonDetails details, DuplicateCandidate candidate) {
    }

    /**
     * The registered trainees and the rows read so far, by birth year, and by birth year and district: someone born a
     * year apart can only be a duplicate in the same district ({@link PersonDetails#duplicateScore}), so only those
     * are compared.
     */
    private static final class PeopleKnown {
        private final Map<Integer, List<Someone>> byYear = new HashMap<>();
        private final Map<String, List<Someone>> byYearAndDistrict = new HashMap<>();

        void add(PersonDetails details, DuplicateCandidate candidate) {
            Someone someone = new Someone(details, candidate);
            byYear.computeIfAbsent(details.birthYear(), year -> new ArrayList<>()).add(someone);
            byYearAndDistrict.computeIfAbsent(yearAndDistrict(details.birthYear(), details.districtCode()),
                    key -> new ArrayList<>()).add(someone);
        }

        Stream<Someone> whoMayBe(PersonDetails details) {
            return Stream.of(
                    byYearAndDistrict.getOrDefault(yearAndDistrict(details.birthYear() - 1, details.districtCode()),
                            List.of()),
                    byYear.getOrDefault(details.birthYear(), List.of()),
                    byYearAndDistrict.getOrDefault(yearAndDistrict(details.birthYear() + 1, details.districtCode()),
                            List.of()))
                    .flatMap(List::stream);
        }

        private static String yearAndDistrict(int year, String districtCode) {
            return year + " " + districtCode;
        }
    }

    /**
     * Starts the commit with the trainer's decisions, or lets the same commit go on: one cut short (the service
     * stopped) resumes, and one that finished is answered again. {@code key} is the request's Idempotency-Key; a
     * commit with other decisions, or under another key, than the one begun is refused.
     *
     * @return whether rows remain to be applied
     */
    public boolean commit(String key, List<RowDecision> decisions) {
        String requestHash = hash(decisions);
        if (status != ImportStatus.VALIDATED) {
            if (!requestHash.equals(commitRequestHash) || key != null && commitKey != null && !key.equals(commitKey)) {
                throw new BusinessRuleViolation("Import " + id + " is " + status + (commitKey == null ? ""
                        : " under Idempotency-Key " + commitKey) + " with other decisions: it is committed once");
            }
            return status == ImportStatus.COMMITTING;
        }
        Map<Integer, ImportRow> byNumber = rows.stream().collect(Collectors.toMap(r -> r.rowNumber, Function.identity()));
        List<FieldViolation> problems = new ArrayList<>();
        Map<Integer, Integer> decided = new HashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            RowDecision decision = decisions.get(i);
            String field = "decisions[" + i + "]";
            ImportRow row = byNumber.get(decision.row());
            if (row == null) {
                problems.add(new FieldViolation(field, "the register has no row " + decision.row()));
            } else if (decided.putIfAbsent(decision.row(), i) != null) {
                problems.add(new FieldViolation(field, "row " + decision.row() + " is decided twice"));
            } else {
                row.decide(field, decision).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidValues("decisions", problems);
        }
        commitKey = key;
        commitRequestHash = requestHash;
        status = ImportStatus.COMMITTING;
        return true;
    }

    /** Marks the import committed: no row is left to apply. */
    public void committed() {
        status = ImportStatus.COMMITTED;
        committedAt = Instant.now();
    }

    private static String hash(List<RowDecision> decisions) {
        String canonical = decisions.stream().sorted(Comparator.comparingInt(RowDecision::row))
                .map(Objects::toString).collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
