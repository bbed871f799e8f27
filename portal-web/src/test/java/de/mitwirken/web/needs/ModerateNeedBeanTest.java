package de.mitwirken.web.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModerateNeedBeanTest {

    @Test
    void theLastDayOfABlockComesFromThePickerOrTypedTheGermanWay() {
        assertEquals(LocalDate.of(2026, 12, 31), ModerateNeedBean.day("2026-12-31"));
        assertEquals(LocalDate.of(2026, 12, 31), ModerateNeedBean.day(" 31.12.2026 "));
        assertEquals(LocalDate.of(2027, 1, 5), ModerateNeedBean.day("5.1.2027"));
        assertNull(ModerateNeedBean.day(""));
        assertNull(ModerateNeedBean.day(null));
        assertNull(ModerateNeedBean.day("31.02.2026"), "no such day");
        assertNull(ModerateNeedBean.day("morgen"));
    }
}
