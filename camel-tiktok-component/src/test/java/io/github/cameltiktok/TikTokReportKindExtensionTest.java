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
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.kinds.TestMaterialReport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report kind added from outside the component ({@link TestMaterialReport}, registered in the test class path's
 * {@code META-INF/services}) is read through the public URI like the built-in kinds: its own path and query head,
 * its own checks before any request, the component's paging and row shape, and the defaults it did not override
 * (no batches, no reconciliation).
 */
class TikTokReportKindExtensionTest extends TikTokReportTestSupport {

    private static final String URI = "tiktok-report:custom?reportType=" + TestMaterialReport.REPORT_TYPE
                                       + "&dimensions=material_id,stat_time_day&startDate=2026-11-01"
                                       + "&endDate=2026-11-02&pageSize=1";

    private static String materialPage(String advertiser, int page, int totalPage, String material) {
        return TikTokApiStubs.page(page, 1, totalPage, totalPage, List.of(Map.of(
                "dimensions", TikTokApiStubs.map("material_id", material, "stat_time_day", "2026-11-01 00:00:00"),
                "metrics", TikTokApiStubs.map("spend", "12.50", "clicks", "3"))));
    }

    private static void stubMaterials(String advertiser, String... materials) {
        for (int page = 1; page <= materials.length; page++) {
            wiremock.stubFor(get(urlPathEqualTo(TestMaterialReport.PATH))
                    .withQueryParam("advertiser_id", equalTo(advertiser))
                    .withQueryParam("page", equalTo(Integer.toString(page)))
                    .willReturn(okJson(materialPage(advertiser, page, materials.length, materials[page - 1]))));
        }
    }

    @Test
    void theRegisteredKindIsKnownByItsReportType() {
        assertThat(ReportKinds.of(TestMaterialReport.REPORT_TYPE)).isInstanceOf(TestMaterialReport.class);
        assertThat(ReportKinds.reportTypes()).contains("BASIC", "GMV_MAX", TestMaterialReport.REPORT_TYPE);
    }

    @Test
    void itsReportIsReadFromItsOwnPathPageByPageInTheComponentsRowShape() {
        stubMaterials("111", "m1", "m2");
        stubMaterials("222", "m3");

        Exchange exchange = produce(URI + "&metrics=spend,clicks&advertiserId=111,222&advertiserBatchSize=5"
                                     + "&reconcile=warn");

        List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
        assertThat(rows).extracting(row -> row.get("advertiser_id") + "/" + row.get("material_id"))
                .containsExactly("111/m1", "111/m2", "222/m3");
        assertThat(rows.get(0).keySet()).containsExactly("advertiser_id", "material_id", "stat_time_day", "spend",
                "clicks");
        assertThat(rows.get(0).get("spend")).isEqualTo(new BigDecimal("12.50"));
        List<LoggedRequest> requests = wiremock.findAll(getRequestedFor(urlPathEqualTo(TestMaterialReport.PATH)));
        assertThat(requests).as("not batched: the kind does not say it can be").hasSize(3)
                .allSatisfy(request -> assertThat(TikTokApiStubs.query(request))
                        .containsEntry("material_type", "VIDEO").containsKey("advertiser_id")
                        .containsEntry("dimensions", "[\"material_id\",\"stat_time_day\"]")
                        .containsEntry("start_date", "2026-11-01").containsEntry("end_date", "2026-11-02")
                        .doesNotContainKeys("report_type", "service_type", "data_level"));
        assertThat(reportRequests()).as("no integrated report, no advertiser total to reconcile with").isEmpty();
        assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(TikTokReportConstants.RECONCILED);
    }

    @Test
    void itsOwnChecksFailTheEndpointBeforeAnyRequest() {
        assertThatThrownBy(() -> produce(URI + "&advertiserId=111&metrics=spend,reach&dataLevel=AUCTION_AD"))
                .rootCause().hasMessageContaining("Invalid value 'reach' for option metrics")
                .hasMessageContaining("Allowed values: spend, impressions, clicks")
                .hasMessageContaining("material reports have no data level");
        assertThat(allRequests()).isEmpty();
    }
}
