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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reconciled totals a consumer last delivered per day, kept compactly in its state repository
 * ({@code 2026-11-26:spend=12.50,impressions=100;2026-11-27:...}), and the days whose totals changed since: TikTok
 * restates recent days (late conversions, refunded invalid traffic), and a downstream that appends rather than
 * upserts must know.
 */
public final class Restatements {

    private Restatements() {
    }

    /** The delivered totals of a reconciled window, per day and metric. */
    public static String encode(ReconcileOutcome outcome) {
        Map<String, Map<String, String>> byDay = new TreeMap<>();
        for (ReconcileOutcome.Figure figure : outcome.figures()) {
            byDay.computeIfAbsent(figure.day(), d -> new LinkedHashMap<>()).put(figure.metric(),
                    decimal(figure.delivered()).toPlainString());
        }
        StringBuilder text = new StringBuilder();
        byDay.forEach((day, metrics) -> {
            text.append(text.length() == 0 ? "" : ";").append(day).append(':');
            StringBuilder values = new StringBuilder();
            metrics.forEach((metric, value) -> values.append(values.length() == 0 ? "" : ",").append(metric)
                    .append('=').append(value));
            text.append(values);
        });
        return text.toString();
    }

    /** Totals as {@link #encode} wrote them; empty for none, or for a value this version cannot read. */
    public static Map<String, Map<String, BigDecimal>> decode(String text) {
        Map<String, Map<String, BigDecimal>> byDay = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return byDay;
        }
        try {
            for (String day : text.split(";")) {
                int colon = day.indexOf(':');
                Map<String, BigDecimal> metrics = new LinkedHashMap<>();
                for (String pair : day.substring(colon + 1).split(",")) {
                    int equals = pair.indexOf('=');
                    metrics.put(pair.substring(0, equals), new BigDecimal(pair.substring(equals + 1)));
                }
                byDay.put(day.substring(0, colon), metrics);
            }
        } catch (RuntimeException unreadable) {
            return new TreeMap<>();
        }
        return byDay;
    }

    /**
     * The figures of days delivered before whose totals changed: day, metric, before, now and the change.
     *
     * @param before the totals last delivered, as {@link #decode} reads them
     */
    public static List<Map<String, Object>> changes(Map<String, Map<String, BigDecimal>> before,
                                                    ReconcileOutcome now) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (ReconcileOutcome.Figure figure : now.figures()) {
            BigDecimal was = before.getOrDefault(figure.day(), Map.of()).get(figure.metric());
            BigDecimal is = decimal(figure.delivered());
            if (was != null && was.compareTo(is) != 0) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("day", figure.day());
                change.put("metric", figure.metric());
                change.put("before", was);
                change.put("now", is);
                change.put("change", is.subtract(was));
                changes.add(change);
            }
        }
        return changes;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Number ? new BigDecimal(value.toString()) : BigDecimal.ZERO;
    }
}
