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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * The one place that knows TikTok's reporting rules: report types, data levels, dimensions, metrics, time spans and
 * limits of {@code GET /open_api/v1.3/report/integrated/get/}. Facts docs/unconfirmed.md lists as unconfirmed are
 * single entries here so that a correction is a one-line change; {@code validateFields=false} lets users pass names
 * this catalog does not know yet.
 */
public final class TikTokReportCatalog {

    public static final String REPORT_PATH = "/open_api/v1.3/report/integrated/get/";
    public static final String ACCESS_TOKEN_PATH = "/open_api/v1.3/oauth2/access_token/";
    /** Unconfirmed: other integrators' path to refresh an expiring token (docs/unconfirmed.md). */
    public static final String REFRESH_TOKEN_PATH = "/open_api/v1.3/oauth2/refresh_token/";
    public static final String ADVERTISER_LIST_PATH = "/open_api/v1.3/oauth2/advertiser/get/";
    public static final String TASK_CREATE_PATH = "/open_api/v1.3/report/task/create/";
    public static final String TASK_CHECK_PATH = "/open_api/v1.3/report/task/check/";
    public static final String TASK_DOWNLOAD_PATH = "/open_api/v1.3/report/task/download/";
    public static final String TASK_CANCEL_PATH = "/open_api/v1.3/report/task/cancel/";
    public static final String ADVERTISER_INFO_PATH = "/open_api/v1.3/advertiser/info/";
    public static final String PRODUCTION_URL = "https://business-api.tiktok.com";
    public static final String SANDBOX_URL = "https://sandbox-ads.tiktok.com";
    public static final String AUTHORIZATION_URL = "https://business-api.tiktok.com/portal/auth";

    public static final int MIN_PAGE_SIZE = 1;
    public static final int MAX_PAGE_SIZE = 1000;
    /** Ids one {@code campaign_ids}/{@code adgroup_ids}/{@code ad_ids} filter of a synchronous report may hold. */
    public static final int MAX_FILTER_IDS = 100;
    /** Advertisers one {@code /advertiser/info/} call describes (Airbyte's batch; TikTok's maximum unconfirmed). */
    public static final int MAX_ADVERTISER_INFO_IDS = 100;
    /** Report tasks TikTok allows per advertiser in any hour, and per app in any day (its async guide). */
    public static final int TASKS_PER_ADVERTISER_HOUR = 500;
    public static final int TASKS_PER_APP_DAY = 4_500;
    /** Ads a synchronous report covers; beyond, TikTok keeps the newest and says so in {@code X-Tt-Ads-Throttle}. */
    public static final int SYNC_ADS_LIMIT = 20_000;

    /** Report types an asynchronous report task accepts (PLAYABLE_MATERIAL is listed but not supported). */
    public static final List<String> ASYNC_REPORT_TYPES = List.of("BASIC", "AUDIENCE", "CATALOG");

    /**
     * Report types whose campaign, ad group and ad levels leave TopView and Promote campaigns out unless filtered for
     * them (docs 1740302848100353, 1785880454546433): the component reads those apart.
     */
    public static final List<String> SLICED_REPORT_TYPES = List.of("BASIC", "AUDIENCE");

    /** Report types TikTok reads for several advertisers in one request ({@code advertiser_ids}, at most five). */
    public static final List<String> BATCHABLE_REPORT_TYPES = List.of("BASIC", "AUDIENCE");
    /** The only fields an asynchronous task's {@code filtering} accepts. */
    public static final List<String> ASYNC_FILTER_FIELDS = List.of("campaign_ids", "adgroup_ids", "ad_ids", "country_code");
    /** Unique-visitor metrics: not combinable with audience dimensions in asynchronous tasks. */
    public static final Set<String> UV_METRICS = Set.of(
            "reach", "frequency", "cost_per_1000_reached", "average_video_play_per_user", "result", "result_rate",
            "cost_per_result", "real_time_result", "real_time_result_rate", "real_time_cost_per_result",
            "live_play_count");
    /** Audience dimensions in the sense of that rule. */
    public static final Set<String> ASYNC_AUDIENCE_DIMENSIONS = Set.of(
            "gender", "age", "country_code", "ac", "language", "platform", "interest_category", "placement",
            "contextual_tag");

