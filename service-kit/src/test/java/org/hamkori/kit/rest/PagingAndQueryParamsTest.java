package org.hamkori.kit.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.hamkori.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class PagingAndQueryParamsTest {

    @Test
    void aPageWhoseFirstRowOverflowsIsRefusedNamingPage() {
        ProblemException e = assertThrows(ProblemException.class, () -> request("42949673", null).validated());
        assertEquals(400, e.problem().status());
        assertEquals("page", e.problem().errors().get(0).field());
    }

    @Test
    void theLargestPageDependsOnTheSize() {
        assertEquals(Integer.MAX_VALUE / 50 - 1, request(Integer.toString(Integer.MAX_VALUE / 50 - 1), null).page());
        assertEquals(Integer.MAX_VALUE / 500 - 1, request(Integer.toString(Integer.MAX_VALUE / 500 - 1), "500").page());
        assertThrows(ProblemException.class, () -> request(Integer.toString(Integer.MAX_VALUE / 500), "500").page());
    }

    @Test
    void aBadPageAndABadSizeAreBothListed() {
        ProblemException e = assertThrows(ProblemException.class, () -> request("-1", "501").validated());
        assertEquals(2, e.problem().errors().size());
    }

    @Test
    void queryDatesOutsideTheProgrammeAreRefusedNamingTheParameter() {
        for (String far : new String[] {"+9999999-12-31", "0001-01-01", LocalDate.now().plusYears(11).toString()}) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryParams.date("to", far), far);
            assertEquals("to", e.problem().errors().get(0).field());
        }
        assertEquals(LocalDate.of(2021, 6, 21), QueryParams.date("to", "2021-06-21"));
    }

    private static PageRequest request(String page, String size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}
