package org.hamkori.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.hamkori.contract.reference.District;

/**
 * Where each district of the reference data has its seat (the town or village that is its administrative centre), so
 * that the demo's centres stand on the map in their districts: the contract's district list carries no coordinates.
 *
 * <p>The seats are data, in {@code /scenario/district-seats.json}, each with its source: {@code GeoNames} for GeoNames'
 * populated places as published in the countries-states-cities database (dr5hn/countries-states-cities-database),
 * rounded to 3 decimals; {@code approximate} for the others (2 decimals, within a few kilometres), as general
 * references such as the settlement's Wikipedia article give them, not checked against a gazetteer; the four
 * districts of Dushanbe are placed in their part of the city. Good enough to put a demo centre in its district on
 * the map, not for navigation.
 */
final class DistrictSeats {

    /** A district's seat and its position in decimal degrees (WGS 84). */
    @JsonIgnoreProperties("source")
    record Seat(String town, double latitude, double longitude) {
    }

    /** Tajikistan's extent, as centers-service checks a centre's position (SPEC §4). */
    static final double MIN_LATITUDE = 36.6;
    static final double MAX_LATITUDE = 41.1;
    static final double MIN_LONGITUDE = 67.3;
    static final double MAX_LONGITUDE = 75.2;

    /** How far from its district's seat the n-th centre of a district stands: about a kilometre per step. */
    private static final double STEP_DEGREES = 0.009;
    /** The golden angle, so that the centres of one district spread around their seat without overlapping. */
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private static final String RESOURCE = "/scenario/district-seats.json";
    private static final Map<String, Seat> SEATS = Map.copyOf(JsonResource.read(RESOURCE, Document.class).seats());

    private DistrictSeats() {
    }

    static Optional<Seat> of(String districtCode) {
        return Optional.ofNullable(SEATS.get(districtCode));
    }

    /**
     * Where the {@code nth} centre (from 1) of {@code district} stands: on a spiral around the district's seat, about
     * a kilometre further out for each centre, to 4 decimals (about 10 m).
     */
    static Position position(District district, int nth) {
        Seat seat = of(district.code()).orElseThrow(() -> new IllegalStateException(
                "no seat is known for district " + district.code() + ": add it to " + RESOURCE));
        double radius = STEP_DEGREES * Math.sqrt(nth);
        double angle = nth * GOLDEN_ANGLE;
        // a degree of longitude is shorter than one of latitude this far north
        double latitude = seat.latitude() + radius * Math.sin(angle);
        double longitude = seat.longitude() + radius * Math.cos(angle) / Math.cos(Math.toRadians(seat.latitude()));
        return new Position(degrees(latitude), degrees(longitude));
    }

    /** A point in decimal degrees. */
    record Position(BigDecimal latitude, BigDecimal longitude) {
    }

    @JsonIgnoreProperties("about")
    private record Document(Map<String, Seat> seats) {
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
