package io.github.cameltiktok;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.TikTokReportCatalog;

/** The report presets of the URI contract ({@code tiktok-report:<reportName>}): named starting points. */
final class ReportPresets {

    /** A preset: what a report name sets unless the endpoint's options say otherwise. */
    record Preset(String name, String reportType, String dataLevel, List<String> dimensions, List<String> metrics) {
    }

    private static final List<String> SUMMARY_METRICS
            = List.of("spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversion", "cost_per_conversion");

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
