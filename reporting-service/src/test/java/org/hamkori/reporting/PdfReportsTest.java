package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7, the donor report pack: the overview and the partners' report as PDF, in the language asked for, every
 * figure in the PDF's text (read back with PDFBox) equal to the JSON answer to the same request.
 */
@QuarkusTest
class PdfReportsTest extends ProgrammeEventsFixture {

    /** This run's partner: other suites never name it, so its figures are these records alone. */
    static final String PARTNER = "P" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    static final String REFORM = "POLICE_REFORM_2013_2020";
    static District district;
    /** The targets set before this class added its own, put back after its last test. */
    static List<Map<String, Object>> targetsBefore;

    /**
     * PARTNER's records: a new-built centre it funds, open since 2021; a group formed in 2018 with a police woman and
     * a citizen man, meeting in 2019 (one issue) and in 2021 (two issues); sessions completed in 2019 and 2021 with
     * a police woman certified in 2019 and a citizen man and woman in 2021. Sent once, before the first test.
     */
    @BeforeEach
    void partnersRecords() {
        if (district != null) {
            return;
        }
        district = ReportsApi.quietDistrict();
        UUID centre = UUID.randomUUID();
        events.send(new CenterRegistered(centre, "PDF-" + centre.toString().substring(0, 6), "Маркази Ҳамкорӣ",
                district.regionCode(), district.code(), "Town", new BigDecimal("37.3"), new BigDecimal("68.1"),
                ConstructionType.NEW_BUILD, List.of(PARTNER), 4));
        events.send(new CenterOpened(centre, LocalDate.of(2021, 6, 21), district.regionCode(), district.code(),
                ConstructionType.NEW_BUILD, List.of(PARTNER)));
        UUID group = UUID.randomUUID();
        events.send(new GroupFormed(group, UUID.randomUUID(), district.regionCode(), district.code(),
                LocalDate.of(2018, 2, 1), PARTNER));
        events.join(group, MemberRole.POLICE_OFFICER, Sex.FEMALE, LocalDate.of(2018, 2, 1));
        events.join(group, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.MALE, LocalDate.of(2018, 2, 1));
        events.holdMeeting(group, LocalDate.of(2019, 4, 2), new MeetingParticipants(2, 3, 1, 4), 1);
        events.holdMeeting(group, LocalDate.of(2021, 5, 10), new MeetingParticipants(3, 4, 2, 5), 2);
        events.completeSession(events.scheduleSession(district, "CP-101", PARTNER), LocalDate.of(2019, 5, 15), 1, 1);
        events.completeSession(events.scheduleSession(district, "CP-101", PARTNER), LocalDate.of(2021, 6, 30), 2, 2);
        certify(TraineeCategory.POLICE_OFFICER, Sex.FEMALE, LocalDate.of(2019, 5, 15));
        certify(TraineeCategory.CITIZEN, Sex.MALE, LocalDate.of(2021, 6, 30));
        certify(TraineeCategory.CITIZEN, Sex.FEMALE, LocalDate.of(2021, 6, 30));
        ReportsApi.awaitPartnerOverview(PARTNER, o -> o.getLong("centers.open") == 1
                && o.getLong("groups.members.total") == 2 && o.getLong("meetings.held") == 2
                && o.getLong("issues.raised") == 3 && o.getLong("training.certified") == 3
                && o.getLong("training.sessionsCompleted") == 2);
        addTargetsOfThePartner();
    }

    @Test
    void theOverviewAsPdfShowsEveryFigureOfTheJsonInEnglish() {
        Pack pack = stable("/reports/overview?partnerCode=" + PARTNER, "en", DevTokens.token("analyst"));
        assertEveryFigure(pack);
        assertTrue(pack.has("Programme overview"), pack.text());
        assertTrue(pack.text().contains("partner " + PARTNER), "the filter applied: " + pack.text());
        assertEquals(3, pack.json().getLong("training.certified"));
        assertTargets(pack);
    }

