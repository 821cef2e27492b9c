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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.github.cameltiktok.simulator.SpecEnums;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enumerations the component checks and the simulator enforces, against TikTok's own spec (the project's
 * extraction of it, {@code tiktok-sdk-enums.tsv}): when TikTok's list changes in that file, this fails until both
 * follow it.
 */
class TikTokSpecTest {

    private static List<String> spec(String key) {
        String[] fileAndParameter = key.split("#", 2);
        return TikTokSpec.values(fileAndParameter[0], fileAndParameter[1]);
    }

    @Test
    void theSimulatorEnforcesTikToksListsExactly() {
        Map<String, List<String>> simulator = SpecEnums.bySpecParameter();
        simulator.forEach((key, values) -> assertThat(values).as(key).containsExactlyInAnyOrderElementsOf(spec(key)));
        // every enumeration of the reporting, GMV Max and listing spec files the simulator serves has its list
        Set<String> served = Set.of("report_integrated_get.yml", "report_task_create.yml", "gmv_max_report_get.yml",
                "smart_plus_campaign_get.yml", "smart_plus_adgroup_get.yml", "smart_plus_ad_get.yml");
        Set<String> notModelled = Set.of("report_task_create.yml#/report/task/create/.order_type",
                "report_task_create.yml#/report/task/create/.output_format",
                "gmv_max_report_get.yml#filtering.creative_delivery_statuses",
                "gmv_max_report_get.yml#filtering.creative_types");
        assertThat(simulator.keySet()).containsAll(TikTokSpec.all().keySet().stream()
                .filter(key -> served.contains(key.substring(0, key.indexOf('#')))).filter(k -> !notModelled.contains(k))
                .toList());
    }

    @Test
    void theComponentChecksTikToksLists() {
        assertThat(TikTokReportCatalog.REPORT_TYPES)
                .containsExactlyInAnyOrderElementsOf(spec("report_integrated_get.yml#report_type"));
        assertThat(TikTokReportCatalog.SERVICE_TYPES)
                .containsExactlyInAnyOrderElementsOf(spec("report_integrated_get.yml#service_type"));
        assertThat(Stream.concat(TikTokReportCatalog.AUCTION_DATA_LEVELS.stream(),
                TikTokReportCatalog.RESERVATION_DATA_LEVELS.stream()))
                .containsExactlyInAnyOrderElementsOf(spec("report_integrated_get.yml#data_level"));
        assertThat(TikTokReportCatalog.ORDER_TYPES)
                .containsExactlyInAnyOrderElementsOf(spec("report_integrated_get.yml#order_type"));
        assertThat(TikTokReportCatalog.FILTER_TYPES)
                .containsExactlyInAnyOrderElementsOf(spec("report_integrated_get.yml#filtering.filter_type"))
                .containsExactlyInAnyOrderElementsOf(spec("report_task_create.yml#/report/task/create/.filtering.filter_type"))
                .doesNotContainAnyElementsOf(TikTokReportCatalog.PAGE_ONLY_FILTER_TYPES);
        assertThat(TikTokReportCatalog.ASYNC_REPORT_TYPES)
                .containsExactlyInAnyOrderElementsOf(spec("report_task_create.yml#/report/task/create/.report_type"));
        assertThat(GmvMaxCatalog.ALL_CAMPAIGN_STATUSES)
                .containsExactlyInAnyOrderElementsOf(spec("gmv_max_report_get.yml#filtering.campaign_statuses"));
        assertThat(GmvMaxCatalog.PROMOTION_TYPES)
                .containsExactlyInAnyOrderElementsOf(spec("gmv_max_report_get.yml#filtering.gmv_max_promotion_types"));
        for (EntityKind kind : List.of(EntityKind.CAMPAIGNS, EntityKind.ADGROUPS, EntityKind.ADS)) {
            String file = "smart_plus_" + kind.preset().replaceAll("s$", "") + "_get.yml";
            assertThat(kind.allowedValues("primary_status")).as(kind.preset())
                    .containsExactlyInAnyOrderElementsOf(spec(file + "#filtering.primary_status"));
            assertThat(kind.allowedValues("secondary_status")).as(kind.preset())
                    .containsExactlyInAnyOrderElementsOf(spec(file + "#filtering.secondary_status"));
        }
    }

    @Test
    void theExtractionNamesItsSourceAndHoldsTikToksReportMetrics() {
        assertThat(TikTokSpec.values("smart_plus_material_report_overview.yml", "metrics"))
                .hasSize(850).contains("complete_payment_roas", "checkout", "add_to_wishlist");
    }

    @Test
    void everyReportMetricOfTikToksSpecIsKnownToTheCatalogForEveryIntegratedReport() {
        List<String> spec = TikTokSpec.values("smart_plus_material_report_overview.yml", "metrics");
        for (String type : List.of("BASIC", "PLAYABLE_MATERIAL", "CATALOG", "BC", "TT_SHOP")) {
            assertThat(TikTokReportCatalog.allowedMetrics(type)).as(type).containsAll(spec);
        }
        assertThat(KnownNames.metrics()).containsAll(spec)
                .contains("cost_per_consideration", "new_consideration_rate", "skan_total_purchase_value");
        assertThat(TikTokReportCatalog.allowedDimensions("TT_SHOP", "AUCTION_CAMPAIGN")).contains("country_code");
        // every group of docs/fields.md names its source
        assertThat(ReportFields.groups()).allSatisfy(group -> assertThat(group.source()).isNotBlank());
    }

    @Test
    void theSimulatorServesEveryNumericMetricOfTheCatalog() throws Exception {
        java.util.Set<String> numeric = new java.util.TreeSet<>();
        TikTokReportCatalog.REPORT_TYPES.forEach(type -> numeric.addAll(TikTokReportCatalog.allowedMetrics(type)));
        numeric.removeIf(TikTokReportCatalog::isAttributeMetric);
        java.util.Set<String> simulator = new java.util.TreeSet<>();
        try (java.io.InputStream in = SpecEnums.class.getResourceAsStream("report-metrics.txt")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::trim).forEach(simulator::add);
        }
        assertThat(simulator).as("the simulator's report-metrics.txt").isEqualTo(numeric);
        // the change log's metrics, which the simulator refuses when asked to answer that open question the other way
        assertThat(io.github.cameltiktok.simulator.CatalogMetrics.CHANGE_LOG)
                .containsExactlyInAnyOrderElementsOf(ReportFields.typedMetrics("BASIC"));
    }
}
