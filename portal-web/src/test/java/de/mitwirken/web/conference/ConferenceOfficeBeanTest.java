package de.mitwirken.web.conference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mitwirken.conference.boundary.OfficeDashboard.DayCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConferenceOfficeBeanTest {

    @Test
    void theTallestBarFillsTheChartAndTheOthersAreToScale() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        List<ConferenceOfficeBean.Bar> bars = ConferenceOfficeBean.bars(List.of(new DayCount(day, 4, 4),
                new DayCount(day.plusDays(1), 0, 4), new DayCount(day.plusDays(2), 2, 6)), String::valueOf, String::valueOf);
        double area = ConferenceOfficeBean.HEIGHT - ConferenceOfficeBean.TOP - ConferenceOfficeBean.BOTTOM;
        assertEquals(area, bars.get(0).height(), 0.1);
        assertEquals(ConferenceOfficeBean.TOP, bars.get(0).y(), 0.1);
        assertEquals(0, bars.get(1).height(), 0.1);
        assertEquals(area / 2, bars.get(2).height(), 0.1);
        assertEquals(ConferenceOfficeBean.HEIGHT - ConferenceOfficeBean.BOTTOM, bars.get(2).y() + bars.get(2).height(), 0.1);
        assertTrue(bars.get(0).x() >= ConferenceOfficeBean.LEFT && bars.get(2).x() + bars.get(2).width() <= ConferenceOfficeBean.WIDTH);
        assertEquals("2026-11-03", bars.get(2).day());
        assertTrue(bars.stream().allMatch(ConferenceOfficeBean.Bar::labelled), "three days: every day is labelled");
    }

    @Test
    void manyDaysAreLabelledEveryFewDays() {
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            days.add(new DayCount(LocalDate.of(2026, 11, 1).plusDays(i), 1, i + 1));
        }
        long labelled = ConferenceOfficeBean.bars(days, String::valueOf, String::valueOf).stream()
                .filter(ConferenceOfficeBean.Bar::labelled).count();
        assertTrue(labelled >= 5 && labelled <= 8, "labelled: " + labelled);
    }
}
