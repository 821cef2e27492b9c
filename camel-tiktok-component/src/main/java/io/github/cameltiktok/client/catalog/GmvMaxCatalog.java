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
package io.github.cameltiktok.client.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * TikTok's rules for GMV Max reports ({@code GET /open_api/v1.3/gmv_max/report/get/}), the TikTok Shop campaigns
 * that the integrated report does not cover: one store per request, the levels (which dimensions group together,
 * which filters they need, which metrics they answer), the filtering object's keys and the sort fields. Sources:
 * TikTok's GMV Max docs and its Business API SDK (GMV Max is not in TikTok's sandbox: see docs/unconfirmed.md).
 */
public final class GmvMaxCatalog {

    /** The value of the {@code reportType} option that reads GMV Max reports. */
    public static final String REPORT_TYPE = "GMV_MAX";
    public static final String REPORT_PATH = "/open_api/v1.3/gmv_max/report/get/";
    public static final String STORE_LIST_PATH = "/open_api/v1.3/gmv_max/store/list/";

    public static final String PRODUCT = "PRODUCT";
    public static final String LIVE = "LIVE";
    public static final List<String> PROMOTION_TYPES = List.of(PRODUCT, LIVE);

    /** Filter keys of the {@code filtering} object. */
    public static final String PROMOTION_TYPES_FILTER = "gmv_max_promotion_types";
    public static final String CAMPAIGN_IDS = "campaign_ids";
    public static final String CAMPAIGN_STATUSES = "campaign_statuses";
    public static final String ITEM_GROUP_IDS = "item_group_ids";
    public static final String ROOM_IDS = "room_ids";
    /** Every campaign status TikTok's SDK lists: sent to include deleted campaigns (STATUS_ALL is in the docs only). */
    public static final List<String> ALL_CAMPAIGN_STATUSES
            = List.of("STATUS_DELIVERY_OK", "STATUS_DISABLE", "STATUS_DELETE", "STATUS_NOT_DELIVERY");
    /** Ids one list filter may hold. */
    public static final int MAX_FILTER_IDS = 100;

    /** Filter keys with list values, and the values allowed where TikTok names them (empty: any ids). */
    public static final Map<String, List<String>> LIST_FILTERS = Map.of(
            PROMOTION_TYPES_FILTER, PROMOTION_TYPES,
            CAMPAIGN_IDS, List.of(),
            CAMPAIGN_STATUSES, Stream.concat(ALL_CAMPAIGN_STATUSES.stream(), Stream.of("STATUS_ALL")).toList(),
            ITEM_GROUP_IDS, List.of(),
            ROOM_IDS, List.of(),
            "item_ids", List.of(),
            "creative_types", List.of("ADS_AND_ORGANIC", "ORGANIC", "REMOVED"),
            "creative_delivery_statuses", List.of("IN_QUEUE", "LEARNING", "DELIVERING", "NOT_DELIVERYING",
                    "AUTHORIZATION_NEEDED", "EXCLUDED", "UNAVAILABLE", "REJECTED", "NOT_ACTIVE"));
    /** Filter keys with a text value (fuzzy matches). */
    public static final List<String> TEXT_FILTERS = List.of("campaign_name", "search_word");

    private static final List<String> CAMPAIGN_ATTRIBUTES = List.of(
            "campaign_id", "operation_status", "campaign_name", "schedule_type", "schedule_start_time",
            "schedule_end_time", "target_roi_budget", "bid_type", "max_delivery_budget");
    private static final List<String> CORE = List.of("cost", "orders", "cost_per_order", "gross_revenue", "roi");
    private static final List<String> LIVE_DELIVERY = List.of(
            "roas_bid", "cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi", "all_shops_orders",
            "all_shops_gross_revenue", "all_shops_roi", "all_shops_cost_per_order", "live_views",
            "cost_per_live_view", "10_second_live_views", "cost_per_10_second_live_view", "live_follows");
    private static final List<String> CREATIVE_RATES = List.of(
            "product_impressions", "product_clicks", "product_click_rate", "ad_click_rate", "ad_conversion_rate",
            "ad_video_view_rate_2s", "ad_video_view_rate_6s", "ad_video_view_rate_p25", "ad_video_view_rate_p50",
            "ad_video_view_rate_p75", "ad_video_view_rate_p100");

