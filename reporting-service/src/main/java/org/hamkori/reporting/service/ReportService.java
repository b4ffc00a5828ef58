package org.hamkori.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.reporting.CenterFigures;
import org.hamkori.reporting.repository.CenterFiguresRepository;

/** Assembles the reports of SPEC §7 from the read models, in one read-only snapshot. */
@ApplicationScoped
public class ReportService {

    @Inject
    CenterFiguresRepository centers;

    @Inject
    FeedFreshness freshness;

    public record Overview(CenterFigures centers, Instant asOf, Instant lastEventAt) {
    }

    public record RegionRow(String regionCode, String name, CenterFigures centers) {
    }

    public record DistrictRow(String regionCode, String districtCode, String name, CenterFigures centers) {
    }

    public record Rows<T>(List<T> rows, Instant asOf, Instant lastEventAt) {
    }

    @Transactional
    public Overview overview() {
        return new Overview(centers.overall(), Instant.now(), lastEventAt());
    }

    /** One row per region of the reference data, zeros where nothing happened. */
    @Transactional
    public Rows<RegionRow> regions(Locale language) {
        Map<String, CenterFigures> byRegion = centers.byRegion();
        List<RegionRow> rows = ReferenceData.get().regions().stream()
                .map(r -> new RegionRow(r.code(), r.name().in(language),
                        byRegion.getOrDefault(r.code(), CenterFigures.NONE)))
                .toList();
        return new Rows<>(rows, Instant.now(), lastEventAt());
    }

    /** One row per district of the reference data, zeros where nothing happened. */
    @Transactional
    public Rows<DistrictRow> districts(Locale language) {
        Map<String, CenterFigures> byDistrict = centers.byDistrict();
        List<DistrictRow> rows = ReferenceData.get().districts().stream()
                .map(d -> new DistrictRow(d.regionCode(), d.code(), d.name().in(language),
                        byDistrict.getOrDefault(d.code(), CenterFigures.NONE)))
                .toList();
        return new Rows<>(rows, Instant.now(), lastEventAt());
    }

    private Instant lastEventAt() {
        return freshness.lastEventAt().orElse(null);
    }
}
