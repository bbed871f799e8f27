package de.mitwirken.backlog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aValueTheColumnCannotHoldIsRefusedAsBadInput() {
        assertEquals(Set.of("value"), new MeasurementDraft(TODAY, new BigDecimal("1E+20"), null).problems(TODAY).keySet());
        assertTrue(new MeasurementDraft(TODAY, new BigDecimal("12345678901234.5678"), null).problems(TODAY).isEmpty());
    }

    @Test
    void futureDaysAndMissingValuesAreRefused() {
        assertEquals(Set.of("date", "value"), new MeasurementDraft(TODAY.plusDays(1), null, " ").problems(TODAY).keySet());
    }
}