    /** Text metrics: ids, names, statuses, budgets, times. Never numbers, never a sort field. */
    private static final Set<String> ATTRIBUTE_METRICS = Set.of(
            "campaign_id", "operation_status", "campaign_name", "schedule_type", "schedule_start_time",
            "schedule_end_time", "target_roi_budget", "bid_type", "max_delivery_budget", "product_name",
            "item_group_id", "product_image_url", "product_status", "title", "item_id", "tt_account_name",
            "tt_account_profile_image_url", "tt_account_authorization_type", "shop_content_type",
            "creative_delivery_status", "identity_id", "live_name", "live_status", "live_launched_time",
            "live_duration", "currency", "store_id");

    /** Counts and amounts: their totals over days, stores and advertisers add up. */
    private static final Set<String> ADDITIVE_METRICS = Set.of(
            "cost", "net_cost", "orders", "gross_revenue", "all_shops_orders", "all_shops_gross_revenue", "live_views",
            "10_second_live_views", "live_follows", "product_impressions", "product_clicks");

    /** Sort fields per promotion type ({@code sort_field}). */
    private static final Map<String, List<String>> SORT_FIELDS = Map.of(
            PRODUCT, Stream.concat(Stream.of("cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi"),
                    CREATIVE_RATES.stream()).toList(),
            LIVE, List.of("cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi", "live_views",
                    "cost_per_live_view", "10_second_live_views", "cost_per_10_second_live_view", "live_follows"));

    /**
     * A level of GMV Max reporting: the dimension groupings it answers (each with or without one time dimension where
     * {@code timed}), the promotion type it belongs to (null: both), the filter keys it requires and its metrics.
     *
     * @param campaignStatuses whether its filters take {@code campaign_statuses} (the campaign levels)
     */
    public record Level(String name, String promotionType, List<List<String>> groupings, boolean timed,
                        List<String> requiredFilters, boolean campaignStatuses, Set<String> metrics) {

        boolean matches(List<String> idDimensions) {
            return groupings.stream().anyMatch(g -> g.equals(idDimensions));
        }

        /** The groupings as users write them, for messages. */
        public String describeGroupings() {
            List<String> shown = new ArrayList<>();
            for (List<String> grouping : groupings) {
                String ids = String.join(",", grouping);
                shown.add(timed ? ids + "[," + TikTokReportCatalog.DAY + "|" + TikTokReportCatalog.HOUR + "]" : ids);
            }
            return String.join(" or ", shown);
        }
    }

