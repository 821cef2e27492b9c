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
}
