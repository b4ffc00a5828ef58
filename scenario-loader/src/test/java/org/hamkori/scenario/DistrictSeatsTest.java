package org.hamkori.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.scenario.DistrictSeats.Seat;
import org.hamkori.scenario.Scenario.Center;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DistrictSeatsTest {

    /** A centre stands within this distance of its district's seat. */
    private static final double NEAR_KM = 5;

    /** Where each region lies, roughly: a seat outside its region's box is a slip of the pen. */
    private static final Map<String, double[]> REGION_BOXES = Map.of(
            "DUSHANBE", new double[] {38.45, 38.65, 68.65, 68.90},
            "SUGHD", new double[] {39.3, 41.1, 67.3, 71.0},
            "KHATLON", new double[] {36.9, 38.6, 67.3, 70.4},
            "GBAO", new double[] {36.6, 39.5, 70.5, 75.2},
            "RRS", new double[] {38.3, 39.5, 68.0, 72.0});

    @Test
    void everyDistrictHasASeatInTajikistanWithinItsRegion() {
        for (District district : ReferenceData.get().districts()) {
            Seat seat = DistrictSeats.of(district.code()).orElseThrow(() -> new AssertionError(district.code()));
            double[] box = REGION_BOXES.get(district.regionCode());
            assertTrue(inTajikistan(seat.latitude(), seat.longitude()), district.code() + " " + seat);
            assertTrue(seat.latitude() >= box[0] && seat.latitude() <= box[1] && seat.longitude() >= box[2]
                    && seat.longitude() <= box[3], district.code() + " lies outside " + district.regionCode() + ": "
                    + seat);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 10})
    void everyCentreStandsInTajikistanNearItsDistrictsSeatAndNoTwoOnTheSameSpot(double scale) {
        List<Center> centers = ScenarioGenerator.generate(LoaderOptions.DEFAULT_SEED, scale).centers();
        for (Center center : centers) {
            double latitude = center.latitude().doubleValue();
            double longitude = center.longitude().doubleValue();
            Seat seat = DistrictSeats.of(center.district().code()).orElseThrow();
            double km = kilometres(latitude, longitude, seat.latitude(), seat.longitude());
            assertTrue(inTajikistan(latitude, longitude), center.code() + " at " + latitude + ", " + longitude);
            assertTrue(km > 0.5 && km < NEAR_KM, center.code() + " stands " + km + " km from " + seat.town());
            assertTrue(center.latitude().scale() <= 4 && center.longitude().scale() <= 4, "rounded to 4 decimals");
        }
        assertEquals(centers.size(), centers.stream().map(c -> c.latitude() + "," + c.longitude())
                .collect(Collectors.toSet()).size(), "every centre has a spot of its own");
    }

    private static boolean inTajikistan(double latitude, double longitude) {
        return latitude >= DistrictSeats.MIN_LATITUDE && latitude <= DistrictSeats.MAX_LATITUDE
                && longitude >= DistrictSeats.MIN_LONGITUDE && longitude <= DistrictSeats.MAX_LONGITUDE;
    }

    /** The great-circle distance (haversine) on a sphere of the Earth's mean radius. */
    private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
