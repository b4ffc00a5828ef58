package org.hamkori.kit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    record Form(String name, LocalDate on, List<String> tags) {
    }

    final ObjectMapper json = mapper();

    @Test
    void aNulInABodyStringIsRefusedNamingTheField() {
        JsonMappingException e = assertThrows(RejectedValueException.class,
                () -> json.readValue("{\"name\":\"A\\u0000B\"}", Form.class));
        assertEquals("name", e.getPath().get(0).getFieldName());
        assertEquals(InputText.BODY_RULE, e.getOriginalMessage());
    }

    @Test
    void aControlCharacterInAListElementIsRefusedWithItsIndex() {
        JsonMappingException e = assertThrows(RejectedValueException.class,
                () -> json.readValue("{\"tags\":[\"ok\",\"bell\\u0007\"]}", Form.class));
        assertEquals("tags", e.getPath().get(0).getFieldName());
        assertEquals(1, e.getPath().get(1).getIndex());
    }

    @Test
    void multiLineFreeTextAndNonLatinTextAreAccepted() throws Exception {
        Form form = json.readValue("{\"name\":\"Line one\\r\\n\\tline two — Қурбон 😀\"}", Form.class);
        assertEquals("Line one\r\n\tline two — Қурбон 😀", form.name());
    }

    @Test
    void farDatesInABodyAreRefusedAndProgrammeDatesAccepted() throws Exception {
        for (String far : List.of("+9999999-12-31", "0001-01-01", "1990-12-31",
                LocalDate.now().plusYears(10).plusDays(1).toString())) {
            JsonMappingException e = assertThrows(RejectedValueException.class,
                    () -> json.readValue("{\"on\":\"" + far + "\"}", Form.class), far);
            assertEquals("on", e.getPath().get(0).getFieldName());
        }
        assertEquals(ProgrammeDates.EARLIEST, json.readValue("{\"on\":\"1991-01-01\"}", Form.class).on());
        LocalDate latest = LocalDate.now().plusYears(10);
        assertEquals(latest, json.readValue("{\"on\":\"" + latest + "\"}", Form.class).on());
    }

    @Test
    void parametersAllowNoControlCharacterAtAllWhileBodiesKeepLineBreaks() {
        assertFalse(InputText.acceptableInParameter("A\u0000B"));
        assertFalse(InputText.acceptableInParameter("line\nbreak"));
        assertFalse(InputText.acceptableInParameter("\u0085"));
        assertTrue(InputText.acceptableInBody("line\nbreak"));
        assertFalse(InputText.acceptableInBody("\u007f"));
    }

    @Test
    void unpairedSurrogatesAreNotText() {
        assertFalse(InputText.acceptableInBody("a\ud800"));
        assertFalse(InputText.acceptableInBody("\udc00a"));
        assertTrue(InputText.acceptableInParameter("\ud83d\ude00"));
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new InputRulesCustomizer().customize(mapper);
        return mapper;
    }
}
