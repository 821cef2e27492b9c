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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.github.cameltiktok.simulator.SyntheticData.Level;

/**
 * The rows of a report query, generated on demand from {@link SyntheticData}: which day, object and breakdown a row
 * index stands for, its dimension and metric values as TikTok writes them (strings, money in hundredths), the order
 * of an ordered report, and a report task's CSV file.
 */
final class ReportRows {

    /** Attribute metrics and the highest data level at which each exists. */
    static final Map<String, Level> ATTRIBUTE_METRICS = Map.ofEntries(
            Map.entry("advertiser_name", Level.ADVERTISER), Map.entry("advertiser_id", Level.ADVERTISER),
            Map.entry("currency", Level.ADVERTISER), Map.entry("campaign_name", Level.CAMPAIGN),
            Map.entry("campaign_id", Level.CAMPAIGN), Map.entry("objective_type", Level.CAMPAIGN),
            Map.entry("campaign_budget", Level.CAMPAIGN), Map.entry("adgroup_name", Level.ADGROUP),
            Map.entry("adgroup_id", Level.ADGROUP), Map.entry("budget", Level.ADGROUP),
            Map.entry("ad_name", Level.AD), Map.entry("ad_id", Level.AD));
    private static final Set<String> COST_METRICS = Set.of("spend", "billed_cost", "cash_spend", "voucher_spend",
            "cpc", "cpm", "cost_per_1000_reached", "cost_per_conversion", "real_time_cost_per_conversion",
            "cost_per_result", "campaign_budget", "budget");

    private final SimulatorConfig config;
    private final SyntheticData data;
    private final GmvMaxShop gmvMax;

    ReportRows(SimulatorConfig config, SyntheticData data) {
        this.config = config;
        this.data = data;
        this.gmvMax = new GmvMaxShop(config, data);
    }

