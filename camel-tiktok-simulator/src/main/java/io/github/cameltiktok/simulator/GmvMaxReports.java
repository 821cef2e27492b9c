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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.github.cameltiktok.simulator.GmvMaxShop.*;

/**
 * TikTok Shop GMV Max's report, {@code GET /gmv_max/report/get/}, from the simulator's {@link GmvMaxShop} (whose
 * stores {@code /gmv_max/store/list/} lists). It serves the account, product campaign, product (SPU), LIVE campaign
 * and LIVE room levels with TikTok's rules: one store, JSON-encoded query values, the filtering object, deleted campaigns left
 * out unless {@code campaign_statuses} asks for them, 40002 for metrics of another level.
 */
final class GmvMaxReports {

    enum Level {
        ACCOUNT(null, Set.of("cost", "orders", "cost_per_order", "gross_revenue", "roi", "net_cost")),
        PRODUCT_CAMPAIGN("PRODUCT", Set.of("campaign_id", "operation_status", "campaign_name", "schedule_type",
                "bid_type", "roas_bid", "cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi")),
        PRODUCT("PRODUCT", Set.of("product_name", "item_group_id", "product_status", "bid_type", "cost", "orders",
                "cost_per_order", "gross_revenue", "roi")),
        LIVE_CAMPAIGN("LIVE", Set.of("campaign_id", "operation_status", "campaign_name", "schedule_type", "bid_type",
                "roas_bid", "cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi", "live_views",
                "cost_per_live_view", "10_second_live_views", "cost_per_10_second_live_view", "live_follows")),
        ROOM("LIVE", Set.of("live_name", "live_status", "cost", "net_cost", "orders", "cost_per_order",
                "gross_revenue", "roi", "live_views", "cost_per_live_view", "10_second_live_views",
                "cost_per_10_second_live_view", "live_follows"));

        final String promotionType;
        final Set<String> metrics;

        Level(String promotionType, Set<String> metrics) {
            this.promotionType = promotionType;
            this.metrics = metrics;
        }
    }

    private final SimulatorConfig config;
    private final SyntheticData data;
    private final GmvMaxShop shop;
    private final ObjectMapper mapper;

    GmvMaxReports(SimulatorConfig config, SyntheticData data, ObjectMapper mapper) {
        this.shop = new GmvMaxShop(config, data);
        this.config = config;
        this.data = data;
        this.mapper = mapper;
    }

    GmvMaxShop shop() {
        return shop;
    }

    /** A report query, validated like TikTok's, with the entities and days it spans. */
    final class Query {
        int advertiser;
        int store;
        Level level;
        List<String> dimensions;
        List<String> metrics;
        List<LocalDate> days;
        boolean daily;
        boolean hourly;
        /** Store, campaign, product or room indices at the level, after the filters. */
        long[] entities;
        /** The one promotion type the filters name, or null. */
        String promotion;
        boolean totals;
        String sortField;
        boolean ascending;
        int page;
        int pageSize;

        long timeBuckets() {
            return daily ? days.size() : hourly ? days.size() * 24L : days.isEmpty() ? 0 : 1;
        }

        long totalRows() {
            return timeBuckets() * entities.length;
        }
    }

