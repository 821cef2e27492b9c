package io.github.cameltiktok.kafka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans work from what was planned before: the days after each advertiser's last planned day up to today, with the
 * {@code lookbackDays} before them read again (TikTok restates recent figures), in items of at most
 * {@code windowDays}; a new advertiser from {@code startDate}. Planning again on the same day plans nothing, so a
 * planner that takes over from another repeats no work.
 */
final class Planner {

    /** The items to send, and each advertiser's last planned day once they are sent. */
    record Plan(List<WorkItem> items, Map<String, LocalDate> planned) {
    }

    private final ScaleOutSettings settings;

    Planner(ScaleOutSettings settings) {
        this.settings = settings;
    }

    Plan plan(Map<String, LocalDate> lastPlanned, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        Map<String, LocalDate> planned = new LinkedHashMap<>();
        for (String advertiser : settings.advertiserIds()) {
            LocalDate last = lastPlanned.get(advertiser);
            if (last != null && !last.isBefore(today)) {
                continue;
            }
            LocalDate from = last == null ? settings.startDate() : last.plusDays(1 - settings.lookbackDays());
            if (from.isBefore(settings.startDate())) {
                from = settings.startDate();
            }
            for (LocalDate start = from; !start.isAfter(today); start = start.plusDays(settings.windowDays())) {
                LocalDate end = start.plusDays(settings.windowDays() - 1L);
                items.add(new WorkItem(advertiser, start, end.isAfter(today) ? today : end));
            }
            planned.put(advertiser, today);
        }
        return new Plan(items, planned);
    }
}
