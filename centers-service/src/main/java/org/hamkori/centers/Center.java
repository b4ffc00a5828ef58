package org.hamkori.centers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.kit.reference.Place;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A police–public interaction centre. Its lifecycle is
 * {@code PLANNED → OPEN → (UNDER_RENOVATION → OPEN)* → CLOSED}; every change returns the event that
 * records it, and any other move is refused.
 */
@Entity
public class Center implements VersionedAggregate {

    @Id
    public UUID id;
    public String code;
    public String name;
    public String regionCode;
    public String districtCode;
    public String settlement;
    public String address;
    public BigDecimal latitude;
    public BigDecimal longitude;
    @Enumerated(EnumType.STRING)
    public ConstructionType constructionType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fundingPartners;
    public int workplaces;
    @Enumerated(EnumType.STRING)
    public CenterStatus status;
    public LocalDate openedOn;
    public LocalDate renovationStartedOn;
    public LocalDate closedOn;
    /** The latest opening, renovation start or renovation completion: later transitions are not dated before it. */
    public LocalDate lastTransitionOn;
    @Enumerated(EnumType.STRING)
    public ClosureReason closureReason;
    /** What was said about the closure; it may name people, so it stays here and never enters an event. */
    @Personal
    public String closureNote;
    public Instant registeredAt;
    @Version
    public long version;

    public static Center register(CenterDetails details) {
        Center center = new Center();
        center.id = UUID.randomUUID();
        center.status = CenterStatus.PLANNED;
        center.registeredAt = Instant.now();
        center.apply(details);
        return center;
    }

    public CenterRegistered registered() {
        return new CenterRegistered(id, code, name, regionCode, districtCode, settlement, latitude, longitude,
                constructionType, partners(), workplaces);
    }

    /** The change, or nothing when the details are those the centre already has (no event, same version). */
    public Optional<CenterDetailsChanged> changeDetails(CenterDetails details) {
        if (sameAs(details)) {
            return Optional.empty();
        }
        apply(details);
        return Optional.of(new CenterDetailsChanged(id, code, name, regionCode, districtCode, settlement, latitude,
                longitude, constructionType, partners(), workplaces));
    }

    public CenterOpened open(LocalDate openedOn) {
        requireStatus("open", CenterStatus.PLANNED);
        this.status = CenterStatus.OPEN;
        this.openedOn = openedOn;
        this.lastTransitionOn = openedOn;
        return new CenterOpened(id, openedOn, regionCode, districtCode, constructionType, partners());
    }

    public CenterRenovationStarted startRenovation(LocalDate startedOn) {
        requireStatus("start renovating", CenterStatus.OPEN);
        requireNotBefore(startedOn, openedOn, "renovation cannot start before the centre opened on ");
        requireNotBefore(startedOn, lastTransitionOn, "renovation cannot start before the previous renovation completed on ");
        this.status = CenterStatus.UNDER_RENOVATION;
        this.renovationStartedOn = startedOn;
        this.lastTransitionOn = startedOn;
        return new CenterRenovationStarted(id, startedOn);
    }

    public CenterRenovated completeRenovation(LocalDate completedOn, List<String> renovationPartners) {
        requireStatus("complete a renovation of", CenterStatus.UNDER_RENOVATION);
        requireNotBefore(completedOn, renovationStartedOn, "renovation cannot complete before it started on ");
        Set<String> all = new LinkedHashSet<>(partners());
        all.addAll(renovationPartners);
        this.fundingPartners = all.toArray(String[]::new);
        this.status = CenterStatus.OPEN;
        this.lastTransitionOn = completedOn;
        return new CenterRenovated(id, completedOn, List.copyOf(renovationPartners));
    }

    /** The event carries the reason's code only; the note stays with the centre. */
    public CenterClosed close(LocalDate closedOn, ClosureReason reason, String note) {
        if (status != CenterStatus.OPEN && status != CenterStatus.UNDER_RENOVATION) {
            throw new BusinessRuleViolation("Cannot close centre " + code + ": it is " + status
                    + "; only an OPEN or UNDER_RENOVATION centre can be closed");
        }
        requireNotBefore(closedOn, openedOn, "a centre cannot close before it opened on ");
        requireNotBefore(closedOn, lastTransitionOn, "a centre cannot close before its last "
                + (status == CenterStatus.UNDER_RENOVATION ? "renovation started" : "renovation completed") + " on ");
        this.status = CenterStatus.CLOSED;
        this.closedOn = closedOn;
        this.closureReason = reason;
        this.closureNote = note;
        return new CenterClosed(id, closedOn, reason.name());
    }

    public List<String> partners() {
        return fundingPartners == null ? List.of() : Arrays.asList(fundingPartners);
    }

    @Override
    public long currentVersion() {
        return version;
    }

    private boolean sameAs(CenterDetails details) {
        return details.code().equals(code) && details.name().equals(name)
                && details.place().regionCode().equals(regionCode) && details.place().districtCode().equals(districtCode)
                && Objects.equals(details.settlement(), settlement) && Objects.equals(details.address(), address)
                && sameNumber(details.latitude(), latitude) && sameNumber(details.longitude(), longitude)
                && details.constructionType() == constructionType
                && details.fundingPartners().stream().distinct().toList().equals(partners())
                && details.workplaces() == workplaces;
    }

    /** The database keeps six decimals: 37.34 and 37.340000 are the same coordinate. */
    private static boolean sameNumber(BigDecimal given, BigDecimal kept) {
        return given == null ? kept == null : kept != null && given.compareTo(kept) == 0;
    }

    private void apply(CenterDetails details) {
        this.code = details.code();
        this.name = details.name();
        this.regionCode = details.place().regionCode();
        this.districtCode = details.place().districtCode();
        this.settlement = details.settlement();
        this.address = details.address();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.constructionType = details.constructionType();
        this.fundingPartners = details.fundingPartners().stream().distinct().toArray(String[]::new);
        this.workplaces = details.workplaces();
    }

    private void requireStatus(String action, CenterStatus required) {
        if (status != required) {
            throw new BusinessRuleViolation("Cannot " + action + " centre " + code + ": it is " + status
                    + ", and only a " + required + " centre can be");
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String message) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new BusinessRuleViolation(message + earliest);
        }
    }
}
