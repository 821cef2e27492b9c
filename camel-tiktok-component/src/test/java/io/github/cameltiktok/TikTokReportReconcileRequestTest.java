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
package io.github.cameltiktok;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameltiktok.client.read.ReportMismatchException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.map;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static io.github.cameltiktok.TikTokApiStubs.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reconciliation check against WireMock: its exact request, a mismatch in warn and fail, what is not compared. */
class TikTokReportReconcileRequestTest extends TikTokReportTestSupport {

    private static final String WINDOW = "&startDate=2026-11-01&endDate=2026-11-02";
    private static final String ADGROUPS = "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW
                                           + "&metrics=spend,impressions,ctr&reconcile=warn&"
                                           + TestContexts.EVERY_CAMPAIGN;

    /** Two ad groups on two days: spend 10.50 + 2.25 on the 1st, 4.00 on the 2nd. */
    private static void stubAdGroupRows() {
        wiremock.stubFor(TikTokApiStubs.noTopViewOrPromoteRows());
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_ADGROUP"))
                .willReturn(okJson(page(1, 1000, 3, 1, List.of(
                        row(map("adgroup_id", "1", "stat_time_day", "2026-11-01 00:00:00"),
                                map("spend", "10.50", "impressions", "100", "ctr", "1.00")),
                        row(map("adgroup_id", "2", "stat_time_day", "2026-11-01 00:00:00"),
                                map("spend", "2.25", "impressions", "50", "ctr", "2.00")),
                        row(map("adgroup_id", "1", "stat_time_day", "2026-11-02 00:00:00"),
                                map("spend", "4.00", "impressions", "40", "ctr", "0.50")))))));
    }

    private static void stubAdvertiserTotal(String spendOnTheSecond) {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_ADVERTISER"))
                .willReturn(okJson(page(1, 1000, 2, 1, List.of(
                        row(map("advertiser_id", ADVERTISER, "stat_time_day", "2026-11-01 00:00:00"),
                                map("spend", "12.75", "impressions", "150")),
                        row(map("advertiser_id", ADVERTISER, "stat_time_day", "2026-11-02 00:00:00"),
                                map("spend", spendOnTheSecond, "impressions", "40")))))));
    }

    private static List<LoggedRequest> checks() {
        return wiremock.findAll(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_ADVERTISER")));
    }

    @Test
    void theCheckIsTheAdvertiserLevelReportOfTheSameDaysForTheAdditiveMetrics() {
        stubAdGroupRows();
        stubAdvertiserTotal("4.00");

        Exchange exchange = produce(ADGROUPS);

        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(true);
        assertThat(checks()).singleElement().satisfies(check -> assertThat(TikTokApiStubs.query(check))
                .containsOnlyKeys("advertiser_id", "service_type", "report_type", "data_level", "dimensions",
                        "metrics", "start_date", "end_date", "page", "page_size")
                .containsEntry("advertiser_id", ADVERTISER).containsEntry("report_type", "BASIC")
                .containsEntry("service_type", "AUCTION").containsEntry("data_level", "AUCTION_ADVERTISER")
                .containsEntry("dimensions", "[\"advertiser_id\",\"stat_time_day\"]")
                // ctr is a rate: never compared
                .containsEntry("metrics", "[\"spend\",\"impressions\"]")
                .containsEntry("start_date", "2026-11-01").containsEntry("end_date", "2026-11-02"));
        // the check is counted apart: the report's page and its two empty reads (TopView, Promote), one check
        TikTokReportEndpoint endpoint = context.getEndpoint(ADGROUPS, TikTokReportEndpoint.class);
        assertThat(endpoint.getPages()).isEqualTo(3);
        assertThat(endpoint.getReconcileChecks()).isEqualTo(1);
        assertThat(endpoint.getReconciledWindows()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = exchange.getMessage()
                .getHeader(TikTokReportConstants.RECONCILIATION, List.class);
        // money is equal within its rounding: half a cent for each of the day's 2 rows and for TikTok's total
        assertThat(figures).hasSize(4).first().isEqualTo(Map.of("advertiser_id", ADVERTISER, "day", "2026-11-01",
                "metric", "spend", "delivered", new BigDecimal("12.75"), "tiktok", new BigDecimal("12.75"),
                "difference", new BigDecimal("0.00"), "tolerance", new BigDecimal("0.015"), "closed", true,
                "equal", true));
        assertThat(figures.get(1)).containsEntry("metric", "impressions").containsEntry("tolerance", BigDecimal.ZERO);
    }

    @Test
    void aMismatchWarnsWithBothFiguresAndFailsWithReconcileFail() {
        stubAdGroupRows();
        stubAdvertiserTotal("4.10");

        Exchange warned = produce(ADGROUPS);
        assertThat(warned.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = warned.getMessage()
                .getHeader(TikTokReportConstants.RECONCILIATION, List.class);
        assertThat(figures).filteredOn(f -> f.get("equal").equals(false)).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("day", "2026-11-02").containsEntry("metric", "spend")
                        .containsEntry("delivered", new BigDecimal("4.00"))
                        .containsEntry("tiktok", new BigDecimal("4.10")));
        assertThat(warned.getMessage().getBody(List.class)).hasSize(3);

        assertThatThrownBy(() -> produce(ADGROUPS.replace("warn", "fail")))
                .hasRootCauseInstanceOf(ReportMismatchException.class)
                .rootCause().hasMessageContaining("advertiser " + ADVERTISER)
                .hasMessageContaining("2026-11-02 spend delivered 4.00, TikTok 4.10");
    }

    @Test
    void nothingComparableSendsNoCheckAndSetsNoHeader() {
        stubAdGroupRows();
        stubAdvertiserTotal("4.00");
        for (String uri : List.of(ADGROUPS + "&includeDeleted=false", ADGROUPS.replace("warn", "off"),
                ADGROUPS + "&filters=RAW([{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\","
                          + "\"filter_value\":\"[\\\"1\\\"]\"}])",
                "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW + "&metrics=ctr,cpc"
                + "&reconcile=warn")) {
            Exchange exchange = produce(uri);
            assertThat(exchange.getMessage().getHeaders()).as(uri)
                    .doesNotContainKeys(TikTokReportConstants.RECONCILED, TikTokReportConstants.RECONCILIATION);
        }
        assertThat(checks()).isEmpty();
        TikTokReportEndpoint endpoint = context.getEndpoint(ADGROUPS + "&includeDeleted=false",
                TikTokReportEndpoint.class);
        assertThat(endpoint.getNotReconciledReason()).contains("deleted objects are left out");
    }
}
