package com.skyorders.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.error.AppException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's days: parsed and bounded before any query runs, each refusal naming its parameter. */
class DateRangeTest {

    @ParameterizedTest(name = "begin={0} end={1} → 400 naming {2}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL,       2020-03-01, begin",
                "2020-03-01, NULL,       end",
                "2020-3-1,   2020-03-01, begin",
                "2020-03-01, 2020-02-30, end",
                "2020-03-05, 2020-03-01, end",
                "2020-01-01, 2021-01-01, end",
                "1999-12-31, 2000-01-01, begin",
                "2020-01-01, 9999-12-31, end",
                "' ',        2020-03-01, begin"
            })
    void badRangesAreRefusedNamingTheParameter(String begin, String end, String parameter) {
        AppException refused = assertThrows(AppException.class, () -> DateRange.parse(begin, end));
        assertTrue(refused.getMessage().startsWith(parameter), refused.getMessage());
    }

    @Test
    void aLeapYearIsTheLongestRangeAndTheUpperBoundIsExclusive() {
        DateRange year = DateRange.parse("2020-01-01", "2020-12-31");
        assertEquals(366, year.days().size());
        assertEquals(LocalDate.parse("2021-01-01").atStartOfDay(), year.until());
        DateRange day = DateRange.parse(" 2020-03-01 ", "2020-03-01");
        assertEquals(1, day.days().size());
        assertEquals(LocalDate.parse("2020-03-01").atStartOfDay(), day.from());
    }
}