    @Test
    void theOverviewAsPdfSpeaksTajikWithItsOwnLetters() {
        Pack pack = stable("/reports/overview?partnerCode=" + PARTNER + "&phase=" + REFORM, "tg",
                DevTokens.token("analyst"));
        assertEveryFigure(pack);
        assertTrue(pack.has("Шарҳи барнома"), "the title in Tajik: " + pack.text());
        assertTrue(pack.lines().contains("Ҷаласаҳои баргузоршуда 1"), "ҷ and ҳ written and read back: " + pack.text());
        assertEquals(1, pack.json().getLong("training.certified"), "the phase keeps 2019's certificate only");
        assertTargets(pack);
    }

    @Test
    void aPartnersReportAsPdfHasAColumnPerPartnerAndTheProgrammeInRussian() {
        Pack pack = stable("/reports/partners/" + PARTNER + "?phase=" + REFORM, "ru", DevTokens.token("analyst"));
        assertEquals(List.of(PARTNER), pack.json().getList("rows.partnerCode"));
        assertEveryPartnerFigure(pack);
        assertTrue(pack.has("Показатели партнёров"), pack.text());
        assertTrue(pack.text().contains(pack.json().getString("from") + " – " + pack.json().getString("to")),
                "the phase's dates: " + pack.text());
    }

    @Test
    void aPartnerReadsItsOwnColumnAndTheProgrammesInTajik() {
        String own = DevTokens.tokenFor("partner-" + PARTNER, Map.of("partner_code", PARTNER), "partner");
        Pack pack = stable("/reports/partners?period=2021", "tg", own);
        assertEquals(List.of(PARTNER), pack.json().getList("rows.partnerCode"), "its own organisation's row only");
        assertEveryPartnerFigure(pack);
        assertTrue(pack.lines().contains(label("tg", "figure") + " " + PARTNER + " " + label("tg", "programme")),
                "one partner's column and the programme's: " + pack.text());
        assertFalse(pack.text().contains("SAFERWORLD"), "no other organisation: " + pack.text());
    }