    public static final List<String> REPORT_TYPES
            = List.of("BASIC", "AUDIENCE", "PLAYABLE_MATERIAL", "CATALOG", "BC", "TT_SHOP");
    public static final List<String> SERVICE_TYPES = List.of("AUCTION", "RESERVATION");
    public static final List<String> AUCTION_DATA_LEVELS
            = List.of("AUCTION_AD", "AUCTION_ADGROUP", "AUCTION_CAMPAIGN", "AUCTION_ADVERTISER");
    public static final List<String> RESERVATION_DATA_LEVELS
            = List.of("RESERVATION_AD", "RESERVATION_ADGROUP", "RESERVATION_CAMPAIGN", "RESERVATION_ADVERTISER");
    public static final List<String> ORDER_TYPES = List.of("ASC", "DESC");
    /**
     * Report filter types: the strict {@code ReportFilterType} of TikTok's spec ({@code report_integrated_get.yml},
     * {@code report_task_create.yml}).
     */
    public static final List<String> FILTER_TYPES = List.of(
            "IN", "MATCH", "GREATER_EQUAL", "GREATER_THAN", "LOWER_EQUAL", "LOWER_THAN", "BETWEEN", "RANGE");
    /**
     * Filter types TikTok's synchronous report page documents (doc 1740302848100353) that its spec's strict enum
     * lacks: TikTok's two sources disagree, so they are sent with a warning, never refused.
     */
    public static final List<String> PAGE_ONLY_FILTER_TYPES = List.of("NOT_IN", "CONTAIN_ANY_OF");

    public static final String BC = "BC";
    public static final String TT_SHOP = "TT_SHOP";
    /** Data levels of GMV Max (TT_SHOP) reports. */
    public static final List<String> TT_SHOP_DATA_LEVELS = List.of("AUCTION_ADVERTISER", "AUCTION_CAMPAIGN");
    /** Report types that answer {@code enable_total_metrics} (auction BASIC and TT_SHOP). */
    public static final List<String> TOTAL_METRICS_TYPES = List.of("BASIC", TT_SHOP);

    public static final String DAY = "stat_time_day";
    public static final String HOUR = "stat_time_hour";
    /** Longest span, in inclusive days, of one request per time dimension. */
    public static final int MAX_DAYS_DAILY = 30;
    public static final int MAX_DAYS_HOURLY = 1;
    /** Span without a time dimension (unconfirmed). */
    public static final int MAX_DAYS_TOTAL = 365;

    /** Report types that need a data level. */
    private static final Set<String> DATA_LEVEL_REQUIRED = Set.of("BASIC", "AUDIENCE", "CATALOG");
    /** Report types that accept {@code query_lifetime}. */
    private static final Set<String> LIFETIME_TYPES = Set.of("BASIC", "PLAYABLE_MATERIAL");

    private static final Map<String, String> ID_DIMENSION_BY_LEVEL = Map.of(
            "ADVERTISER", "advertiser_id", "CAMPAIGN", "campaign_id", "ADGROUP", "adgroup_id", "AD", "ad_id");

    private static final List<String> AUDIENCE_DIMENSIONS = List.of(
            "gender", "age", "country_code", "ac", "language", "platform", "interest_category",
            "interest_category_v2", "interest_category_tier2", "interest_category_tier3", "interest_category_tier4",
            "behavior_id", "placement", "device_brand_id", "contextual_tag", "province_id", "dma_id");

