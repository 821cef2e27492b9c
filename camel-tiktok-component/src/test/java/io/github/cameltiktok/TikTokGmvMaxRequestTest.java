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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The exact requests of GMV Max reports: /gmv_max/report/get/ with every parameter as TikTok documents it. */
class TikTokGmvMaxRequestTest extends TikTokReportTestSupport {

    static final String REPORT_PATH = "/open_api/v1.3/gmv_max/report/get/";
    static final String STORE_LIST_PATH = "/open_api/v1.3/gmv_max/store/list/";
    private static final String STORE = "7400000000000000001";
    private static final String ALL_STATUSES
            = "\"campaign_statuses\":[\"STATUS_DELIVERY_OK\",\"STATUS_DISABLE\",\"STATUS_DELETE\",\"STATUS_NOT_DELIVERY\"]";
    private static final String CORE_METRICS = "\"cost\",\"net_cost\",\"orders\",\"cost_per_order\",\"gross_revenue\",\"roi\"";

    private List<LoggedRequest> gmvMaxRequests() {
        return wiremock.findAll(getRequestedFor(urlPathEqualTo(REPORT_PATH)));
    }

    private Map<String, String> onlyRequest(String uri) {
        wiremock.stubFor(get(urlPathEqualTo(REPORT_PATH)).willReturn(okJson(TikTokApiStubs.page(1, 1000, 0, 0,
                List.of()))));
        template.requestBody(uri, (Object) null);
        List<LoggedRequest> requests = gmvMaxRequests();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Access-Token")).isEqualTo(TOKEN);
        assertThat(reportRequests()).as("no integrated report request").isEmpty();
        return TikTokApiStubs.query(requests.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gmv-max-product | ["campaign_id","stat_time_day"]   | PRODUCT
            gmv-max-live    | ["campaign_id","stat_time_day"]   | LIVE
            gmv-max-account | ["advertiser_id","stat_time_day"] |
            """)
    void presetSendsStoreDimensionsMetricsAndFilteringObject(String preset, String dimensions, String promotion) {
        Map<String, String> query = onlyRequest("tiktok-report:" + preset + "?advertiserId=" + ADVERTISER
                                                + "&storeId=" + STORE + "&startDate=2026-11-01&endDate=2026-11-07");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("advertiser_id", ADVERTISER);
        expected.put("store_ids", "[\"" + STORE + "\"]");
        expected.put("start_date", "2026-11-01");
        expected.put("end_date", "2026-11-07");
        expected.put("metrics", "LIVE".equals(promotion)
                ? "[" + CORE_METRICS + ",\"live_views\",\"cost_per_live_view\",\"10_second_live_views\",\"live_follows\"]"
                : "[" + CORE_METRICS + "]");
        expected.put("dimensions", dimensions);
        if (promotion != null) {
            // the preset's promotion type, and deleted campaigns included as in the other reports
            expected.put("filtering", "{\"gmv_max_promotion_types\":[\"" + promotion + "\"]," + ALL_STATUSES + "}");
        }
        expected.put("page", "1");
        expected.put("page_size", "1000");
        assertThat(query).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void customReportSendsFilteringObjectSortAndTotals() {
        String filters = "{\"campaign_ids\":[\"1850000000000000000\"],\"gmv_max_promotion_types\":[\"PRODUCT\"]}";
        Map<String, String> query = onlyRequest("tiktok-report:custom?reportType=GMV_MAX&advertiserId=" + ADVERTISER
                                                + "&storeId=" + STORE + "&dimensions=campaign_id,item_group_id,stat_time_day"
                                                + "&metrics=product_name,cost,orders,gross_revenue&filters=RAW("
                                                + filters + ")&orderField=gross_revenue&orderType=ASC"
                                                + "&enableTotalMetrics=true&pageSize=200&startDate=2026-10-01"
                                                + "&endDate=2026-10-30&param.future_option=1");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("advertiser_id", ADVERTISER);
        expected.put("store_ids", "[\"" + STORE + "\"]");
        expected.put("start_date", "2026-10-01");
        expected.put("end_date", "2026-10-30");
        expected.put("metrics", "[\"product_name\",\"cost\",\"orders\",\"gross_revenue\"]");
        expected.put("dimensions", "[\"campaign_id\",\"item_group_id\",\"stat_time_day\"]");
        expected.put("enable_total_metrics", "true");
        // product level: no campaign status filter (TikTok documents it at campaign level only)
        expected.put("filtering", filters);
        expected.put("sort_field", "gross_revenue");
        expected.put("sort_type", "ASC");
        expected.put("future_option", "1");
        expected.put("page", "1");
        expected.put("page_size", "200");
        assertThat(query).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void userFiltersNamingThePromotionTypeOrStatusesWin() {
        Map<String, String> query = onlyRequest("tiktok-report:gmv-max-product?advertiserId=" + ADVERTISER
                + "&storeId=" + STORE + "&startDate=2026-11-01&endDate=2026-11-01"
                + "&filters=RAW({\"campaign_statuses\":[\"STATUS_DELIVERY_OK\"]})");
        assertThat(query.get("filtering"))
                .isEqualTo("{\"campaign_statuses\":[\"STATUS_DELIVERY_OK\"],\"gmv_max_promotion_types\":[\"PRODUCT\"]}");
        wiremock.resetRequests();
        query = onlyRequest("tiktok-report:gmv-max-product?advertiserId=" + ADVERTISER + "&storeId=" + STORE
                            + "&includeDeleted=false&startDate=2026-11-01&endDate=2026-11-01");
        assertThat(query.get("filtering")).isEqualTo("{\"gmv_max_promotion_types\":[\"PRODUCT\"]}");
    }

    @Test
    void storesComeFromTheStoreListOneReportEachRowsTaggedAndTyped() {
        wiremock.stubFor(get(urlPathEqualTo(STORE_LIST_PATH)).withQueryParam("advertiser_id", equalTo(ADVERTISER))
                .willReturn(okJson(TikTokApiStubs.envelope(0, "OK", "req-stores", Map.of("store_list", List.of(
                        Map.of("store_id", "71", "store_name", "A", "is_gmv_max_available", true),
                        Map.of("store_id", "72", "store_name", "B", "is_gmv_max_available", false),
                        Map.of("store_id", "73", "store_name", "C", "is_gmv_max_available", true)))))));
        for (String store : List.of("71", "73")) {
            wiremock.stubFor(get(urlPathEqualTo(REPORT_PATH)).withQueryParam("store_ids", equalTo("[\"" + store + "\"]"))
                    .willReturn(okJson(TikTokApiStubs.page(1, 1000, 1, 1, List.of(TikTokApiStubs.row(
                            TikTokApiStubs.map("campaign_id", "18" + store, "stat_time_day", "2026-11-01 00:00:00"),
                            TikTokApiStubs.map("cost", "12.50", "orders", "0", "cost_per_order", "-",
                                    "gross_revenue", "0.00", "currency", "USD")))))));
        }

        Exchange out = template.request("tiktok-report:gmv-max-product?advertiserId=" + ADVERTISER
                + "&metrics=cost,orders,cost_per_order,gross_revenue&startDate=2026-11-01&endDate=2026-11-01", null);

        assertThat(out.getException()).isNull();
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(STORE_LIST_PATH)))).hasSize(1);
        assertThat(gmvMaxRequests()).extracting(r -> r.queryParameter("store_ids").firstValue())
                .containsExactly("[\"71\"]", "[\"73\"]");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = out.getMessage().getBody(List.class);
        assertThat(rows).hasSize(2);
        Map<String, Object> first = rows.get(0);
        assertThat(first.keySet()).containsExactly("advertiser_id", "store_id", "campaign_id", "stat_time_day", "cost",
                "orders", "cost_per_order", "gross_revenue", "currency");
        assertThat(first.get("cost")).isEqualTo(new BigDecimal("12.50"));
        assertThat(first.get("orders")).isEqualTo(0L);
        assertThat(first.get("cost_per_order")).as("TikTok's placeholder").isNull();
        assertThat(first.get("currency")).isEqualTo("USD");
        assertThat(first.get("store_id")).isEqualTo("71");
        assertThat(rows.get(1).get("store_id")).isEqualTo("73");
        assertThat(out.getMessage().getHeader(TikTokReportConstants.STORE_ID)).isEqualTo("71,73");
        assertThat(out.getMessage().getHeader(TikTokReportConstants.TOTAL_NUMBER)).isEqualTo(2L);
    }

    @Test
    void storeHeaderOverridesTheStoresOfOneMessage() {
        Map<String, String> query;
        wiremock.stubFor(get(urlPathEqualTo(REPORT_PATH)).willReturn(okJson(TikTokApiStubs.page(1, 1000, 0, 0,
                List.of()))));
        template.requestBodyAndHeader("tiktok-report:gmv-max-account?advertiserId=" + ADVERTISER
                + "&startDate=2026-11-01&endDate=2026-11-01", null, TikTokReportConstants.STORE_ID, "99");
        query = TikTokApiStubs.query(gmvMaxRequests().get(0));
        assertThat(query.get("store_ids")).isEqualTo("[\"99\"]");
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(STORE_LIST_PATH)))).isEmpty();
    }
}
