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
package io.github.cameltiktok.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every numeric metric TikTok's integrated report accepts ({@code report-metrics.txt}: the component's catalog and
 * TikTok's own lists), with values that agree with each other for the names without a rule of their own in
 * {@link ReportRows}: a count is a share of the row's conversions, {@code X_rate} its count per 100 clicks,
 * {@code cost_per_X} spend over its count, {@code X_value} its count at a price of its own, {@code X_roas} that value
 * over spend. Deterministic: the same name gives the same figures in every run.
 */
public final class CatalogMetrics {

    static final String RESOURCE = "report-metrics.txt";
    /** The names TikTok accepts as numeric metrics. */
    static final Set<String> NAMES = load();

    private CatalogMetrics() {
    }

    /**
     * The BASIC metrics of TikTok's 2026 change log (the component's tiktok-report-fields.tsv, TikTokSpecTest keeps
     * the two equal): refused with {@link OpenQuestion#CHANGE_LOG_METRICS_REFUSED}.
     */
    public static final Set<String> CHANGE_LOG = Set.of("cost_per_consideration", "new_consideration_rate",
            "new_consideration_size", "minis_id", "minis_name", "optimization_event", "skan_app_install",
            "skan_purchase", "skan_total_purchase_value");

    static boolean isMetric(String name) {
        return NAMES.contains(name);
    }

    /** The value TikTok would write for a metric without a rule of its own, from the row's counts. */
    static String value(String metric, long clicks, long conversions, long spendCents) {
        if (metric.startsWith("cost_per_")) {
            return ReportRows.ratio(spendCents, count(metric.substring("cost_per_".length()), clicks, conversions)
                                                * 100);
        }
        if (metric.endsWith("_roas")) {
            String base = metric.substring(0, metric.length() - "_roas".length());
            return ReportRows.ratio(valueCents(base, clicks, conversions), spendCents);
        }
        if (metric.endsWith("_rate")) {
            String base = metric.substring(0, metric.length() - "_rate".length());
            return ReportRows.ratio(count(base, clicks, conversions) * 100, clicks);
        }
        if (metric.startsWith("value_per_")) {
            String base = metric.substring("value_per_".length());
            return ReportRows.ratio(valueCents(base, clicks, conversions), count(base, clicks, conversions) * 100);
        }
        if (metric.endsWith("_value")) {
            return ReportRows.hundredths(valueCents(metric.substring(0, metric.length() - "_value".length()), clicks,
                    conversions));
        }
        return Long.toString(count(metric, clicks, conversions));
    }

    /** A count: a quarter to twice the row's conversions, never more than its clicks. */
    static long count(String name, long clicks, long conversions) {
        return Math.min(clicks, conversions * (1 + weight(name) % 8) / 4);
    }

    /** The value of a count, in cents: 10.00 to 59.99 apiece. */
    static long valueCents(String name, long clicks, long conversions) {
        return count(name, clicks, conversions) * (1000 + weight(name) % 5000);
    }

    private static int weight(String name) {
        // a stable spread of the name (String.hashCode is fixed by the Java spec)
        return name.hashCode() & 0x7fffffff;
    }

    private static Set<String> load() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = CatalogMetrics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableSet(names);
    }
}
