package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.commitImport;
import static org.hamkori.training.TrainingApi.uploadRegister;
import static org.hamkori.training.TrainingApi.uploadedImport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraineeImportTest {

    private static final String HEADER = "fullName,sex,birthYear,category,districtCode,phone\n";

    /**
     * A surname no other test run has used, in Cyrillic and in Latin letters, e.g. Бадомиросукатуна / Badomirosukatuna:
     * long enough that two of them are never alike enough to be taken for one person, however many earlier runs
     * left in the test database.
     */
    record Surname(String cyrillic, String latin) {

        static Surname unique() {
            String[][] syllables = {{"ба", "ba"}, {"до", "do"}, {"ми", "mi"}, {"ро", "ro"}, {"су", "su"}, {"ка", "ka"},
                    {"ту", "tu"}, {"на", "na"}, {"ли", "li"}, {"фо", "fo"}, {"зу", "zu"}, {"ша", "sha"}};
            StringBuilder cyrillic = new StringBuilder();
            StringBuilder latin = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                String[] syllable = syllables[ThreadLocalRandom.current().nextInt(syllables.length)];
                cyrillic.append(syllable[0]);
                latin.append(syllable[1]);
            }
            return new Surname(Character.toUpperCase(cyrillic.charAt(0)) + cyrillic.substring(1) + "зода",
                    Character.toUpperCase(latin.charAt(0)) + latin.substring(1) + "zoda");
        }
    }

    @Test
    void everyBadCellOfACsvRegisterIsReportedByRowAndColumn() {
        Surname surname = Surname.unique();
        String csv = "ФИО;Пол;Год рождения;Категория;Район;Телефон\n"
                + "Малика " + surname.cyrillic() + ";Ж;1990;гражданка;Қубодиён;+992 93 123 4567\n"
                + ";X;1850;teacher;MARS.CRATER;call me\n"
                + "=HYPERLINK(\"x\");М;199x;POLICE_OFFICER;KHATLON.QUBODIYON;\n"
                + "\n"
                + "Rustam " + surname.latin() + ";;;;;\n";
        JsonPath imported = as("trainer").get("/imports/{id}", uploadedImport(csv, null)).then().statusCode(200)
                .header("ETag", notNullValue()).body("status", equalTo("VALIDATED")).extract().jsonPath();

        assertEquals(List.of(2, 3, 4, 6), imported.getList("rows.row"));
        assertEquals(List.of("VALID", "INVALID", "INVALID", "INVALID"), imported.getList("rows.status"));
        assertEquals(Map.of("fullName", "Малика " + surname.cyrillic(), "sex", "FEMALE", "birthYear", 1990,
                "category", "CITIZEN", "regionCode", "KHATLON", "districtCode", "KHATLON.QUBODIYON",
                "phone", "+992 93 123 4567"), imported.getMap("rows[0].values"));
        assertEquals(List.of("fullName", "sex", "birthYear", "category", "districtCode", "phone"),
                imported.getList("rows[1].problems.column"));
        assertEquals(List.of(3), imported.getList("rows[1].problems.row").stream().distinct().toList());
        assertEquals(List.of("fullName", "birthYear"), imported.getList("rows[2].problems.column"));
        assertEquals(List.of("sex", "birthYear", "category", "districtCode"), imported.getList("rows[3].problems.column"));
        assertEquals("MARS.CRATER", imported.getString("rows[1].cells.districtCode"));
        assertEquals(Map.of("rows", 4, "valid", 1, "invalid", 3, "possibleDuplicates", 0, "created", 0, "merged", 0,
                "skipped", 0, "rejected", 0, "failed", 0), imported.getMap("summary"));
    }

    @Test
    void anXlsxRegisterWithTajikHeadersUnderATitleIsReadWithItsNumbersAndBadCells() throws IOException {
        Surname surname = Surname.unique();
        byte[] xlsx = workbook(List.of(
                List.of("Рӯйхати иштирокчиён"),
                List.of("№", "Ному насаб", "Ҷинс", "Соли таваллуд", "Категория", "Ноҳия", "Телефон"),
                List.of(1, "Зарина " + surname.cyrillic(), "Зан", 1988, "шаҳрванд", "SUGHD.ISFARA", 992931234567L),
                List.of(2, "Фарҳод " + surname.cyrillic(), "Мард", 2150, "корманди милитсия", "Исфара", "12"),
                List.of(3, "Jamshed " + surname.latin(), "male", 1975.5, "police", "KHATLON.QUBODIYON", "")));

        String id = uploadRegister("register.xlsx", xlsx, null).then().statusCode(202)
                .header("Location", containsString("/imports/")).extract().path("id");
        JsonPath imported = as("trainer").get("/imports/{id}", id).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(3, 4, 5), imported.getList("rows.row"));
        assertEquals(List.of("VALID", "INVALID", "INVALID"), imported.getList("rows.status"));
        assertEquals("992931234567", imported.getString("rows[0].values.phone"));
        assertEquals(1988, imported.getInt("rows[0].values.birthYear"));
        assertEquals("SUGHD", imported.getString("rows[0].values.regionCode"));
        assertEquals(List.of("birthYear", "phone"), imported.getList("rows[1].problems.column"));
        assertEquals("SUGHD.ISFARA", imported.getString("rows[1].values.districtCode"));
        assertEquals("POLICE_OFFICER", imported.getString("rows[1].values.category"));
        assertEquals(List.of("birthYear"), imported.getList("rows[2].problems.column"));
    }

    @Test
    void theSameFileTwiceCreatesNothingNew() {
        Surname surname = Surname.unique();
        String csv = HEADER + "Malika " + surname.latin() + ",FEMALE,1991,CITIZEN,KHATLON.QUBODIYON,\n"
                + "Rustam " + surname.latin() + ",MALE,1985,POLICE_OFFICER,KHATLON.JAYHUN,+992 93 000 1111\n";
        commitImport(uploadedImport(csv, null), Map.of()).then().statusCode(200).body("status", equalTo("COMMITTED"))
                .body("rows.outcome", equalTo(List.of("CREATED", "CREATED")));

        String again = uploadedImport(csv, null);
        as("trainer").get("/imports/{id}", again).then()
                .body("rows.status", everyItem(equalTo("POSSIBLE_DUPLICATE")))
                .body("rows.candidates[0][0].exact", equalTo(true))
                .body("rows.candidates[0][0].score", equalTo(1.0f));
        commitImport(again, Map.of()).then().statusCode(200)
                .body("rows.outcome", equalTo(List.of("SKIPPED", "SKIPPED")))
                .body("rows.message", everyItem(containsString("already registered")));
        as("trainer").get("/trainees?name={n}", surname.latin()).then().body("totalItems", equalTo(2));
    }

    @Test
    void possibleDuplicatesAreKeptMergedOrSkippedAsDecided() {
        Surname surname = Surname.unique();
        Map<String, Object> registered = TrainingApi.trainee();
        registered.put("fullName", "Малика " + surname.cyrillic());
        registered.put("birthYear", 1990);
        String malika = TrainingApi.registerTrainee(registered);
        String session = TrainingApi.scheduleSession(TrainingApi.createCourse(20, 70));
        String csv = HEADER
                + "Malika " + surname.latin() + ",FEMALE,1991,CITIZEN,KHATLON.QUBODIYON,\n"
                + "Rustam " + surname.latin() + ",MALE,1980,CITIZEN,KHATLON.QUBODIYON,\n"
                + "Rustam " + surname.cyrillic() + ",MALE,1980,CITIZEN,KHATLON.QUBODIYON,\n"
                + "Rustam " + surname.latin().replace("zoda", "zade") + ",MALE,1980,CITIZEN,KHATLON.QUBODIYON,\n";
        String id = uploadedImport(csv, session);
        as("trainer").get("/imports/{id}", id).then()
                .body("rows.status", equalTo(List.of("POSSIBLE_DUPLICATE", "VALID", "POSSIBLE_DUPLICATE",
                        "POSSIBLE_DUPLICATE")))
                .body("rows[0].candidates[0].traineeId", equalTo(malika))
                .body("rows[0].candidates[0].score", equalTo(0.9f))
                .body("rows[2].candidates[0].row", equalTo(3))
                .body("rows[2].candidates[0].exact", equalTo(true));

        commitImport(id, Map.of("decisions", List.of(Map.of("row", 2, "decision", "merge"),
                Map.of("row", 4, "decision", "MERGE", "intoRow", 3), Map.of("row", 5, "decision", "keep"))))
                .then().statusCode(200)
                .body("rows.outcome", equalTo(List.of("MERGED", "CREATED", "MERGED", "CREATED")))
                .body("rows[0].traineeId", equalTo(malika))
                .body("rows[2].message", equalTo("already enrolled in the session"));
        JsonPath result = as("trainer").get("/imports/{id}", id).then().extract().jsonPath();
        assertEquals(result.getString("rows[1].traineeId"), result.getString("rows[2].traineeId"));
        as("trainer").get("/sessions/{id}/enrollments", session).then().body("totalItems", equalTo(3))
                .body("items.traineeId", hasItem(malika));
    }

    @Test
    void aCommitRetriedWithItsIdempotencyKeyAnswersTheSameResult() {
        Surname surname = Surname.unique();
        String id = uploadedImport(HEADER + "Nilufar " + surname.latin() + ",FEMALE,1999,CITIZEN,SUGHD.ISFARA,\n"
                + "Nilufar " + surname.cyrillic() + ",FEMALE,1999,CITIZEN,SUGHD.ISFARA,\n", null);
        Map<String, Object> skipTheSecond = Map.of("decisions", List.of(Map.of("row", 3, "decision", "SKIP")));
        String first = as("trainer").header("Idempotency-Key", "import-" + id).body(skipTheSecond)
                .post("/imports/{id}/commit", id).then().statusCode(200)
                .body("rows.outcome", equalTo(List.of("CREATED", "SKIPPED"))).extract().asString();

        String retried = as("trainer").header("Idempotency-Key", "import-" + id).body(skipTheSecond)
                .post("/imports/{id}/commit", id).then().statusCode(200).extract().asString();

        assertEquals(first, retried);
        as("trainer").header("Idempotency-Key", "import-" + id)
                .body(Map.of("decisions", List.of(Map.of("row", 3, "decision", "KEEP"))))
                .post("/imports/{id}/commit", id).then().statusCode(409).contentType("application/problem+json");
        as("trainer").get("/trainees?name={n}", surname.latin()).then().body("totalItems", equalTo(1));
        String resultCsv = as("trainer").accept("text/csv").get("/imports/{id}/result", id).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String created = JsonPath.from(first).getString("rows[0].traineeId");
        assertEquals("row,outcome,traineeId,message\r\n2,CREATED," + created + ",\r\n"
                + "3,SKIPPED,,skipped as decided\r\n", resultCsv);
    }

    @Test
    void aRowWhoseEnrolmentIsRefusedLeavesNoTraineeBehind() {
        Surname surname = Surname.unique();
        Map<String, Object> oneSeat = TrainingApi.session(TrainingApi.createCourse(20, 70));
        oneSeat.put("capacity", 1);
        String session = TrainingApi.schedule(oneSeat).then().statusCode(201).extract().path("id");
        String id = uploadedImport(HEADER + "Shahlo " + surname.latin() + ",FEMALE,1994,CITIZEN,KHATLON.FARKHOR,\n"
                + "Suhrob Qurbonov" + surname.latin() + ",MALE,1970,CITIZEN,KHATLON.FARKHOR,\n", session);

        commitImport(id, Map.of()).then().statusCode(200)
                .body("rows.outcome", equalTo(List.of("CREATED", "FAILED")))
                .body("rows[1].traineeId", nullValue())
                .body("rows[1].message", containsString("is full"))
                .body("summary.failed", equalTo(1));

        as("trainer").get("/trainees?name={n}", "Suhrob Qurbonov" + surname.latin()).then().body("totalItems", equalTo(0));
        as("trainer").get("/sessions/{id}/enrollments", session).then().body("items", hasSize(1));
    }

    @Test
    void aRegionScopedTrainerRegistersOnlyTheRowsOfTheirRegions() {
        Surname surname = Surname.unique();
        String register = HEADER + "Nilufar " + surname.latin() + ",FEMALE,1991,CITIZEN,SUGHD.ISFARA,\n"
                + "Shahlo " + surname.latin() + ",FEMALE,1992,CITIZEN,KHATLON.FARKHOR,\n";
        String id = given().auth().oauth2(sughdTrainer())
                .multiPart("file", "register.csv", register.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/imports/trainees").then().statusCode(202).extract().path("id");

        as("trainer").get("/imports/{id}", id).then().statusCode(200)
                .body("rows.status", equalTo(List.of("VALID", "INVALID")))
                .body("rows[1].problems.column", equalTo(List.of("districtCode")))
                .body("rows[1].problems[0].message", containsString("outside your regions (SUGHD)"));

        String everyRegions = uploadedImport(register, null);
        given().contentType("application/json").auth().oauth2(sughdTrainer()).body(Map.of())
                .post("/imports/{id}/commit", everyRegions).then().statusCode(403)
                .body("detail", containsString("KHATLON"));
        as("trainer").get("/imports/{id}", everyRegions).then().body("status", equalTo("VALIDATED"));
        as("trainer").get("/trainees?name={n}", "Shahlo " + surname.latin()).then().body("totalItems", equalTo(0));
    }

    private static String sughdTrainer() {
        return DevTokens.tokenFor("subject-trainer-sughd",
                Map.of("preferred_username", "trainer-sughd", "regions", List.of("SUGHD")), "trainer");
    }

    @Test
    void aFileThatIsNoRegisterIsRefusedAndNothingIsKept() {
        uploadRegister("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, null).then()
                .statusCode(415).contentType("application/problem+json");
        uploadRegister("register.csv", "fullName,sex,birthYear\nA,F,1990\n".getBytes(StandardCharsets.UTF_8), null)
                .then().statusCode(400).body("errors.message", hasItem(containsString("column category is missing")));
        uploadRegister("register.csv", "just,some,text\n".getBytes(StandardCharsets.UTF_8), null).then()
                .statusCode(400).body("errors.field", equalTo(List.of("file")));
        uploadRegister("register.csv", (HEADER + "A B,F,1990,CITIZEN,SUGHD.ISFARA,\n").getBytes(StandardCharsets.UTF_8),
                "00000000-0000-0000-0000-000000000000").then().statusCode(400)
                .body("errors.field", equalTo(List.of("sessionId")));
        given().auth().oauth2(DevTokens.token("trainer")).multiPart("sessionId", "x").post("/imports/trainees").then()
                .statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void aRegisterAtTheFiveThousandRowLimitIsValidatedWithItsDuplicatesAndBadCells() throws IOException {
        String[][] given = {{"Малика", "Malika"}, {"Рустам", "Rustam"}, {"Нилуфар", "Nilufar"}, {"Фарҳод", "Farhod"},
                {"Зарина", "Zarina"}, {"Ҷамшед", "Jamshed"}};
        List<String> districts = List.of("KHATLON.QUBODIYON", "KHATLON.FARKHOR", "KHATLON.JAYHUN", "SUGHD.ISFARA");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Список участников"));
        rows.add(List.of("№", "ФИО", "Пол", "Год рождения", "Категория", "Район", "Телефон"));
        List<Object> person = null;
        for (int r = 0; r < 5_000; r++) {
            boolean again = r % 50 == 49;
            if (!again) {
                Surname surname = Surname.unique();
                String[] name = given[r % given.length];
                person = List.of(name[0] + " " + surname.cyrillic(), name[1] + " " + surname.latin(),
                        r % 2 == 0 ? "Ж" : "М", 1960 + r % 46, districts.get(r % districts.size()));
            }
            // one row in 50 is the row above under its other spelling, one in 40 has a year that is none
            rows.add(List.of(r + 1, person.get(again ? 1 : 0), person.get(2), r % 40 == 17 ? "19x5" : person.get(3),
                    "гражданин", person.get(4), "+992 93 123 4567"));
        }

        String id = uploadRegister("register.xlsx", workbook(rows), null).then().statusCode(202)
                .body("summary.rows", equalTo(5_000)).body("summary.invalid", equalTo(125))
                .body("summary.possibleDuplicates", equalTo(100)).extract().path("id");

        List<Map<String, Object>> shown = as("trainer").get("/imports/{id}", id).then().statusCode(200).extract()
                .jsonPath().getList("rows");
        for (int r = 49; r < 5_000; r += 50) {
            Map<String, Object> row = shown.get(r);
            assertEquals("POSSIBLE_DUPLICATE", row.get("status"), "row " + row.get("row"));
            Map<?, ?> best = (Map<?, ?>) ((List<?>) row.get("candidates")).get(0);
            assertEquals(r + 2, best.get("row"), "row " + row.get("row") + " repeats the row above");
            assertEquals(true, best.get("exact"), "row " + row.get("row"));
        }
        assertEquals(List.of(Map.of("row", 20, "column", "birthYear", "message", "'19x5' is not a year from 1900 to "
                + Year.now())), shown.get(17).get("problems"));
    }

    @Test
    void aRegisterPastFiveThousandRowsIsRefusedAsTooLarge() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        List<List<Object>> xlsx = new ArrayList<>();
        xlsx.add(List.of("fullName", "sex", "birthYear", "category", "districtCode"));
        for (int i = 0; i <= 5_000; i++) {
            csv.append("Person Number,FEMALE,1990,CITIZEN,SUGHD.ISFARA,\n");
            xlsx.add(List.of("Person Number", "FEMALE", 1990, "CITIZEN", "SUGHD.ISFARA"));
        }
        uploadRegister("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("5000"));
        uploadRegister("big.xlsx", workbook(xlsx), null).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("5000"));
    }

    @Test
    void aWorkbookWhoseCellsHoldMoreTextThanAnyRegisterIsRefusedAsTooLarge() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("fullName", "sex", "birthYear", "category", "districtCode", "notes"));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int r = 0; r < 260; r++) {
            // an XLSX cell holds at most 32,767 characters; letters at random do not compress into a zip bomb
            StringBuilder notes = new StringBuilder();
            random.ints(32_000, 'a', 'z' + 1).forEach(letter -> notes.append((char) letter));
            rows.add(List.of("Person Number", "FEMALE", 1990, "CITIZEN", "SUGHD.ISFARA", notes.toString()));
        }

        uploadRegister("notes.xlsx", workbook(rows), null).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("characters"));
    }

    @Test
    void templatesNameTheColumnsInEnglishRussianOrTajik() throws IOException {
        String csv = as("trainer").get("/imports/trainees/template?format=csv&lang=ru").then().statusCode(200)
                .header("Content-Disposition", containsString("trainees-ru.csv")).extract().asString();
        assertEquals("\uFEFFФИО,Пол,Год рождения,Категория,Район,Телефон\r\n", csv);
        byte[] xlsx = as("trainer").get("/imports/trainees/template?format=xlsx&lang=tg").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertEquals("Ному насаб", header.getCell(0).getStringCellValue());
            assertEquals("Ноҳия", header.getCell(4).getStringCellValue());
        }
        as("trainer").get("/imports/trainees/template?lang=fr").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lang")));
        as("trainer").get("/imports/trainees/template?format=pdf").then().statusCode(400);
        as("trainer").get("/imports/trainees/template?lang=").then().statusCode(200)
                .header("Content-Disposition", containsString("trainees-en.xlsx"));
    }

    /** An XLSX workbook of one sheet with these rows (numbers stay numeric cells). */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Register");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
