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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind's own rules, without a CamelContext: its query, its lookups, the options it refuses. */
class ReportKindTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateWindow DAYS = new DateWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));

    private static ReportRequest.Builder request(String reportType) {
        return ReportRequest.builder().serviceType("AUCTION").reportType(reportType).dimensions(List.of("campaign_id",
                TikTokReportCatalog.DAY)).metrics(List.of("spend")).pageSize(100);
    }

    private static ReportKind.Options options(String reportType, String advertiserId, String bcId, String storeId) {
        return new ReportKind.Options(reportType, null, "AUCTION", ReadMode.AUTO, false, Set.of(), advertiserId, bcId,
                storeId, false, false);
    }

    @Test
    void theReportTypePicksTheKind() {
        assertThat(ReportKinds.of("BASIC")).isInstanceOf(IntegratedReport.class);
        assertThat(ReportKinds.of("AUDIENCE")).isInstanceOf(IntegratedReport.class);
        assertThat(ReportKinds.of("BC")).isInstanceOf(BusinessCenterReport.class);
        assertThat(ReportKinds.of("GMV_MAX")).isInstanceOf(GmvMaxReport.class);
        assertThat(ReportKinds.of("NO_SUCH_TYPE")).as("rejected by the integrated report's rules")
                .isInstanceOf(IntegratedReport.class);
    }

    @Test
    void eachKindBuildsItsOwnQuery() {
        ReportRequest basic = request("BASIC").dataLevel("AUCTION_CAMPAIGN").build();
        assertThat(ReportKinds.of("BASIC").pageQuery(basic, "7001", DAYS, 2, MAPPER)).containsExactly(
                Map.entry("advertiser_id", "7001"), Map.entry("service_type", "AUCTION"),
                Map.entry("report_type", "BASIC"), Map.entry("data_level", "AUCTION_CAMPAIGN"),
                Map.entry("dimensions", "[\"campaign_id\",\"stat_time_day\"]"), Map.entry("metrics", "[\"spend\"]"),
                Map.entry("start_date", "2026-11-01"), Map.entry("end_date", "2026-11-07"),
                Map.entry("page", "2"), Map.entry("page_size", "100"));

        Map<String, String> bc = ReportKinds.of("BC").pageQuery(request("BC").build(), "8001", DAYS, 1, MAPPER);
        assertThat(bc).containsEntry("bc_id", "8001").doesNotContainKeys("advertiser_id", "service_type");
        assertThat(bc.keySet()).first().isEqualTo("bc_id");

        ReportRequest gmv = request("GMV_MAX").filtering("{\"gmv_max_promotion_types\":[\"PRODUCT\"]}")
                .orderField("spend").orderType("ASC").storeId("9001").build();
        Map<String, String> gmvQuery = ReportKinds.of("GMV_MAX").pageQuery(gmv, "7001", DAYS, 1, MAPPER);
        assertThat(gmvQuery).containsEntry("store_ids", "[\"9001\"]").containsEntry("sort_field", "spend")
                .containsEntry("sort_type", "ASC").containsEntry("filtering", "{\"gmv_max_promotion_types\":[\"PRODUCT\"]}")
                .doesNotContainKeys("report_type", "service_type", "data_level", "order_field");
        assertThat(ReportKinds.of("GMV_MAX").path()).isEqualTo(GmvMaxCatalog.REPORT_PATH);
        assertThat(ReportKinds.of("BASIC").path()).isEqualTo(TikTokReportCatalog.REPORT_PATH);
    }

    @Test
    void eachKindSaysWhatItLooksUpFirst() {
        assertThat(ReportKinds.of("BASIC").readsAccounts()).isTrue();
        assertThat(ReportKinds.of("BASIC").readsStores()).isFalse();
        assertThat(ReportKinds.of("BC").readsAccounts()).as("a Business Center has no time zone").isFalse();
        assertThat(ReportKinds.of("GMV_MAX").readsStores()).isTrue();
    }

    @Test
    void eachKindNamesItsIdsByItsOwnOptionAndRefusesTheOthers() {
        List<String> errors = new ArrayList<>();
        assertThat(ReportKinds.of("BC").ids(options("BC", null, "8001", null), errors)).containsExactly("8001");
        assertThat(errors).isEmpty();

        ReportKinds.of("BC").checkOptions(options("BC", "7001", "8001", "9001"), errors);
        assertThat(errors).anyMatch(e -> e.startsWith("Invalid option advertiserId with reportType=BC"))
                .anyMatch(e -> e.startsWith("Invalid option storeId with reportType=BC"));

        errors.clear();
        assertThat(ReportKinds.of("BASIC").ids(options("BASIC", "7001,7001,7002", "8001", null), errors))
                .containsExactly("7001", "7002");
        assertThat(errors).containsExactly("Invalid option bcId with reportType=BASIC: bcId is for reportType=BC only");

        errors.clear();
        ReportKinds.of("GMV_MAX").checkOptions(new ReportKind.Options("GMV_MAX", "AUCTION_AD", "RESERVATION",
                ReadMode.ASYNC, true, Set.of("sort_field"), "7001", null, null, false, false), errors);
        assertThat(errors).hasSize(5).anyMatch(e -> e.contains("dataLevel=AUCTION_AD"))
                .anyMatch(e -> e.contains("serviceType")).anyMatch(e -> e.contains("mode=async"))
                .anyMatch(e -> e.contains("queryLifetime=true")).anyMatch(e -> e.contains("param.sort_field"));
    }

    @Test
    void includeDeletedIsAStatusFilterForTheIntegratedReportAndCampaignStatusesForGmvMax() {
        ReportRequest basic = request("BASIC").dataLevel("AUCTION_CAMPAIGN").build();
        List<String> warnings = new ArrayList<>();
        assertThat(ReportKinds.of("BASIC").withDeletedObjects(basic, ReadMode.SYNC, MAPPER, warnings::add)
                .statusFilterField()).isEqualTo("campaign_status");
        assertThat(ReportKinds.of("BASIC").withDeletedObjects(basic, ReadMode.ASYNC, MAPPER, warnings::add)
                .statusFilterField()).isNull();
        assertThat(warnings).singleElement().asString().contains("mode=async");

        String filtering = ReportKinds.of("GMV_MAX").filtering(MAPPER, null,
                "{\"gmv_max_promotion_types\":[\"PRODUCT\"]}", true, List.of("campaign_id", TikTokReportCatalog.DAY));
        assertThat(filtering).contains("\"campaign_statuses\":[\"STATUS_DELIVERY_OK\"", "STATUS_DELETE",
                "\"gmv_max_promotion_types\":[\"PRODUCT\"]");
    }

    @Test
    void metricsOfEveryKindAreTyped() {
        assertThat(ReportKind.isAttributeMetric("campaign_name")).isTrue();
        assertThat(ReportKind.isAdditiveMetric("spend")).isTrue();
        assertThat(ReportKind.isAdditiveMetric("gross_revenue")).as("a GMV Max metric").isTrue();
        assertThat(ReportKind.isAdditiveMetric("ctr")).isFalse();
    }

    @Test
    void campaignReportsAreReadInTheSlicesTikTokServesApart() {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ReportKind basic = ReportKinds.of("BASIC");
        ReportRequest campaigns = request("BASIC").dataLevel("AUCTION_CAMPAIGN").build();

        assertThat(basic.slices(campaigns, CampaignScope.ALL, ReadMode.AUTO, MAPPER, errors, warnings))
                .containsExactly(ReportSlice.TIKTOK_DEFAULT, ReportSlice.TOP_VIEW, ReportSlice.PROMOTE);
        // report tasks include Promote by default: only TopView is read apart
        assertThat(basic.slices(campaigns, CampaignScope.ALL, ReadMode.ASYNC, MAPPER, errors, warnings))
                .containsExactly(ReportSlice.TIKTOK_DEFAULT, ReportSlice.TOP_VIEW);
        // Promote has no hourly rows (doc 1785880454546433)
        ReportRequest hourly = request("BASIC").dataLevel("AUCTION_CAMPAIGN")
                .dimensions(List.of("campaign_id", TikTokReportCatalog.HOUR)).build();
        assertThat(basic.slices(hourly, CampaignScope.ALL, ReadMode.AUTO, MAPPER, errors, warnings))
                .containsExactly(ReportSlice.TIKTOK_DEFAULT, ReportSlice.TOP_VIEW);
        assertThat(warnings).singleElement().asString().contains("Promote campaigns are not counted")
                .contains("not by stat_time_hour");
        // auction campaigns only: TikTok's default view narrowed by its buying_type filter
        CampaignScope auction = new CampaignScope(List.of("AUCTION"), List.of("TT_ADS_PLATFORM"));
        assertThat(basic.slices(campaigns, auction, ReadMode.AUTO, MAPPER, errors, warnings)).singleElement()
                .satisfies(slice -> assertThat(slice.filterValues()).containsExactly("AUCTION"));
        // the advertiser level holds every ad: one read
        assertThat(basic.slices(request("BASIC").dataLevel("AUCTION_ADVERTISER").build(), CampaignScope.ALL,
                ReadMode.AUTO, MAPPER, errors, warnings)).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void filterTypesOnlyTikToksReportPageDocumentsAreSentWithAWarning() {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ReportRequest notIn = request("BASIC").dataLevel("AUCTION_CAMPAIGN").filtering("[{\"field_name\":"
                + "\"campaign_ids\",\"filter_type\":\"NOT_IN\",\"filter_value\":\"[\\\"1\\\"]\"}]").build();
        ReportKinds.of("BASIC").validate(notIn, new ReportKind.Validation(MAPPER, ReadMode.AUTO, DAYS, FieldCheck.NEW_NAMES_SENT, true),
                errors, warnings);

        assertThat(errors).isEmpty();
        assertThat(warnings).singleElement().asString().contains("filter_type NOT_IN (field_name campaign_ids)")
                .contains("not among the filter types of TikTok's API spec");
    }

    // ---- what each kind decides for the readers: batching, recovery, reconciliation ----

    private static final String STATUS_ALL = "[{\"field_name\":\"campaign_status\",\"filter_type\":\"IN\","
                                             + "\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]";

    @Test
    void onlyTheIntegratedReportIsBatchedAndOnlyWhenEachAdvertisersRowsStayItsOwn() {
        ReportRequest basic = request("BASIC").dataLevel("AUCTION_CAMPAIGN").build();
        assertThat(ReportKinds.of("BASIC").whyNotBatched(basic, ReadMode.AUTO)).isNull();
        assertThat(ReportKinds.of("AUDIENCE").whyNotBatched(basic.toBuilder().reportType("AUDIENCE").build(),
                ReadMode.SYNC)).isNull();
        assertThat(ReportKinds.of("BASIC").whyNotBatched(basic.toBuilder().reportType("CATALOG").build(),
                ReadMode.AUTO)).contains("BASIC and AUDIENCE only");
        assertThat(ReportKinds.of("BASIC").whyNotBatched(basic, ReadMode.ASYNC)).contains("mode=async");
        assertThat(ReportKinds.of("BASIC").whyNotBatched(basic.toBuilder().enableTotalMetrics(true).build(),
                ReadMode.AUTO)).contains("enableTotalMetrics");
        assertThat(ReportKinds.of("BASIC").whyNotBatched(basic.toBuilder().orderField("spend").orderType("DESC")
                .build(), ReadMode.AUTO)).contains("orderField");
        assertThat(ReportKinds.of("BASIC").whyNotBatched(basic.toBuilder()
                .extraParameters(Map.of("MULTI_ADV_REPORT_IN_UTC_TIME", "true")).build(), ReadMode.AUTO))
                .contains("UTC");
        assertThat(ReportKinds.of("GMV_MAX").whyNotBatched(request("GMV_MAX").build(), ReadMode.AUTO))
                .as("the default of a kind that does not say").contains("BASIC and AUDIENCE only");
        assertThat(ReportKinds.of("BC").whyNotBatched(request("BC").build(), ReadMode.AUTO)).isNotNull();
    }

    @Test
    void aCutIntegratedReportIsSplitByTheIdsAboveItsLevelAndOtherKindsAreNot() {
        ReportKind basic = ReportKinds.of("BASIC");
        ReportRequest ads = request("BASIC").dataLevel("AUCTION_AD").dimensions(List.of("ad_id")).build();
        assertThat(basic.recovery(ads).splitFilterFields()).containsExactly("campaign_ids", "adgroup_ids");
        assertThat(basic.recovery(ads).whyNoReportTask()).isEmpty();
        assertThat(basic.recovery(request("BASIC").dataLevel("AUCTION_CAMPAIGN").build())
                .splitFilterFields()).containsExactly("campaign_ids");
        assertThat(basic.recovery(request("BASIC").dataLevel("AUCTION_ADVERTISER").build())
                .splitFilterFields()).as("rates of parts do not add up").isEmpty();
        assertThat(basic.recovery(ads.toBuilder().statusFilterField("ad_status").build()).whyNoReportTask())
                .singleElement().asString().contains("no ad_status filter");
        assertThat(basic.recovery(ads.toBuilder().slice(ReportSlice.PROMOTE).build()).whyNoReportTask())
                .singleElement().asString().contains("campaign_system_origins");
        assertThat(basic.recovery(ads.toBuilder().reportType("PLAYABLE_MATERIAL").build())
                .whyNoReportTask()).singleElement().asString().contains("not available as an asynchronous report");

        ReportKind.Recovery gmv = ReportKinds.of("GMV_MAX").recovery(request("GMV_MAX").build());
        assertThat(gmv.splitFilterFields()).isEmpty();
        assertThat(gmv.whyNoReportTask()).singleElement().asString().contains("GMV_MAX has no report tasks");
    }

    @Test
    void anIntegratedReportIsReconciledAgainstTheSameReportAtTheAdvertiserLevel() {
        ReportRequest campaigns = request("BASIC").dataLevel("AUCTION_CAMPAIGN")
                .metrics(List.of("spend", "ctr", "clicks", "spend")).filtering(STATUS_ALL)
                .orderField("spend").orderType("DESC").build();
        ReconcileCheck check = ReportKinds.of("BASIC").reconcileCheck(campaigns);
        assertThat(check.notComparable()).isNull();
        assertThat(check.metrics()).as("additive ones, once").containsExactly("spend", "clicks");
        assertThat(check.totals().dataLevel()).isEqualTo("AUCTION_ADVERTISER");
        assertThat(check.totals().dimensions()).containsExactly("advertiser_id", TikTokReportCatalog.DAY);
        assertThat(check.totals().filtering()).isNull();
        assertThat(check.totals().orderField()).isNull();
        assertThat(check.leftOut()).as("no slices: TikTok's default view, read whole").isEmpty();
        assertThat(check.promote()).isNull();

        ReportRequest reservation = campaigns.toBuilder().dataLevel("RESERVATION_CAMPAIGN").build();
        assertThat(ReportKinds.of("BASIC").reconcileCheck(reservation).totals().dataLevel())
                .isEqualTo("RESERVATION_ADVERTISER");

        ReportRequest sliced = campaigns.toBuilder().slices(List.of(ReportSlice.TIKTOK_DEFAULT, ReportSlice.PROMOTE))
                .build();
        ReconcileCheck withPromote = ReportKinds.of("BASIC").reconcileCheck(sliced);
        assertThat(withPromote.leftOut()).as("TopView is not read, TikTok's total holds it")
                .containsExactly(ReportSlice.TOP_VIEW);
        assertThat(withPromote.promote().slice()).isEqualTo(ReportSlice.PROMOTE);
        assertThat(withPromote.promote().dimensions()).containsExactly("campaign_id", TikTokReportCatalog.DAY);
    }

    @Test
    void eachKindSaysWhyAReportIsNotReconciled() {
        ReportKind basic = ReportKinds.of("BASIC");
        ReportRequest campaigns = request("BASIC").dataLevel("AUCTION_CAMPAIGN").filtering(STATUS_ALL).build();
        assertThat(basic.reconcileCheck(campaigns.toBuilder().reportType("AUDIENCE").build()).notComparable())
                .contains("only BASIC reports are");
        assertThat(basic.reconcileCheck(campaigns.toBuilder().dataLevel("AUCTION_ADVERTISER").build())
                .notComparable()).contains("the advertiser's total itself");
        assertThat(basic.reconcileCheck(campaigns.toBuilder().queryLifetime(true).build()).notComparable())
                .contains("lifetime");
        assertThat(basic.reconcileCheck(campaigns.toBuilder().metrics(List.of("ctr")).build())
                .notComparable()).contains("no additive metric");
        assertThat(basic.reconcileCheck(campaigns.toBuilder().dimensions(List.of("campaign_id", "country_code"))
                .build()).notComparable()).contains("a breakdown by country_code");
        assertThat(basic.reconcileCheck(campaigns.toBuilder().filtering(null).build()).notComparable())
                .contains("deleted objects are left out");
        assertThat(basic.reconcileCheck(campaigns.toBuilder().filtering(null).statusFilterField("campaign_status")
                .build()).notComparable()).as("includeDeleted's filter, added to each page").isNull();

        ReportKind gmvMax = ReportKinds.of("GMV_MAX");
        String everyStatus = "{\"gmv_max_promotion_types\":[\"PRODUCT\"],\"campaign_statuses\":"
                             + MAPPER.valueToTree(GmvMaxCatalog.ALL_CAMPAIGN_STATUSES) + "}";
        ReportRequest gmv = request("GMV_MAX").metrics(List.of("cost", "roi")).filtering(everyStatus)
                .storeId("9001").build();
        ReconcileCheck gmvCheck = gmvMax.reconcileCheck(gmv);
        assertThat(gmvCheck.notComparable()).isNull();
        assertThat(gmvCheck.metrics()).containsExactly("cost");
        assertThat(gmvCheck.totals().dimensions()).containsExactly("advertiser_id", TikTokReportCatalog.DAY);
        assertThat(gmvCheck.totals().filtering()).isEqualTo("{\"gmv_max_promotion_types\":[\"PRODUCT\"]}");
        assertThat(gmvMax.reconcileCheck(gmv.toBuilder().filtering("{\"gmv_max_promotion_types\":[\"PRODUCT\"]}")
                .build()).notComparable()).contains("deleted campaigns are left out");
        assertThat(gmvMax.reconcileCheck(gmv.toBuilder().dimensions(List.of("item_group_id", "stat_time_day"))
                .build()).notComparable()).contains("campaign level only");
        assertThat(ReportKinds.of("BC").reconcileCheck(request("BC").build()).notComparable())
                .contains("report type BC is not reconciled");
    }
}