    /** Dimensions of the report types that are not tied to a data level (partly unconfirmed). */
    private static final Map<String, List<String>> FIXED_DIMENSIONS = Map.of(
            "PLAYABLE_MATERIAL", List.of("playable_id", "country_code"),
            "CATALOG", List.of("catalog_id", "product_set_id", "product_id", "sku_id", "ad_id", DAY),
            "BC", List.of("advertiser_id", DAY),
            "TT_SHOP", List.of("advertiser_id", "campaign_id", DAY, HOUR));

    /** Text metrics: names, budgets, types. Never numbers, never an order field. */
    public static final Set<String> ATTRIBUTE_METRICS = Set.of(
            "advertiser_name", "advertiser_id", "campaign_name", "campaign_id", "objective_type", "split_test",
            "campaign_budget", "campaign_dedicate_type", "rf_campaign_type", "app_promotion_type", "adgroup_name",
            "adgroup_id", "placement_type", "tt_app_id", "tt_app_name", "mobile_app_id", "promotion_type",
            "dpa_target_audience_type", "ad_name", "ad_text", "opt_status", "budget", "smart_target", "bid_strategy",
            "bid", "bid_type", "billing_event", "call_to_action", "image_mode", "is_smart_creative", "currency",
            "timezone", "campaign_automation_type", "ad_id_v2", "ad_url", "ad_profile_image", "ad_display_name",
            "identity_type", "profile_image", "image_info");