    /** The levels of TikTok's "Metrics in GMV Max Campaign reports", in its order. */
    public static final List<Level> LEVELS = List.of(
            new Level("account", null, List.of(List.of("advertiser_id")), true, List.of(), false,
                    set(List.of("cost", "orders", "cost_per_order", "gross_revenue", "roi", "net_cost"))),
            new Level("product campaign", PRODUCT, List.of(List.of("campaign_id")), true,
                    List.of(PROMOTION_TYPES_FILTER), true,
                    set(CAMPAIGN_ATTRIBUTES, List.of("roas_bid", "net_cost"), CORE)),
            new Level("product (SPU)", PRODUCT, List.of(List.of("item_group_id"),
                    List.of("campaign_id", "item_group_id")), true, List.of(CAMPAIGN_IDS), false,
                    set(List.of("product_name", "item_group_id", "product_image_url", "product_status", "bid_type"),
                            CORE)),
            new Level("product creative", PRODUCT, List.of(List.of("campaign_id", "item_group_id", "item_id"),
                    List.of("item_id")), true, List.of(CAMPAIGN_IDS, ITEM_GROUP_IDS), false,
                    set(List.of("title", "item_id", "tt_account_name", "tt_account_profile_image_url",
                            "tt_account_authorization_type", "shop_content_type", "creative_delivery_status"), CORE,
                            CREATIVE_RATES)),
            new Level("product duration", PRODUCT, List.of(List.of("duration"), List.of("campaign_id", "duration"),
                    List.of("item_group_id", "duration"), List.of("campaign_id", "item_group_id", "duration")), false,
                    List.of(CAMPAIGN_IDS, ITEM_GROUP_IDS), false, set(List.of("bid_type", "roas_bid"), CORE)),
            new Level("LIVE campaign", LIVE, List.of(List.of("campaign_id")), true, List.of(PROMOTION_TYPES_FILTER),
                    true, set(CAMPAIGN_ATTRIBUTES, List.of("tt_account_name", "tt_account_profile_image_url",
                            "identity_id"), LIVE_DELIVERY)),
            new Level("LIVE room", LIVE, List.of(List.of("room_id"), List.of("campaign_id", "room_id")), true,
                    List.of(CAMPAIGN_IDS), false,
                    set(List.of("live_name", "live_status", "live_launched_time", "live_duration"), LIVE_DELIVERY)),
            new Level("LIVE duration", LIVE, List.of(List.of("duration"), List.of("campaign_id", "duration"),
                    List.of("room_id", "duration"), List.of("campaign_id", "room_id", "duration")), false,
                    List.of(CAMPAIGN_IDS, ROOM_IDS), false, set(List.of("bid_type"), CORE, List.of("all_shops_orders",
                    "all_shops_gross_revenue", "all_shops_roi", "all_shops_cost_per_order", "live_views"))));

    /** Every dimension of GMV Max reports. */
    public static final List<String> DIMENSIONS = List.of("advertiser_id", "campaign_id", TikTokReportCatalog.DAY,
            TikTokReportCatalog.HOUR, "item_group_id", "item_id", "room_id", "duration");

    private GmvMaxCatalog() {
    }

    @SafeVarargs
    private static Set<String> set(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The level a report's dimensions and promotion type stand for. Groupings shared by a product and a LIVE level
     * ({@code campaign_id}, {@code duration}) are told apart by the promotion type.
     *
     * @param promotionType the one promotion type the filters name, or null
     * @return empty when no level has that grouping, or the promotion type is needed and missing
     */
    public static Optional<Level> level(List<String> dimensions, String promotionType) {
        List<String> ids = dimensions.stream().filter(d -> !isTimeDimension(d)).toList();
        List<Level> matching = LEVELS.stream().filter(l -> l.matches(ids))
                .filter(l -> promotionType == null || l.promotionType() == null
                             || l.promotionType().equals(promotionType))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** Levels whose groupings include these dimensions, whatever the promotion type. */
    public static List<Level> levelsWithGrouping(List<String> dimensions) {
        List<String> ids = dimensions.stream().filter(d -> !isTimeDimension(d)).toList();
        return LEVELS.stream().filter(l -> l.matches(ids)).toList();
    }

    public static boolean isTimeDimension(String dimension) {
        return TikTokReportCatalog.DAY.equals(dimension) || TikTokReportCatalog.HOUR.equals(dimension);
    }

    public static boolean isAttributeMetric(String metric) {
        return ATTRIBUTE_METRICS.contains(metric);
    }

    public static boolean isAdditiveMetric(String metric) {
        return ADDITIVE_METRICS.contains(metric);
    }

    /** Amounts in the account's currency. */
    private static final Set<String> MONEY_METRICS = Set.of("cost", "net_cost", "gross_revenue",
            "all_shops_gross_revenue");

    public static boolean isMoneyMetric(String metric) {
        return MONEY_METRICS.contains(metric);
    }

    /** What TikTok sorts GMV Max reports of a promotion type by; both types' fields when it is not known. */
    public static List<String> sortFields(String promotionType) {
        if (promotionType != null) {
            return SORT_FIELDS.get(promotionType);
        }
        Set<String> both = new LinkedHashSet<>(SORT_FIELDS.get(PRODUCT));
        both.addAll(SORT_FIELDS.get(LIVE));
        return List.copyOf(both);
    }
}
