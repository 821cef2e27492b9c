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
package io.github.cameltiktok.client.read;

import java.time.LocalDate;

import io.github.cameltiktok.client.model.DateWindow;

/**
 * Which days a read covers, from the endpoint's options: the fixed {@code startDate}/{@code endDate}, or the last
 * {@code lookbackDays} days up to the advertiser's today, or TikTok's lifetime figures.
 *
 * @param startDate    the configured first day, or null
 * @param endDate      the configured last day, or null
 * @param lookbackDays the days a rolling window reads, the last one (today) included
 * @param lifetime     a lifetime report: no days at all
 */
public record WindowRule(LocalDate startDate, LocalDate endDate, int lookbackDays, boolean lifetime) {

    /**
     * The window of a request: the fixed one, or the last lookbackDays days up to today; the producer's headers or
     * the consumer's progress may replace either end. Null for a lifetime report.
     *
     * @param today the advertiser's today
     */
    public DateWindow window(LocalDate today, LocalDate startOverride, LocalDate endOverride) {
        if (lifetime) {
            return null;
        }
        LocalDate start = startOverride != null ? startOverride : startDate;
        LocalDate end = endOverride != null ? endOverride : endDate;
        if (end == null) {
            end = start != null && start.isAfter(today) ? start : today;
        }
        if (start == null) {
            start = end.minusDays(lookbackDays - 1);   // lookbackDays days, the last one included
        }
        return new DateWindow(start, end);
    }

    /**
     * The window a resuming consumer reads: with nothing delivered yet, from startDate or lookbackDays before today;
     * else the last lookbackDays days up to the last one delivered (included) again, never before startDate (the
     * backfill's first day), then every day after it up to today.
     *
     * @param lastDelivered the last day delivered, or null
     */
    public DateWindow resumed(LocalDate lastDelivered, LocalDate today) {
        if (lastDelivered == null) {
            return window(today, null, null);
        }
        LocalDate from = (lastDelivered.isAfter(today) ? today : lastDelivered).minusDays(lookbackDays - 1);
        if (startDate != null && from.isBefore(startDate)) {
            from = startDate;
        }
        return window(today, from, today);
    }

    /**
     * Whether the window ends at "today", which is the advertiser's day: no lifetime report, and no last day given
     * by the endpoint or the message.
     */
    public boolean endsToday(LocalDate endOverride) {
        return !lifetime && endDate == null && endOverride == null;
    }

    /**
     * Whether a consumer resumes from the last day it delivered: the window ends today; startDate, when given, is
     * only the first day of the backfill.
     */
    public boolean resumes() {
        return endsToday(null);
    }

    /**
     * Why a window's end before its start is refused, naming where each end came from (an option, a header); null
     * when they are in order or one is not given. The one check of a window's order before it is read.
     */
    public static String orderError(LocalDate start, String startSource, LocalDate end, String endSource) {
        if (start == null || end == null || !end.isBefore(start)) {
            return null;
        }
        return "Invalid value '" + end + "' for " + endSource + ": before " + startSource + " " + start + ", the"
               + " window's first day. Allowed values: " + start + " or later";
    }
}