    @Test
    void formatPdfStandsForTheAcceptHeader() {
        Response answer = given().auth().oauth2(DevTokens.token("coordinator"))
                .get("/reports/overview?format=pdf&partnerCode=" + PARTNER);
        answer.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"overview.pdf\""));
        assertTrue(new String(answer.asByteArray(), 0, 5).startsWith("%PDF-"));
    }

    @Test
    void aReportWithoutAPdfFormIsNotAcceptableAsAProblem() {
        given().auth().oauth2(DevTokens.token("analyst")).accept("application/pdf").get("/reports/regions").then()
                .statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void aBadFilterIsStillAProblemWhenAPdfIsAsked() {
        given().auth().oauth2(DevTokens.token("analyst")).accept("application/pdf")
                .get("/reports/overview?phase=NO_SUCH_PHASE").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("phase"));
    }

    /** A PDF and the JSON of the same request, read between two equal JSON answers so both show one moment. */
    record Pack(JsonPath json, String text, List<String> lines, String language) {

        /**
         * Whether the text holds {@code words}, whatever the spaces: text extraction may see a space in a heading's
         * large letters where the page has none.
         */
        boolean has(String words) {
            return text.replaceAll("\\s", "").contains(words.replaceAll("\\s", ""));
        }
    }

    private static Pack stable(String path, String language, String token) {
        for (int attempt = 0; ; attempt++) {
            JsonPath before = json(path, language, token);
            String text = pdfText(path, language, token);
            JsonPath after = json(path, language, token);
            if (withoutTime(before).equals(withoutTime(after)) || attempt == 4) {
                List<String> lines = Arrays.stream(text.split("\\R")).map(l -> l.trim().replaceAll("\\s+", " "))
                        .toList();
                return new Pack(after, text, lines, language);
            }
        }
    }

    private static String withoutTime(JsonPath report) {
        return report.prettify().replaceAll("\"asOf\": \"[^\"]*\"", "");
    }

    private static JsonPath json(String path, String language, String token) {
        return given().auth().oauth2(token).header("Accept-Language", language).get(path).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static String pdfText(String path, String language, String token) {
        byte[] pdf = given().auth().oauth2(token).accept("application/pdf").header("Accept-Language", language)
                .get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each indicator of the overview on a line of its own: its label in the pack's language, then the JSON's value. */
    private static void assertEveryFigure(Pack pack) {
        for (Indicator indicator : Indicator.values()) {
            assertFigureLine(pack, indicator, List.of(pack.json().getString(indicator.path())));
        }
    }

    /** Each indicator: its label, then each partner's value and the programme's. */
    private static void assertEveryPartnerFigure(Pack pack) {
        int partners = pack.json().getList("rows").size();
        for (Indicator indicator : Indicator.values()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < partners; i++) {
                values.add(pack.json().getString("rows[" + i + "]." + indicator.path()));
            }
            values.add(pack.json().getString("programme." + indicator.path()));
            assertFigureLine(pack, indicator, values);
        }
    }

    private static void assertFigureLine(Pack pack, Indicator indicator, List<String> values) {
        String expected = label(pack.language(), indicator.path()) + " " + String.join(" ", values);
        assertTrue(pack.lines().contains(expected), indicator.path() + ": no line \"" + expected + "\" in\n"
                + pack.text());
    }

    /** Every target of the overview's year: its figure, scope, target, actual, share and how much is reached. */
    private static void assertTargets(Pack pack) {
        List<Map<String, Object>> targets = pack.json().getList("targets.items");
        assertFalse(targets.isEmpty(), "the test's own targets are set");
        for (int i = 0; i < targets.size(); i++) {
            String item = "targets.items[" + i + "].";
            String figure = label(pack.language(), pack.json().getString(item + "indicator"));
            if ("SHARE".equals(pack.json().getString(item + "kind"))) {
                figure += " / " + label(pack.language(), pack.json().getString(item + "denominator"));
            }
            List<String> scope = new ArrayList<>();
            for (String part : List.of("phase", "partnerCode", "regionCode")) {
                if (pack.json().getString(item + part) != null) {
                    scope.add(pack.json().getString(item + part));
                }
            }
            List<String> cells = new ArrayList<>(List.of(figure,
                    scope.isEmpty() ? label(pack.language(), "targets.scope.programme") : String.join(", ", scope),
                    pack.json().getString(item + "target"), pack.json().getString(item + "actual")));
            for (String optional : List.of("share", "percentage")) {
                if (pack.json().getString(item + optional) != null) {
                    cells.add(pack.json().getString(item + optional));
                }
            }
            String expected = String.join(" ", cells);
            assertTrue(pack.lines().contains(expected), "target: no line \"" + expected + "\" in\n" + pack.text());
        }
    }

    private static String label(String language, String key) {
        return ResourceBundle.getBundle("org.hamkori.reporting.rest.pdf.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** After the last test RestAssured no longer points at the service, so the port is named. */
    @AfterAll
    static void putTheTargetsBack() {
        if (targetsBefore != null) {
            given().port(ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class)).auth()
                    .oauth2(DevTokens.token("admin")).contentType("application/json")
                    .body(Map.of("items", targetsBefore)).put("/reports/targets").then().statusCode(200);
        }
    }

    /** Adds a count and a share target of this year for PARTNER to whatever targets are set. */
    private static void addTargetsOfThePartner() {
        targetsBefore = given().auth().oauth2(DevTokens.token("admin")).get("/reports/targets").jsonPath()
                .getList("items");
        List<Map<String, Object>> items = new ArrayList<>(targetsBefore);
        int year = Year.now().getValue();
        items.add(new HashMap<>(Map.of("indicator", "training.certified", "year", year, "target", 6, "kind", "COUNT",
                "partnerCode", PARTNER)));
        items.add(new HashMap<>(Map.of("indicator", "training.female", "denominator", "training.certified",
                "year", year, "target", 30, "kind", "SHARE", "partnerCode", PARTNER)));
        given().auth().oauth2(DevTokens.token("admin")).contentType("application/json").body(Map.of("items", items))
                .put("/reports/targets").then().statusCode(200);
    }

    private static void certify(TraineeCategory category, Sex sex, LocalDate on) {
        events.certify(new Certification(district, "CP-101", PARTNER, category, sex, AgeBand.FROM_25_TO_34, on));
    }
}