    private static final List<String> DELIVERY_METRICS = List.of(
            "spend", "billed_cost", "cash_spend", "voucher_spend", "cpc", "cpm", "impressions", "gross_impressions",
            "clicks", "ctr", "reach", "cost_per_1000_reached", "frequency");
    private static final List<String> CONVERSION_METRICS = List.of(
            "conversion", "cost_per_conversion", "conversion_rate", "conversion_rate_v2", "real_time_conversion",
            "real_time_cost_per_conversion", "real_time_conversion_rate", "real_time_conversion_rate_v2", "result",
            "cost_per_result", "result_rate", "real_time_result", "real_time_cost_per_result", "real_time_result_rate",
            "secondary_goal_result", "cost_per_secondary_goal_result", "secondary_goal_result_rate",
            "skan_result", "skan_cost_per_result", "skan_result_rate", "skan_conversion", "skan_cost_per_conversion",
            "skan_conversion_rate", "skan_conversion_rate_v2", "skan_click_time_conversion");
    private static final List<String> VIDEO_METRICS = List.of(
            "video_play_actions", "video_watched_2s", "video_watched_6s", "average_video_play",
            "average_video_play_per_user", "video_views_p25", "video_views_p50", "video_views_p75", "video_views_p100",
            "engaged_view", "engaged_view_15s", "paid_engaged_view", "paid_engaged_view_15s",
            "paid_engagement_engaged_view", "paid_engagement_engaged_view_15s", "engaged_view_through_conversions");
    private static final List<String> ENGAGEMENT_METRICS = List.of(
            "profile_visits", "profile_visits_rate", "likes", "comments", "shares", "follows", "clicks_on_music_disc",
            "engagements");
    private static final List<String> APP_AND_EVENT_METRICS = List.of(
            "app_install", "real_time_app_install", "real_time_app_install_cost", "cost_per_app_install",
            "total_app_event_add_to_cart", "cost_per_total_app_event_add_to_cart", "complete_payment",
            "value_per_complete_payment", "total_complete_payment_rate", "total_pageview", "purchase", "purchase_rate",
            "cost_per_purchase", "total_purchase_value", "registration", "registration_rate", "cost_per_registration",
            "sales_lead", "sales_lead_rate", "cost_per_sales_lead", "cost_per_total_sales_lead", "onsite_shopping",
            "total_onsite_shopping_value", "vta_purchase", "vta_conversion", "cta_purchase", "cta_conversion");
    /** Not valid in AUDIENCE reports: unique-visitor, cash/voucher, video and app metrics (Airbyte; partly dated). */
    private static final Set<String> NOT_AUDIENCE_METRICS = Stream.of(
            List.of("reach", "cost_per_1000_reached", "frequency", "cash_spend", "voucher_spend", "secondary_goal_result",
                    "cost_per_secondary_goal_result", "secondary_goal_result_rate", "app_install",
                    "real_time_app_install", "real_time_app_install_cost", "cost_per_app_install"),
            VIDEO_METRICS).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    static final Set<String> ALL_METRICS = Stream.of(
            DELIVERY_METRICS, CONVERSION_METRICS, VIDEO_METRICS, ENGAGEMENT_METRICS, APP_AND_EVENT_METRICS,
            List.copyOf(ATTRIBUTE_METRICS)).flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new));

    /**
     * Metrics that are sums (counts, amounts): their totals over days, objects and advertisers add up. Rates,
     * averages, costs per result and unique-visitor counts ({@code reach}, {@code frequency}) do not.
     */
    private static final Set<String> ADDITIVE_METRICS = Set.of(
            "spend", "billed_cost", "cash_spend", "voucher_spend", "impressions", "gross_impressions", "clicks",
            "conversion", "real_time_conversion", "result", "real_time_result", "secondary_goal_result",
            "skan_result", "skan_conversion", "skan_click_time_conversion", "video_play_actions", "video_watched_2s",
            "video_watched_6s", "video_views_p25", "video_views_p50", "video_views_p75", "video_views_p100",
            "engaged_view", "engaged_view_15s", "paid_engaged_view", "paid_engaged_view_15s",
            "paid_engagement_engaged_view", "paid_engagement_engaged_view_15s", "engaged_view_through_conversions",
            "profile_visits", "likes", "comments", "shares", "follows", "clicks_on_music_disc", "engagements",
            "app_install", "real_time_app_install", "total_app_event_add_to_cart", "complete_payment",
            "total_pageview", "purchase", "total_purchase_value", "registration", "sales_lead", "onsite_shopping",
            "total_onsite_shopping_value", "vta_purchase", "vta_conversion", "cta_purchase", "cta_conversion");

    /**
     * Report types whose campaign, ad group and ad levels take TikTok's status filters: TikTok's default
     * STATUS_NOT_DELETE applies to BASIC, AUDIENCE and CATALOG (the synchronous report's data_level docs).
     */
    private static final Set<String> STATUS_FILTER_TYPES = Set.of("BASIC", "AUDIENCE", "CATALOG");
    /** Report types whose tasks take enable_report_title_translation (TikTok's create-task page). */
    public static final Set<String> TITLE_TRANSLATION_TYPES = Set.of("BASIC", "AUDIENCE");
    private static final Map<String, String> STATUS_FILTER_BY_LEVEL = Map.of(
            "CAMPAIGN", "campaign_status", "ADGROUP", "adgroup_status", "AD", "ad_status");

    private TikTokReportCatalog() {
    }

    /**
     * Unique-visitor counts, never summed or reconciled (the same person is counted once per report): TikTok's
     * data latency page (doc 1738864894606337) lists reach and frequency, and for REACH goals result,
     * secondary_goal_result and skan_result with their rates and costs.
     */
    public static final Set<String> UNIQUE_VISITOR_METRICS = Set.of(
            "reach", "frequency", "cost_per_1000_reached", "average_video_play_per_user", "result", "result_rate",
            "cost_per_result", "real_time_result", "real_time_result_rate", "real_time_cost_per_result",
            "secondary_goal_result", "secondary_goal_result_rate", "cost_per_secondary_goal_result", "skan_result",
            "skan_result_rate", "skan_cost_per_result", "live_play_count");

    /** The dimensions TikTok reports Promote campaigns by (doc 1785880454546433): BASIC and AUDIENCE. */
    private static final List<String> PROMOTE_BASIC_DIMENSIONS = List.of("advertiser_id", "campaign_id", "adgroup_id",
            "ad_id", DAY);
    private static final List<String> PROMOTE_AUDIENCE_DIMENSIONS = Stream.concat(PROMOTE_BASIC_DIMENSIONS.stream(),
            Stream.of("gender", "age", "country_code", "province_id", "dma_id", "ac", "platform", "interest_category",
                    "placement", "ad_type", "device_brand_id")).toList();

    public static List<String> promoteDimensions(String reportType) {
        return "AUDIENCE".equals(reportType) ? PROMOTE_AUDIENCE_DIMENSIONS : PROMOTE_BASIC_DIMENSIONS;
    }

    /** Additive, and never a unique-visitor count ({@link #UNIQUE_VISITOR_METRICS}). */
    public static boolean isAdditiveMetric(String metric) {
        return ADDITIVE_METRICS.contains(metric) && !UNIQUE_VISITOR_METRICS.contains(metric);
    }

    /** Amounts in the account's currency: spend, its parts and purchase values. */
    private static final Set<String> MONEY_METRICS = Set.of("spend", "billed_cost", "cash_spend", "voucher_spend",
            "total_purchase_value", "total_onsite_shopping_value");

    public static boolean isMoneyMetric(String metric) {
        return MONEY_METRICS.contains(metric);
    }

    /**
     * Why TikTok would refuse {@code enable_total_metrics} for a request, if it would: only auction BASIC and
     * TT_SHOP reports, with one id dimension and/or {@code stat_time_day}.
     */
    public static java.util.Optional<String> totalMetricsProblem(ReportRequest request) {
        if (!TOTAL_METRICS_TYPES.contains(request.reportType()) || "RESERVATION".equals(request.serviceType())) {
            return java.util.Optional.of("TikTok totals only auction reports of types "
                                         + String.join(", ", TOTAL_METRICS_TYPES) + ", not " + request.serviceType()
                                         + " " + request.reportType());
        }
        long ids = request.dimensions().stream().filter(d -> d.endsWith("_id")).count();
        boolean others = request.dimensions().stream().anyMatch(d -> !d.endsWith("_id") && !DAY.equals(d));
        if (ids > 1 || others) {
            return java.util.Optional.of("TikTok totals only reports whose dimensions are one id dimension and/or "
                                         + DAY + ", not " + String.join(",", request.dimensions()));
        }
        return java.util.Optional.empty();
    }

    /**
     * The filter field that decides whether a report includes deleted objects: {@code campaign_status} at campaign
     * level, {@code adgroup_status} at ad group level, {@code ad_status} at ad level (TikTok's default there is
     * {@code STATUS_NOT_DELETE}); null for other levels and report types.
     */
    public static String statusFilterField(String reportType, String dataLevel) {
        if (!STATUS_FILTER_TYPES.contains(reportType) || dataLevel == null) {
            return null;
        }
        return STATUS_FILTER_BY_LEVEL.get(dataLevel.substring(dataLevel.indexOf('_') + 1));
    }

    public static List<String> dataLevels(String serviceType) {
        return "RESERVATION".equals(serviceType) ? RESERVATION_DATA_LEVELS : AUCTION_DATA_LEVELS;
    }

    public static boolean requiresDataLevel(String reportType) {
        return DATA_LEVEL_REQUIRED.contains(reportType);
    }

    public static boolean supportsLifetime(String reportType) {
        return LIFETIME_TYPES.contains(reportType);
    }

    /** The id dimension that matches a data level, e.g. {@code adgroup_id} for AUCTION_ADGROUP. */
    public static String idDimension(String dataLevel) {
        if (dataLevel == null) {
            return null;
        }
        return ID_DIMENSION_BY_LEVEL.get(dataLevel.substring(dataLevel.indexOf('_') + 1));
    }

    /** Dimensions TikTok accepts for a report type at a data level, in a stable order for error messages. */
    public static Set<String> allowedDimensions(String reportType, String dataLevel) {
        Set<String> allowed = new LinkedHashSet<>();
        if (FIXED_DIMENSIONS.containsKey(reportType)) {
            allowed.addAll(FIXED_DIMENSIONS.get(reportType));
            allowed.addAll(ReportFields.typedDimensions(reportType));
            return allowed;
        }
        String id = idDimension(dataLevel);
        if (id != null) {
            allowed.add(id);
        }
        if ("ad_id".equals(id)) {
            allowed.add("ad_id_v2");
        }
        allowed.add(DAY);
        allowed.add(HOUR);
        if ("AUDIENCE".equals(reportType)) {
            allowed.addAll(AUDIENCE_DIMENSIONS);
        } else {
            allowed.add("country_code");
            allowed.add("custom_event_type");
        }
        allowed.addAll(ReportFields.typedDimensions(reportType));
        return allowed;
    }

    /**
     * Metrics the catalog knows for a report type: its own lists, then the names TikTok's lists give for it
     * ({@link ReportFields}); AUDIENCE reports without the metrics they refuse.
     */
    public static Set<String> allowedMetrics(String reportType) {
        return METRICS_BY_TYPE.computeIfAbsent(reportType, type -> {
            Set<String> allowed = new LinkedHashSet<>(ALL_METRICS);
            allowed.addAll(ReportFields.metrics(type));
            if ("AUDIENCE".equals(type)) {
                allowed.removeAll(NOT_AUDIENCE_METRICS);
            }
            return java.util.Collections.unmodifiableSet(allowed);
        });
    }

    private static final Map<String, Set<String>> METRICS_BY_TYPE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A text metric of the integrated report ({@link ReportKind#isAttributeMetric} knows every kind's). */
    public static boolean isAttributeMetric(String metric) {
        return ATTRIBUTE_METRICS.contains(metric);
    }

    /** Longest span, in inclusive days, that one request may cover with these dimensions. */
    public static int maxSpanDays(Collection<String> dimensions) {
        if (dimensions.contains(HOUR)) {
            return MAX_DAYS_HOURLY;
        }
        return dimensions.contains(DAY) ? MAX_DAYS_DAILY : MAX_DAYS_TOTAL;
    }

    /** Splits an inclusive date range into consecutive windows no longer than the time dimension allows. */
    public static List<DateWindow> chunks(DateWindow window, Collection<String> dimensions) {
        int maxDays = maxSpanDays(dimensions);
        List<DateWindow> chunks = new ArrayList<>();
        LocalDate start = window.start();
        while (!start.isAfter(window.end())) {
            LocalDate end = start.plusDays(maxDays - 1L);
            if (end.isAfter(window.end())) {
                end = window.end();
            }
            chunks.add(new DateWindow(start, end));
            start = end.plusDays(1);
        }
        return chunks;
    }

    /**
     * A time dimension's value in the synchronous report's form: {@code "yyyy-MM-dd 00:00:00"} for
     * {@code stat_time_day}, {@code "yyyy-MM-dd HH:00:00"} for {@code stat_time_hour}. Report task CSVs may write
     * shorter forms (a date alone, an hour without seconds: unconfirmed); other values are returned unchanged.
     */
    public static String timeLabel(String dimension, String value) {
        if (value == null || !(DAY.equals(dimension) || HOUR.equals(dimension))) {
            return value;
        }
        String trimmed = value.trim();
        return switch (trimmed.length()) {
            case 10 -> trimmed + " 00:00:00";          // yyyy-MM-dd
            case 13 -> trimmed + ":00:00";             // yyyy-MM-dd HH
            case 16 -> trimmed + ":00";                // yyyy-MM-dd HH:mm
            default -> trimmed;
        };
    }

    /** Inclusive day count of a window. */
    public static long spanDays(DateWindow window) {
        return ChronoUnit.DAYS.between(window.start(), window.end()) + 1;
    }
}
