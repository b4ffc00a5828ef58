package org.hamkori.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.hamkori.contract.reference.District;

/**
 * Where each district of the reference data has its seat (the town or village that is its administrative centre), so
 * that the demo's centres stand on the map in their districts: the contract's district list carries no coordinates.
 *
 * <p>Sources: the seats marked {@code GN} are GeoNames' populated places as published in the countries-states-cities
 * database (dr5hn/countries-states-cities-database), rounded to 3 decimals. The others are not in that list; they are
 * approximate (2 decimals, within a few kilometres), as general references such as the settlement's Wikipedia article
 * give them, not checked against a gazetteer; the four districts of Dushanbe are placed in their part of the city.
 * Good enough to put a demo centre in its district on the map, not for navigation.
 */
final class DistrictSeats {

    /** A district's seat and its position in decimal degrees (WGS 84). */
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

    private static final Map<String, Seat> SEATS = Map.ofEntries(
            // Dushanbe: each district in its part of the city
            Map.entry("DUSHANBE.ISMOILI_SOMONI", new Seat("Dushanbe (Ismoili Somoni)", 38.585, 68.780)),
            Map.entry("DUSHANBE.SINO", new Seat("Dushanbe (Sino)", 38.565, 68.725)),
            Map.entry("DUSHANBE.FIRDAVSI", new Seat("Dushanbe (Firdavsi)", 38.545, 68.745)),
            Map.entry("DUSHANBE.SHOHMANSUR", new Seat("Dushanbe (Shohmansur)", 38.555, 68.810)),
            // Sughd
            Map.entry("SUGHD.KHUJAND", new Seat("Khujand", 40.283, 69.622)), // GN
            Map.entry("SUGHD.BUSTON", new Seat("Buston (Chkalov)", 40.234, 69.695)), // GN
            Map.entry("SUGHD.GULISTON", new Seat("Guliston (Qayroqqum)", 40.27, 69.82)),
            Map.entry("SUGHD.ISFARA", new Seat("Isfara", 40.126, 70.625)), // GN
            Map.entry("SUGHD.ISTARAVSHAN", new Seat("Istaravshan", 39.914, 69.003)), // GN
            Map.entry("SUGHD.ISTIQLOL", new Seat("Istiqlol (Taboshar)", 40.570, 69.642)), // GN
            Map.entry("SUGHD.KONIBODOM", new Seat("Konibodom", 40.294, 70.431)), // GN
            Map.entry("SUGHD.PANJAKENT", new Seat("Panjakent", 39.495, 67.609)), // GN
            Map.entry("SUGHD.ASHT", new Seat("Shaydon", 40.670, 70.350)), // GN
            Map.entry("SUGHD.AYNI", new Seat("Ayni", 39.394, 68.538)), // GN
            Map.entry("SUGHD.BOBOJON_GHAFUROV", new Seat("Ghafurov", 40.216, 69.729)), // GN
            Map.entry("SUGHD.DEVASHTICH", new Seat("Ghonchi", 39.97, 69.17)),
            Map.entry("SUGHD.JABBOR_RASULOV", new Seat("Jabbor Rasulov (Proletar)", 40.167, 69.502)), // GN
            Map.entry("SUGHD.KUHISTONI_MASTCHOH", new Seat("Oburdon", 39.45, 69.12)),
            Map.entry("SUGHD.MASTCHOH", new Seat("Buston (Mastchoh)", 40.523, 69.333)), // GN
            Map.entry("SUGHD.SHAHRISTON", new Seat("Shahriston", 39.77, 68.82)),
            Map.entry("SUGHD.SPITAMEN", new Seat("Nov", 40.152, 69.371)), // GN
            Map.entry("SUGHD.ZAFAROBOD", new Seat("Zafarobod", 40.13, 68.97)),
            // Khatlon
            Map.entry("KHATLON.BOKHTAR", new Seat("Bokhtar", 37.834, 68.782)), // GN
            Map.entry("KHATLON.KULOB", new Seat("Kulob", 37.915, 69.785)), // GN
            Map.entry("KHATLON.LEVAKANT", new Seat("Levakant (Sarband)", 37.86, 68.93)),
            Map.entry("KHATLON.NORAK", new Seat("Norak", 38.389, 69.323)), // GN
            Map.entry("KHATLON.ABDURAHMONI_JOMI", new Seat("Abdurahmoni Jomi", 37.946, 68.809)), // GN
            Map.entry("KHATLON.BALJUVON", new Seat("Baljuvon", 38.31, 69.67)),
            Map.entry("KHATLON.DANGHARA", new Seat("Danghara", 38.096, 69.340)), // GN
            Map.entry("KHATLON.DUSTI", new Seat("Jilikul", 37.492, 68.531)), // GN
            Map.entry("KHATLON.FARKHOR", new Seat("Farkhor", 37.492, 69.404)), // GN
            Map.entry("KHATLON.HAMADONI", new Seat("Moskva", 37.62, 69.63)),
            Map.entry("KHATLON.JALOLIDDINI_BALKHI", new Seat("Jaloliddini Balkhi (Kolkhozobod)", 37.588, 68.659)), // GN
            Map.entry("KHATLON.JAYHUN", new Seat("Dusti", 37.348, 68.664)), // GN
            Map.entry("KHATLON.KHOVALING", new Seat("Khovaling", 38.35, 69.97)),
            Map.entry("KHATLON.KHUROSON", new Seat("Obikiik", 38.10, 68.66)),
            Map.entry("KHATLON.KUSHONIYON", new Seat("Kushoniyon", 37.87, 68.70)),
            Map.entry("KHATLON.MUMINOBOD", new Seat("Muminobod", 38.107, 70.032)), // GN
            Map.entry("KHATLON.NOSIRI_KHUSRAV", new Seat("Beshkent", 37.21, 67.98)),
            Map.entry("KHATLON.PANJ", new Seat("Panj", 37.236, 69.099)), // GN
            Map.entry("KHATLON.QUBODIYON", new Seat("Qubodiyon", 37.40, 68.17)),
            Map.entry("KHATLON.SHAHRITUS", new Seat("Shahritus", 37.262, 68.138)), // GN
            Map.entry("KHATLON.SHAMSIDDIN_SHOHIN", new Seat("Shurobod", 37.83, 70.04)),
            Map.entry("KHATLON.TEMURMALIK", new Seat("Temurmalik (Sovet)", 38.047, 69.588)), // GN
            Map.entry("KHATLON.VAKHSH", new Seat("Vakhsh", 37.715, 68.835)), // GN
            Map.entry("KHATLON.VOSE", new Seat("Vose", 37.804, 69.644)), // GN
            Map.entry("KHATLON.YOVON", new Seat("Yovon", 38.314, 69.038)), // GN
            // Gorno-Badakhshan
            Map.entry("GBAO.KHORUGH", new Seat("Khorugh", 37.490, 71.553)), // GN
            Map.entry("GBAO.DARVOZ", new Seat("Qal'ai Khumb", 38.46, 70.78)),
            Map.entry("GBAO.ISHKOSHIM", new Seat("Ishkoshim", 36.725, 71.613)), // GN
            Map.entry("GBAO.MURGHOB", new Seat("Murghob", 38.170, 73.967)), // GN
            Map.entry("GBAO.ROSHTQALA", new Seat("Roshtqal'a", 37.26, 71.81)),
            Map.entry("GBAO.RUSHON", new Seat("Rushon (Vomar)", 37.95, 71.55)),
            Map.entry("GBAO.SHUGHNON", new Seat("Porshinev", 37.56, 71.58)),
            Map.entry("GBAO.VANJ", new Seat("Vanj", 38.37, 71.45)),
            // Districts of republican subordination
            Map.entry("RRS.HISOR", new Seat("Hisor", 38.525, 68.551)), // GN
            Map.entry("RRS.ROGHUN", new Seat("Roghun", 38.693, 69.737)), // GN
            Map.entry("RRS.TURSUNZODA", new Seat("Tursunzoda", 38.513, 68.232)), // GN
            Map.entry("RRS.VAHDAT", new Seat("Vahdat", 38.556, 69.014)), // GN
            Map.entry("RRS.FAYZOBOD", new Seat("Fayzobod", 38.55, 69.32)),
            Map.entry("RRS.LAKHSH", new Seat("Vahdat (Jirgatol)", 39.22, 71.20)),
            Map.entry("RRS.NUROBOD", new Seat("Darband", 38.868, 69.966)), // GN
            Map.entry("RRS.RASHT", new Seat("Gharm", 39.029, 70.374)), // GN
            Map.entry("RRS.RUDAKI", new Seat("Somoniyon", 38.44, 68.79)),
            Map.entry("RRS.SANGVOR", new Seat("Tavildara", 38.70, 70.48)),
            Map.entry("RRS.SHAHRINAV", new Seat("Shahrinav", 38.571, 68.335)), // GN
            Map.entry("RRS.TOJIKOBOD", new Seat("Tojikobod", 39.13, 70.83)),
            Map.entry("RRS.VARZOB", new Seat("Varzob", 38.774, 68.818))); // GN

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
                "no seat is known for district " + district.code() + ": add it to DistrictSeats"));
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

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