    Query parse(Function<String, String> param) {
        Query q = new Query();
        q.advertiser = shop.advertiser(param.apply("advertiser_id"));
        List<String> stores = GmvMaxParams.list(mapper, param.apply("store_ids"), "store_ids");
        if (stores.size() != 1) {
            throw ApiError.invalid("store_ids: Length must be 1.");
        }
        q.store = storeIndex(stores.get(0), q.advertiser);
        q.dimensions = GmvMaxParams.list(mapper, param.apply("dimensions"), "dimensions");
        q.metrics = GmvMaxParams.list(mapper, param.apply("metrics"), "metrics");
        JsonNode filtering = GmvMaxParams.filtering(mapper, param.apply("filtering"));
        q.promotion = GmvMaxParams.promotionType(filtering);
        q.level = level(q.dimensions, q.promotion);
        List<String> invalid = q.metrics.stream().filter(m -> !q.level.metrics.contains(m)).toList();
        if (!invalid.isEmpty()) {
            throw ApiError.invalid("Invalid metric(s): '" + invalid + "'. Please remove those metrics and retry.");
        }
        q.daily = q.dimensions.contains("stat_time_day");
        q.hourly = q.dimensions.contains("stat_time_hour");
        LocalDate start = QueryParams.date(param.apply("start_date"), "start_date");
        LocalDate end = QueryParams.date(param.apply("end_date"), "end_date");
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        long max = q.hourly ? 1 : q.daily ? 30 : 365;
        if (span < 1 || span > max) {
            throw ApiError.invalid("start_date, end_date: The time span must be 1 to " + max + " days.");
        }
        LocalDate today = LocalDate.now(config.quirks().zone(q.advertiser));
        q.days = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end) && !day.isAfter(today); day = day.plusDays(1)) {
            if (data.hasDelivery(day)) {
                q.days.add(day);
            }
        }
        q.entities = entities(q, filtering);
        q.totals = "true".equals(param.apply("enable_total_metrics"));
        q.sortField = param.apply("sort_field");
        if (q.sortField != null && (!q.metrics.contains(q.sortField) || isText(q.sortField))) {
            throw ApiError.invalid("sort_field: " + q.sortField + " is not a sortable metric of this request.");
        }
        String sortType = param.apply("sort_type");
        if (sortType != null && !Set.of("ASC", "DESC").contains(sortType)) {
            throw ApiError.invalid("sort_type: Must be one of ASC, DESC.");
        }
        q.ascending = "ASC".equals(sortType);
        q.page = QueryParams.integer(param.apply("page"), 1, "page");
        q.pageSize = QueryParams.integer(param.apply("page_size"), 10, "page_size");
        if (q.page < 1 || q.pageSize < 1 || q.pageSize > 1000) {
            throw ApiError.invalid("page, page_size: page must be at least 1, page_size 1 to 1000.");
        }
        return q;
    }

    /** {@code data} of one report page: list, page_info and, when asked, total_metrics. */
    Map<String, Object> page(Query q) {
        long total = q.totalRows();
        long[] order = q.sortField == null ? null : sorted(q);
        List<Map<String, Object>> list = new ArrayList<>();
        long from = (long) (q.page - 1) * q.pageSize;
        for (long i = from; i < Math.min(total, from + q.pageSize); i++) {
            list.add(row(q, order == null ? i : order[(int) i]));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("list", list);
        page.put("page_info", Map.of("page", q.page, "page_size", q.pageSize, "total_number", total,
                "total_page", (total + q.pageSize - 1) / q.pageSize));
        if (q.totals) {
            long[] sums = new long[COUNTS];
            long[] counts = new long[COUNTS];
            for (long i = 0; i < total; i++) {
                counts(q, i, counts);
                for (int c = 0; c < COUNTS; c++) {
                    sums[c] += counts[c];
                }
            }
            Map<String, String> totals = new LinkedHashMap<>();
            q.metrics.stream().filter(m -> !isText(m)).forEach(m -> totals.put(m, metric(q.level, -1, m, sums)));
            page.put("total_metrics", totals);
        }
        return page;
    }

    /**
     * Every row of a report query (its pages put together), dimensions and metrics flattened as strings: what a
     * correct reader of the endpoint must deliver.
     */
    List<Map<String, String>> allRows(Map<String, String> query) {
        Map<String, String> whole = new LinkedHashMap<>(query);
        whole.put("page", "1");
        whole.put("page_size", "1000");
        Query q = parse(whole::get);
        long[] order = q.sortField == null ? null : sorted(q);
        List<Map<String, String>> rows = new ArrayList<>();
        for (long i = 0; i < q.totalRows(); i++) {
            Map<String, Object> item = row(q, order == null ? i : order[(int) i]);
            Map<String, String> flat = new LinkedHashMap<>();
            item.values().forEach(part -> {
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) part;
                flat.putAll(values);
            });
            rows.add(flat);
        }
        return rows;
    }

    /** Row {@code i} as TikTok writes it: every value a string, {@code currency} among the metrics unasked. */
    private Map<String, Object> row(Query q, long i) {
        long[] counts = new long[COUNTS];
        counts(q, i, counts);
        long entity = q.entities[(int) (i % q.entities.length)];
        int time = (int) (i / q.entities.length);
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (String dimension : q.dimensions) {
            dimensions.put(dimension, switch (dimension) {
                case "stat_time_day" -> q.days.get(time) + " 00:00:00";
                case "stat_time_hour" -> q.days.get(time / 24) + String.format(" %02d:00:00", time % 24);
                case "advertiser_id" -> data.advertiserId(q.advertiser);
                case "campaign_id" -> Long.toString(CAMPAIGN_BASE + campaignOf(q.level, entity));
                case "item_group_id" -> Long.toString(ITEM_GROUP_BASE + entity);
                default -> Long.toString(ROOM_BASE + entity);
            });
        }
        Map<String, String> metrics = new LinkedHashMap<>();
        q.metrics.forEach(m -> metrics.put(m, metric(q.level, entity, m, counts)));
        metrics.putIfAbsent("currency", "USD");
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("dimensions", dimensions);
        item.put("metrics", metrics);
        return item;
    }

    /** The summed counts of row {@code i}: its entity on its day (or hour, or every day of the window). */
    private void counts(Query q, long i, long[] counts) {
        Arrays.fill(counts, 0);
        long entity = q.entities[(int) (i % q.entities.length)];
        int time = (int) (i / q.entities.length);
        List<LocalDate> days = q.daily ? List.of(q.days.get(time))
                : q.hourly ? List.of(q.days.get(time / 24)) : q.days;
        for (LocalDate day : days) {
            switch (q.level) {
                case ACCOUNT -> {
                    for (int k = 0; k < CAMPAIGNS; k++) {
                        long campaign = entity * CAMPAIGNS + k;
                        if (q.promotion == null || q.promotion.equals(promotionOf(campaign))) {
                            shop.addCampaign(campaign, day, counts);
                        }
                    }
                }
                case PRODUCT_CAMPAIGN, LIVE_CAMPAIGN -> shop.addCampaign(entity, day, counts);
                case PRODUCT -> shop.addLeaf(ITEM_GROUP_BASE + entity, day, counts);
                case ROOM -> shop.addLeaf(ROOM_BASE + entity, day, counts);
            }
        }
        if (q.hourly) {
            SyntheticData.toHour(counts, time % 24);
        }
    }

    private String metric(Level level, long entity, String metric, long[] counts) {
        return shop.metric(metric, entity, level == Level.LIVE_CAMPAIGN || level == Level.ROOM, counts);
    }

    private long[] sorted(Query q) {
        long total = q.totalRows();
        double[] values = new double[(int) total];
        long[] counts = new long[COUNTS];
        Long[] rows = new Long[(int) total];
        for (int i = 0; i < total; i++) {
            counts(q, i, counts);
            String value = metric(q.level, q.entities[(int) (i % q.entities.length)], q.sortField, counts);
            values[i] = value.equals("-") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
            rows[i] = (long) i;
        }
        Comparator<Long> byValue = Comparator.comparingDouble(r -> values[(int) (long) r]);
        Arrays.sort(rows, q.ascending ? byValue : byValue.reversed());
        return Arrays.stream(rows).mapToLong(Long::longValue).toArray();
    }

    /** The level of a grouping, as TikTok's GMV Max docs define them (creative and duration levels not served). */
    private static Level level(List<String> dimensions, String promotion) {
        List<String> ids = dimensions.stream().filter(d -> !d.startsWith("stat_time_")).toList();
        if (dimensions.contains("stat_time_day") && dimensions.contains("stat_time_hour")) {
            throw ApiError.invalid("dimensions: stat_time_day and stat_time_hour cannot be used together.");
        }
        if (ids.equals(List.of("advertiser_id"))) {
            return Level.ACCOUNT;
        }
        if (ids.equals(List.of("campaign_id"))) {
            if (promotion == null) {
                throw ApiError.invalid("filtering: gmv_max_promotion_types is required for campaign_id.");
            }
            return PRODUCT_TYPE.equals(promotion) ? Level.PRODUCT_CAMPAIGN : Level.LIVE_CAMPAIGN;
        }
        if (ids.equals(List.of("item_group_id")) || ids.equals(List.of("campaign_id", "item_group_id"))) {
            return Level.PRODUCT;
        }
        if (ids.equals(List.of("room_id")) || ids.equals(List.of("campaign_id", "room_id"))) {
            return Level.ROOM;
        }
        throw ApiError.invalid("dimensions: " + dimensions + " is not a grouping the simulator serves (account,"
                               + " campaign, product and LIVE room levels).");
    }

    /** The entities of the query's level that its filters keep, in id order. */
    private long[] entities(Query q, JsonNode filtering) {
        long store = (long) q.advertiser * STORES + q.store;
        if (q.level == Level.ACCOUNT) {
            return new long[] { store };
        }
        // campaign_statuses: the spec's four statuses (or the docs' STATUS_ALL); default every status but deleted
        List<String> statuses = GmvMaxParams.filterList(filtering, "campaign_statuses");
        if (statuses != null) {
            for (String status : statuses) {
                if (!SpecEnums.GMV_MAX_CAMPAIGN_STATUSES.contains(status) && !"STATUS_ALL".equals(status)) {
                    throw ApiError.invalid("filtering.campaign_statuses: Invalid enum value " + status + ".");
                }
            }
        }
        List<String> campaignIds = GmvMaxParams.filterList(filtering, "campaign_ids");
        boolean campaignLevel = q.level == Level.PRODUCT_CAMPAIGN || q.level == Level.LIVE_CAMPAIGN;
        if (!campaignLevel && campaignIds == null) {
            throw ApiError.invalid("filtering: campaign_ids is required for " + q.dimensions + ".");
        }
        List<String> childIds = GmvMaxParams.filterList(filtering, q.level == Level.PRODUCT ? "item_group_ids" : "room_ids");
        List<Long> kept = new ArrayList<>();
        for (int k = 0; k < CAMPAIGNS; k++) {
            long campaign = store * CAMPAIGNS + k;
            if (!q.level.promotionType.equals(promotionOf(campaign))
                    || campaignIds != null && !campaignIds.contains(Long.toString(CAMPAIGN_BASE + campaign))
                    || campaignLevel && !statusKept(shop.campaignStatus(campaign), statuses)) {
                continue;
            }
            if (campaignLevel) {
                kept.add(campaign);
                continue;
            }
            int children = q.level == Level.PRODUCT ? PRODUCTS : ROOMS;
            long base = q.level == Level.PRODUCT ? ITEM_GROUP_BASE : ROOM_BASE;
            for (int j = 0; j < children; j++) {
                long child = campaign * children + j;
                if (childIds == null || childIds.contains(Long.toString(base + child))) {
                    kept.add(child);
                }
            }
        }
        return kept.stream().mapToLong(Long::longValue).toArray();
    }

    /** Whether a campaign of this status is reported: those the filter names, or every status but deleted. */
    private static boolean statusKept(String status, List<String> statuses) {
        if (statuses == null) {
            return !"STATUS_DELETE".equals(status);
        }
        return statuses.contains("STATUS_ALL") || statuses.contains(status);
    }

    /** The campaign a row's entity belongs to (its dimension {@code campaign_id}). */
    private static long campaignOf(Level level, long entity) {
        return switch (level) {
            case PRODUCT -> entity / PRODUCTS;
            case ROOM -> entity / ROOMS;
            default -> entity;
        };
    }
}