    /** What TikTok adds to the metrics of a batched row: the account's currency, time zone and id. */
    Map<String, String> batchFields(ReportEngine.Query q) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("currency", q.batchWithoutId ? "0" : "USD");
        fields.put("timezone", q.batchWithoutId ? "0" : config.quirks().zone(q.advertiser).getId());
        fields.put("advertiser_id", q.batchWithoutId ? "0" : advertiserId(q));
        return fields;
    }

    /** A metric's value in a row, as the request shape has it: cost metrics of a batch without an ID are "-". */
    String sentMetricValue(ReportEngine.Query q, RowKey key, String metric, long[] counts) {
        if (q.batchWithoutId && COST_METRICS.contains(metric)) {
            return "-";
        }
        String value = metricValue(q, key, metric, counts);
        if (q.batched && COST_METRICS.contains(metric) && value.contains(".")
            && config.quirks().other(OpenQuestion.BATCH_MONEY_WITHOUT_DECIMALS)) {
            // "100 USD will be displayed as 100"
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /**
     * The whole report as a report task's CSV file: a header of TikTok's field names (titles untranslated), then
     * one line per row; day labels are written as dates alone, as a CSV may (the component normalises them).
     */
    byte[] csv(ReportEngine.Query q) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] order = q.orderField == null ? null : sortedRows(q);
        List<String> header = new ArrayList<>(q.dimensions);
        header.addAll(q.metrics);
        try (SequenceWriter csv = CSV.writer().writeValues(out)) {
            csv.write(header);
            long[] counts = new long[SyntheticData.COUNTS];
            List<String> line = new ArrayList<>(header.size());
            for (long i = 0; i < q.totalRows(); i++) {
                RowKey key = key(q, order == null ? i : order[(int) i]);
                counts(q, key, counts);
                line.clear();
                for (String dimension : q.dimensions) {
                    String value = dimensionValue(q, key, dimension);
                    // TikTok's known issue: report tasks give country_code as the country's name
                    line.add(dimension.equals("stat_time_day") ? value.substring(0, 10)
                            : dimension.equals("country_code") ? countryName(value) : value);
                }
                for (String metric : q.metrics) {
                    line.add(metricValue(q, key, metric, counts));
                }
                csv.write(line);
            }
        }
        return out.toByteArray();
    }

    private static final CsvMapper CSV = new CsvMapper();

    /** The English name of a country code, as TikTok's report tasks write it ("United States" for US). */
    static String countryName(String code) {
        return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
    }

    /** Which time bucket, entity and breakdown bucket a row index stands for: time first, so rows come in date order. */
    record RowKey(int day, int hour, long entity, int[] buckets) {
    }

    RowKey key(ReportEngine.Query q, long row) {
        long breakdowns = q.breakdownBuckets();
        long perTime = q.entities.length * breakdowns;
        long time = row / perTime;
        long rest = row % perTime;
        long entity = q.entities[(int) (rest / breakdowns)];
        long bucket = rest % breakdowns;
        int[] buckets = new int[q.breakdowns.size()];
        for (int i = q.breakdowns.size() - 1; i >= 0; i--) {
            int size = bucketValues(q, q.breakdowns.get(i)).size();
            buckets[i] = (int) (bucket % size);
            bucket /= size;
        }
        int day = q.hourly ? (int) (time / 24) : (int) time;
        int hour = q.hourly ? (int) (time % 24) : -1;
        return new RowKey(day, hour, entity, buckets);
    }

    void counts(ReportEngine.Query q, RowKey key, long[] counts) {
        Arrays.fill(counts, 0);
        if (q.daily || q.hourly) {
            data.addDay(q.level, key.entity, q.days.get(key.day), counts, q.adCutoff, q.ads);
            addGmvMax(q, q.days.get(key.day), counts);
            if (q.level == Level.ADVERTISER && config.quirks().levelLag()
                && q.days.get(key.day).equals(LocalDate.now(config.quirks().zone(q.advertiser)))) {
                scale(counts, 9, 10);
            }
        } else {
            for (LocalDate day : q.days) {
                data.addDay(q.level, key.entity, day, counts, q.adCutoff, q.ads);
                addGmvMax(q, day, counts);
            }
        }
        LocalDate rowDay = q.daily || q.hourly ? q.days.get(key.day) : null;
        LocalDate yesterday = LocalDate.now(config.quirks().zone(q.advertiser)).minusDays(1);
        boolean open = rowDay != null && !rowDay.isBefore(yesterday);
        if (open && config.quirks().has(SimulatorQuirks.Live.MOVING_OPEN_DAYS)) {
            // TikTok refreshes an open day while it is read: each read sees it a little further on
            scale(counts, 1000 + q.read % 7, 1000);
        }
        if (open && q.breakdowns.contains("country_code")
            && config.quirks().has(SimulatorQuirks.Live.LAGGING_BREAKDOWNS)) {
            scale(counts, 9, 10);
        }
        if (key.hour >= 0) {
            SyntheticData.toHour(counts, key.hour);
        }
        for (int i = 0; i < key.buckets.length; i++) {
            switch (q.breakdowns.get(i)) {
                case "gender" -> SyntheticData.toGender(counts, key.buckets[i]);
                case "age" -> SyntheticData.toAge(counts, key.buckets[i]);
                default -> SyntheticData.toCountry(counts,
                        SyntheticData.COUNTRIES.indexOf(q.countries.get(key.buckets[i])));
            }
        }
    }

    private static void scale(long[] counts, long numerator, long denominator) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = counts[i] * numerator / denominator;
        }
    }

    /** {@link OpenQuestion#ADVERTISER_TOTAL_WITH_GMV_MAX}: the advertiser level's spend adds GMV Max's cost. */
    private void addGmvMax(ReportEngine.Query q, LocalDate day, long[] counts) {
        if (q.level == Level.ADVERTISER && config.quirks().other(OpenQuestion.ADVERTISER_TOTAL_WITH_GMV_MAX)
            && data.hasDelivery(day)) {
            counts[SyntheticData.SPEND_CENTS] += gmvMax.advertiserCostCents(q.advertiser, day);
        }
    }

    static List<String> bucketValues(ReportEngine.Query q, String breakdown) {
        return switch (breakdown) {
            case "gender" -> SyntheticData.GENDERS;
            case "age" -> SyntheticData.AGES;
            default -> q.countries;
        };
    }

    String dimensionValue(ReportEngine.Query q, RowKey key, String dimension) {
        return switch (dimension) {
            case "stat_time_day" -> q.days.get(key.day) + " 00:00:00";
            case "stat_time_hour" -> q.days.get(key.day) + String.format(" %02d:00:00", key.hour);
            case "gender", "age", "country_code" ->
                    bucketValues(q, dimension).get(key.buckets[q.breakdowns.indexOf(dimension)]);
            case "advertiser_id" -> advertiserId(q);
            default -> data.id(q.level, key.entity);
        };
    }

    String metricValue(ReportEngine.Query q, RowKey key, String metric, long[] c) {
        long impressions = c[SyntheticData.IMPRESSIONS];
        long clicks = c[SyntheticData.CLICKS];
        long conversions = c[SyntheticData.CONVERSIONS];
        // each row's spend is its own sum rounded half up to cents (fractions only with ROUNDED_MONEY)
        long spend = c[SyntheticData.SPEND_CENTS] + (c[SyntheticData.SPEND_FRACTION] + 500) / 1000;
        long reach = c[SyntheticData.REACH];
        return switch (metric) {
            case "spend", "billed_cost", "cash_spend" -> hundredths(spend);
            case "voucher_spend" -> "0.00";
            case "impressions" -> Long.toString(impressions);
            case "gross_impressions" -> Long.toString(impressions + impressions / 50);
            case "clicks" -> Long.toString(clicks);
            case "ctr" -> ratio(clicks * 100, impressions);
            case "cpc" -> ratio(spend, clicks * 100);
            case "cpm" -> ratio(spend * 10, impressions);
            case "reach" -> Long.toString(reach);
            case "frequency" -> ratio(impressions, reach);
            case "cost_per_1000_reached" -> ratio(spend * 10, reach);
            case "conversion", "real_time_conversion", "result" -> Long.toString(conversions);
            case "cost_per_conversion", "real_time_cost_per_conversion", "cost_per_result" -> ratio(spend, conversions * 100);
            case "conversion_rate", "result_rate" -> ratio(conversions * 100, clicks);
            case "secondary_goal_result" -> "-";
            case "video_play_actions" -> Long.toString(impressions * 3 / 5);
            case "video_watched_2s" -> Long.toString(impressions * 2 / 5);
            case "video_watched_6s" -> Long.toString(impressions / 5);
            case "likes" -> Long.toString(clicks / 2);
            case "comments" -> Long.toString(clicks / 20);
            case "shares" -> Long.toString(clicks / 25);
            case "follows" -> Long.toString(clicks / 30);
            case "profile_visits" -> Long.toString(clicks / 4);
            case "advertiser_name" -> data.name(Level.ADVERTISER, q.advertiser);
            case "advertiser_id" -> advertiserId(q);
            case "campaign_id" -> data.id(Level.CAMPAIGN, data.parent(q.level, key.entity, Level.CAMPAIGN));
            case "adgroup_id" -> data.id(Level.ADGROUP, data.parent(q.level, key.entity, Level.ADGROUP));
            case "ad_id" -> data.id(Level.AD, key.entity);
            case "currency" -> "USD";
            case "campaign_name" -> data.name(Level.CAMPAIGN, data.parent(q.level, key.entity, Level.CAMPAIGN));
            case "objective_type" -> data.objective(data.parent(q.level, key.entity, Level.CAMPAIGN));
            case "campaign_budget" -> hundredths(data.budgetCents(Level.CAMPAIGN,
                    data.parent(q.level, key.entity, Level.CAMPAIGN)));
            case "adgroup_name" -> data.name(Level.ADGROUP, data.parent(q.level, key.entity, Level.ADGROUP));
            case "budget" -> hundredths(data.budgetCents(Level.ADGROUP,
                    data.parent(q.level, key.entity, Level.ADGROUP)));
            case "ad_name" -> data.name(Level.AD, key.entity);
            default -> CatalogMetrics.isMetric(metric) ? CatalogMetrics.value(metric, clicks, conversions, spend) : "-";
        };
    }

    boolean isAttribute(String metric) {
        return ATTRIBUTE_METRICS.containsKey(metric);
    }

    String advertiserId(ReportEngine.Query q) {
        return data.advertiserId(q.advertiser);
    }

    /** Rows sorted by the order field; TikTok sorts the whole report before paging. */
    long[] sortedRows(ReportEngine.Query q) {
        long total = q.totalRows();
        double[] values = new double[(int) total];
        long[] counts = new long[SyntheticData.COUNTS];
        Long[] rows = new Long[(int) total];
        for (int i = 0; i < total; i++) {
            RowKey key = key(q, i);
            counts(q, key, counts);
            String value = metricValue(q, key, q.orderField, counts);
            values[i] = value.equals("-") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
            rows[i] = (long) i;
        }
        Comparator<Long> byValue = Comparator.comparingDouble(r -> values[(int) (long) r]);
        Arrays.sort(rows, q.descending ? byValue.reversed() : byValue);
        return Arrays.stream(rows).mapToLong(Long::longValue).toArray();
    }

    static String hundredths(long value) {
        long cents = value % 100;
        return (value / 100) + (cents < 10 ? ".0" : ".") + cents;
    }

    /** numerator / denominator with two decimals, rounded half up; 0.00 when the denominator is 0. */
    static String ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return "0.00";
        }
        return hundredths((numerator * 100 + denominator / 2) / denominator);
    }
}
