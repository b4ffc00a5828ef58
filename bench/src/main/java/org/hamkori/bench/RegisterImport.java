package org.hamkori.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.contract.reference.District;

/**
 * {@code import <rows>}: a trainers' register of that many rows as an XLSX workbook (Russian headers, names in
 * Tajik Cyrillic and in Latin letters, one row in 50 the same person again under another spelling, one in 40 with a
 * bad cell), uploaded to training-service's import and committed. Prints the upload's time until every row is
 * validated ({@code validated_ms}), the commit's ({@code commit_ms}), the rows by status and outcome, and the
 * references: reading the same workbook with Apache POI in this JVM ({@code read_ms}) and trainees registered one
 * {@code POST /trainees} at a time ({@code single_per_s}).
 */
final class RegisterImport {

    private static final String TRAINER = "trainer";
    private static final int SINGLE_REGISTRATIONS = 200;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Surnames, given names and patronymics as trainers write them: Tajik Cyrillic beside a Latin spelling. */
    private static final Names NAMES = Names.read("/bench/register-names.json");
    private static final String[] BAD_YEARS = {"19x5", "1850", "2031", "восемьдесят"};

    private final Api api = new Api();
    private final Random random = new Random(25);

    /** One person of the register: the same person may appear twice, under another spelling. */
    private record Person(String[] surname, String[] given, String[] patronymic, boolean female, int birthYear,
            String district, boolean police) {

        String name(boolean latin) {
            int script = latin ? 1 : 0;
            return (surname[script] + " " + given[script] + " " + patronymic[script]).strip();
        }
    }

    @JsonIgnoreProperties("about")
    private record Names(String[][] surnames, String[][] given, String[][] patronymics) {

        static Names read(String resource) {
            try {
                return Api.JSON.readValue(RegisterImport.class.getResourceAsStream(resource), Names.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    static void run(int rows) throws Exception {
        new RegisterImport().measure(rows);
    }

    private void measure(int rows) throws IOException {
        byte[] workbook = register(rows);

        long start = System.nanoTime();
        int read = readAlone(workbook);
        long readMs = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        Api.Answer uploaded = upload(workbook).expect(202, "POST /imports/trainees");
        long validatedMs = (System.nanoTime() - start) / 1_000_000;
        String id = uploaded.json().get("id").asText();
        var summary = uploaded.json().get("summary");

        start = System.nanoTime();
        Api.Answer committed = api.json(TRAINER, Api.TRAINING + "/imports/" + id + "/commit", "POST",
                Map.of("decisions", List.of()), null);
        long commitMs = (System.nanoTime() - start) / 1_000_000;
        committed.expect(200, "POST /imports/{id}/commit");
        var outcome = committed.json().get("summary");

        System.out.printf("rows=%d read_rows=%d read_ms=%d validated_ms=%d valid=%d invalid=%d duplicates=%d"
                        + " commit_ms=%d created=%d skipped=%d failed=%d single_per_s=%.1f bytes=%d%n",
                summary.get("rows").asInt(), read, readMs, validatedMs, summary.get("valid").asLong(),
                summary.get("invalid").asLong(), summary.get("possibleDuplicates").asLong(), commitMs,
                outcome.get("created").asLong(), outcome.get("skipped").asLong(), outcome.get("failed").asLong(),
                singleRegistrations(), workbook.length);
    }

    /** The register as a workbook: a title, the header, then the rows. */
    private byte[] register(int rows) throws IOException {
        List<District> districts = Programme.DISTRICTS;
        List<Person> people = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Рӯйхат");
            sheet.createRow(0).createCell(0).setCellValue("Рӯйхати иштирокчиён / Список участников");
            Row header = sheet.createRow(1);
            String[] headers = {"№", "ФИО", "Пол", "Год рождения", "Категория", "Район", "Телефон"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < rows; r++) {
                boolean again = r % 50 == 49 && !people.isEmpty();
                Person person = again ? people.get(random.nextInt(people.size())) : person(districts);
                people.add(person);
                boolean latin = again ? random.nextBoolean() : random.nextInt(10) < 3;
                Row row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue(person.name(latin));
                row.createCell(2).setCellValue(person.female() ? (latin ? "F" : "Ж") : (latin ? "M" : "М"));
                row.createCell(3).setCellValue(person.birthYear());
                row.createCell(4).setCellValue(person.police() ? "сотрудник полиции" : "гражданин");
                row.createCell(5).setCellValue(person.district());
                if (random.nextInt(10) < 6) {
                    row.createCell(6).setCellValue(String.format("+992 %02d %03d %04d", 90 + random.nextInt(10),
                            random.nextInt(1000), random.nextInt(10_000)));
                }
                if (r % 40 == 17) {
                    spoil(row, r);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private Person person(List<District> districts) {
        String[] surname = NAMES.surnames()[random.nextInt(NAMES.surnames().length)];
        boolean female = surname[1].endsWith("a");
        String[] patronymic;
        do {
            patronymic = NAMES.patronymics()[random.nextInt(NAMES.patronymics().length)];
        } while (!patronymic[1].isEmpty() && patronymic[1].endsWith("vna") != female);
        return new Person(surname, NAMES.given()[random.nextInt(NAMES.given().length)], patronymic, female,
                1960 + random.nextInt(46), districts.get(random.nextInt(districts.size())).code(),
                random.nextInt(3) == 0);
    }

    /** One bad cell, as registers have them: a year that is not one, an unknown district, a sex left empty. */
    private void spoil(Row row, int r) {
        switch (r % 3) {
            case 0 -> row.getCell(3).setCellValue(BAD_YEARS[r % BAD_YEARS.length]);
            case 1 -> row.getCell(5).setCellValue("Атлантида");
            default -> row.removeCell(row.getCell(2));
        }
    }

    /** Reading the workbook's every cell as text with Apache POI, as the service must before it can check a row. */
    private static int readAlone(byte[] content) throws IOException {
        DataFormatter formatter = new DataFormatter();
        int rows = 0;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    formatter.formatCellValue(cell);
                }
                rows++;
            }
        }
        return rows - 2;
    }

    private Api.Answer upload(byte[] workbook) {
        String boundary = "bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"register.xlsx\""
                + "\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(TRAINER, HttpRequest.newBuilder(URI.create(Api.TRAINING + "/imports/trainees"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    /** Trainees registered one after the other through {@code POST /trainees}: rows per second. */
    private double singleRegistrations() {
        long start = System.nanoTime();
        for (int i = 0; i < SINGLE_REGISTRATIONS; i++) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("fullName", "Reference " + letters(i) + " Trainee");
            form.put("sex", i % 2 == 0 ? "FEMALE" : "MALE");
            form.put("birthYear", 1970 + i % 30);
            form.put("category", "CITIZEN");
            form.put("districtCode", Programme.DISTRICTS.get(i % Programme.DISTRICTS.size()).code());
            api.post(TRAINER, Api.TRAINING + "/trainees", form).expect(201, "POST /trainees");
        }
        return SINGLE_REGISTRATIONS / ((System.nanoTime() - start) / 1e9);
    }

    /** A name part of {@code n}, in letters (a name does not hold digits). */
    private String letters(int n) {
        StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int rest = n; rest > 0 || name.length() < 4; rest /= 26) {
            name.append((char) ('a' + rest % 26));
        }
        return name.toString();
    }
}
