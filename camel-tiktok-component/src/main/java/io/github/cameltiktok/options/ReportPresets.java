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
package io.github.cameltiktok.options;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;

/** The report presets of the URI contract ({@code tiktok-report:<reportName>}): named starting points. */
final class ReportPresets {

    /**
     * A preset: what a report name sets unless the endpoint's options say otherwise.
     *
     * @param filters GMV Max: the filtering object's keys the preset sets (its promotion type), added to the user's
     *                filters unless they name the key; null for none
     */
    record Preset(String name, String reportType, String dataLevel, List<String> dimensions, List<String> metrics,
                  String filters) {

        Preset(String name, String reportType, String dataLevel, List<String> dimensions, List<String> metrics) {
            this(name, reportType, dataLevel, dimensions, metrics, null);
        }
    }

    private static final List<String> SUMMARY_METRICS
            = List.of("spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversion", "cost_per_conversion");
    /** What every GMV Max level answers: spend, net spend, orders, cost per order, revenue, return on spend. */
    private static final List<String> GMV_MAX_METRICS
            = List.of("cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi");

    /** By name, in the contract's order. */
    static final Map<String, Preset> PRESETS = presets(
            new Preset("adgroup-summary", "BASIC", "AUCTION_ADGROUP", List.of("adgroup_id", TikTokReportCatalog.DAY),
                    SUMMARY_METRICS),
            new Preset("campaign-summary", "BASIC", "AUCTION_CAMPAIGN",
                    List.of("campaign_id", TikTokReportCatalog.DAY), SUMMARY_METRICS),
            new Preset("ad-summary", "BASIC", "AUCTION_AD", List.of("ad_id", TikTokReportCatalog.DAY), SUMMARY_METRICS),
            new Preset("advertiser-summary", "BASIC", "AUCTION_ADVERTISER",
                    List.of("advertiser_id", TikTokReportCatalog.DAY), SUMMARY_METRICS),
            new Preset("audience", "AUDIENCE", "AUCTION_ADGROUP", List.of("adgroup_id", "gender", "age"),
                    List.of("spend", "impressions", "clicks")),
            new Preset("gmv-max-product", GmvMaxCatalog.REPORT_TYPE, null,
                    List.of("campaign_id", TikTokReportCatalog.DAY), GMV_MAX_METRICS,
                    "{\"gmv_max_promotion_types\":[\"PRODUCT\"]}"),
            new Preset("gmv-max-live", GmvMaxCatalog.REPORT_TYPE, null,
                    List.of("campaign_id", TikTokReportCatalog.DAY),
                    List.of("cost", "net_cost", "orders", "cost_per_order", "gross_revenue", "roi", "live_views",
                            "cost_per_live_view", "10_second_live_views", "live_follows"),
                    "{\"gmv_max_promotion_types\":[\"LIVE\"]}"),
            new Preset("gmv-max-account", GmvMaxCatalog.REPORT_TYPE, null,
                    List.of("advertiser_id", TikTokReportCatalog.DAY), GMV_MAX_METRICS),
            new Preset("custom", "BASIC", null, List.of(), List.of()));

    private ReportPresets() {
    }

    private static Map<String, Preset> presets(Preset... presets) {
        Map<String, Preset> byName = new LinkedHashMap<>();
        for (Preset preset : presets) {
            byName.put(preset.name(), preset);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }
}
