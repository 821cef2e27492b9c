/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltiktok.kafka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Plans work from what was planned before: the days after each advertiser's last planned day up to today, with the
 * {@code lookbackDays} before them read again (TikTok restates recent figures), in items of at most
 * {@code windowDays}; a new advertiser from {@code startDate}. Today is each advertiser's own (its account's day).
 * Planning again on the same day plans nothing, so a planner that takes over from another repeats no work.
 */
final class Planner {

    /** The items to send, and each advertiser's last planned day once they are sent. */
    record Plan(List<WorkItem> items, Map<String, LocalDate> planned) {
    }

    private final ScaleOutSettings settings;

    Planner(ScaleOutSettings settings) {
        this.settings = settings;
    }

    /** A plan of the settings' advertisers where every advertiser has the same today. */
    Plan plan(Map<String, LocalDate> lastPlanned, LocalDate today) {
        return plan(settings.advertiserIds(), lastPlanned, advertiser -> today);
    }

    /**
     * @param advertisers those to plan for: the settings', or every one TikTok lists for the token now (one no longer
     *                    listed is not planned; its last planned day is kept, so that it resumes if listed again)
     * @param todayOf     each advertiser's own today: the day in its ad account's time zone
     */
    Plan plan(List<String> advertisers, Map<String, LocalDate> lastPlanned, Function<String, LocalDate> todayOf) {
        List<WorkItem> items = new ArrayList<>();
        Map<String, LocalDate> planned = new LinkedHashMap<>();
        for (String advertiser : advertisers) {
            LocalDate today = todayOf.apply(advertiser);
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
