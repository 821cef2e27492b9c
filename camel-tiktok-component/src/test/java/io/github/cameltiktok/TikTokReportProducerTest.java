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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameltiktok.client.http.TikTokApiException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.map;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static io.github.cameltiktok.TikTokApiStubs.reportPage;
import static io.github.cameltiktok.TikTokApiStubs.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TikTokReportProducerTest extends TikTokReportTestSupport {

    private static final String WINDOW = "&startDate=2026-11-01&endDate=2026-11-03";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Exchange exchange) {
        return exchange.getMessage().getBody(List.class);
    }

    @Test
    void readsEveryPageAndTypesTheValues() {
        wiremock.stubFor(reportPage(ADVERTISER, 1, page(1, 2, 5, 3, List.of(
                row(map("adgroup_id", "1790000000000000001", "stat_time_day", "2026-11-01 00:00:00"),
                        map("spend", "12.50", "impressions", "1000", "ctr", "1.20", "adgroup_name", "Spring sale",
                                "conversion", "-", "cpc", "")),
                row(map("adgroup_id", "1790000000000000002", "stat_time_day", "2026-11-01 00:00:00"),
                        map("spend", "0.00", "impressions", "0", "ctr", "0.00", "adgroup_name", "123",
                                "conversion", "3", "cpc", "0.41"))))));
        wiremock.stubFor(reportPage(ADVERTISER, 2, page(2, 2, 5, 3, List.of(
                row(map("adgroup_id", "3", "stat_time_day", "2026-11-02 00:00:00"), map("spend", "1")),
                row(map("adgroup_id", "4", "stat_time_day", "2026-11-02 00:00:00"), map("spend", "2"))))));
        wiremock.stubFor(reportPage(ADVERTISER, 3, page(3, 2, 5, 3, List.of(
                row(map("adgroup_id", "5", "stat_time_day", "-"), map("spend", "3"))))));

        Exchange exchange = produce("tiktok-report:custom?advertiserId=" + ADVERTISER + WINDOW
                                    + "&dataLevel=AUCTION_ADGROUP&dimensions=adgroup_id,stat_time_day"
                                    + "&metrics=spend,impressions,ctr,adgroup_name,conversion,cpc&pageSize=2");

        List<Map<String, Object>> rows = rows(exchange);
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(r -> r.get("adgroup_id"))
                .containsExactly("1790000000000000001", "1790000000000000002", "3", "4", "5");
        Map<String, Object> first = rows.get(0);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("advertiser_id", ADVERTISER);
        expected.put("adgroup_id", "1790000000000000001");
        expected.put("stat_time_day", "2026-11-01 00:00:00");
        expected.put("spend", new BigDecimal("12.50"));
        expected.put("impressions", 1000L);
        expected.put("ctr", new BigDecimal("1.20"));
        expected.put("adgroup_name", "Spring sale");
        expected.put("conversion", null);
        expected.put("cpc", null);
        assertThat(first).containsExactlyEntriesOf(expected);
        assertThat(rows.get(1).get("adgroup_name")).isEqualTo("123");
        assertThat(rows.get(1).get("conversion")).isEqualTo(3L);
        assertThat(rows.get(4).get("stat_time_day")).isNull();
        assertThat(rows.get(4)).containsEntry("advertiser_id", ADVERTISER);

        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(TikTokReportConstants.REQUEST_ID, "req-3")
                .containsEntry(TikTokReportConstants.TOTAL_NUMBER, 5L)
                .containsEntry(TikTokReportConstants.ADVERTISER_ID, ADVERTISER)
                .containsEntry(TikTokReportConstants.START_DATE, "2026-11-01")
                .containsEntry(TikTokReportConstants.END_DATE, "2026-11-03");
        assertThat(reportRequests()).extracting(r -> r.queryParameter("page").firstValue())
                .containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void severalAdvertisersAreReportedOneAfterTheOtherAndTagged() {
        wiremock.stubFor(reportPage("111", 1, page(1, 1000, 1, 1, TikTokApiStubs.dailyRows("a", LocalDate.of(2026, 11, 1), 1))));
        wiremock.stubFor(reportPage("222", 1, page(1, 1000, 2, 1, TikTokApiStubs.dailyRows("b", LocalDate.of(2026, 11, 1), 2))));

        Exchange exchange = produce("tiktok-report:adgroup-summary?advertiserId=111,222" + WINDOW);

        assertThat(rows(exchange)).extracting(r -> r.get("advertiser_id") + "/" + r.get("adgroup_id"))
                .containsExactly("111/a", "222/b", "222/b");
        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.ADVERTISER_ID)).isEqualTo("111,222");
        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_NUMBER)).isEqualTo(3L);
    }

    @Test
    void headersOverrideAdvertiserAndWindowPerMessage() {
        wiremock.stubFor(reportPage("333", 1, page(1, 1000, 0, 0, List.of())));

        Exchange exchange = template.request("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW, e -> {
            e.getIn().setHeader(TikTokReportConstants.ADVERTISER_ID, "333");
            e.getIn().setHeader(TikTokReportConstants.START_DATE, "2026-09-01");
            e.getIn().setHeader(TikTokReportConstants.END_DATE, "2026-09-05");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(rows(exchange)).isEmpty();
        LoggedRequest request = reportRequests().get(0);
        assertThat(TikTokApiStubs.query(request)).containsEntry("advertiser_id", "333")
                .containsEntry("start_date", "2026-09-01").containsEntry("end_date", "2026-09-05");
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry(TikTokReportConstants.START_DATE, "2026-09-01")
                .containsEntry(TikTokReportConstants.END_DATE, "2026-09-05");
    }

    @Test
    void badHeaderValuesFailTheExchangeBeforeAnyRequest() {
        Exchange exchange = template.request("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER, e -> {
            e.getIn().setHeader(TikTokReportConstants.START_DATE, "01/11/2026");
        });
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'01/11/2026'").hasMessageContaining(TikTokReportConstants.START_DATE)
                .hasMessageContaining("yyyy-MM-dd");
        assertThat(allRequests()).isEmpty();
    }

    @Test
    void longDailyRangeIsSplitIntoThirtyDayChunksInDateOrder() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withQueryParam("start_date", equalTo("2026-01-01"))
                .willReturn(okJson(page(1, 1000, 30, 1, TikTokApiStubs.dailyRows("a", start, 30)))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withQueryParam("start_date", equalTo("2026-01-31"))
                .willReturn(okJson(page(1, 1000, 15, 1, TikTokApiStubs.dailyRows("a", start.plusDays(30), 15)))));

        Exchange exchange = produce("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                    + "&startDate=2026-01-01&endDate=2026-02-14");

        assertThat(reportRequests()).extracting(r -> r.queryParameter("start_date").firstValue() + ".."
                                                     + r.queryParameter("end_date").firstValue())
                .containsExactlyInAnyOrder("2026-01-01..2026-01-30", "2026-01-31..2026-02-14");
        List<Object> days = rows(exchange).stream().map(r -> r.get("stat_time_day")).toList();
        assertThat(days).hasSize(45).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
        assertThat(days.get(0)).isEqualTo("2026-01-01 00:00:00");
        assertThat(days.get(44)).isEqualTo("2026-02-14 00:00:00");
        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_NUMBER)).isEqualTo(45L);
    }

    @Test
    void hourlyReportsAskOneDayPerRequest() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0, List.of()))));

        produce("tiktok-report:custom?advertiserId=" + ADVERTISER + WINDOW
                + "&dataLevel=AUCTION_CAMPAIGN&dimensions=campaign_id,stat_time_hour&metrics=spend");

        assertThat(reportRequests()).extracting(r -> r.queryParameter("start_date").firstValue() + ".."
                                                     + r.queryParameter("end_date").firstValue())
                .containsExactlyInAnyOrder("2026-11-01..2026-11-01", "2026-11-02..2026-11-02",
                        "2026-11-03..2026-11-03");
    }

    @Test
    void errorEnvelopeFailsWithCodeMessageAndRequestIdWithoutRetry() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(
                TikTokApiStubs.error(40002, "dimensions: invalid dimension foo", "req-bad"))));

        Exchange exchange = template.request("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW, e -> {
        });

        assertThat(exchange.getException()).isInstanceOf(TikTokApiException.class)
                .hasMessageContaining("40002").hasMessageContaining("dimensions: invalid dimension foo")
                .hasMessageContaining("req-bad");
        TikTokApiException error = (TikTokApiException) exchange.getException();
        assertThat(error.getCode()).isEqualTo(40002);
        assertThat(error.getApiMessage()).isEqualTo("dimensions: invalid dimension foo");
        assertThat(error.getRequestId()).isEqualTo("req-bad");
        assertThat(error.isRetryable()).isFalse();
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)));
    }

    @Test
    void invalidTokenIsNotRetried() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(
                TikTokApiStubs.error(40105, "Access token is incorrect or has been revoked.", "req-tok"))));

        Exchange exchange = template.request("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW, e -> {
        });

        assertThat(((TikTokApiException) exchange.getException()).getCode()).isEqualTo(40105);
        wiremock.verify(1, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)));
    }

    @Test
    void throttlingAndServerErrorsAreRetriedAndThePageIsReadOnce() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(TikTokApiStubs.error(40100, "Due to too many requests, requests from App are"
                                                               + " temporarily restricted", "req-1")))
                .willSetStateTo("throttled"));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).inScenario("flaky")
                .whenScenarioStateIs("throttled")
                .willReturn(aResponse().withStatus(503).withBody("<html>busy</html>"))
                .willSetStateTo("recovered"));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(page(1, 1000, 2, 1, TikTokApiStubs.dailyRows("a", LocalDate.of(2026, 11, 1), 2)))));

        Exchange exchange = produce("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW);

        assertThat(rows(exchange)).hasSize(2);
        wiremock.verify(3, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)));
    }

    @Test
    void retriesAreBounded() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(
                TikTokApiStubs.error(50000, "System error", "req-500"))));

        Exchange exchange = template.request("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW
                                             + "&maxRetries=2", e -> {
                                             });

        assertThat(((TikTokApiException) exchange.getException()).getCode()).isEqualTo(50000);
        wiremock.verify(3, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)));
    }

    @Test
    void totalMetricsBecomeAHeader() {
        String body = TikTokApiStubs.envelope(0, "OK", "req-t", Map.of(
                "list", List.of(), "total_metrics", map("spend", "15.38", "campaign_name", "-"),
                "page_info", Map.of("page", 1, "page_size", 1000, "total_number", 0, "total_page", 0)));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(body)));

        Exchange exchange = produce("tiktok-report:campaign-summary?advertiserId=" + ADVERTISER + WINDOW
                                    + "&enableTotalMetrics=true");

        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_METRICS, Map.class))
                .containsEntry("spend", new BigDecimal("15.38")).containsEntry("campaign_name", null);
    }

    @Test
    void moneyIsNeverSummedAcrossAdvertisersOfDifferentCurrencies() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.ADVERTISER_INFO_PATH)).atPriority(1).willReturn(okJson(
                TikTokApiStubs.envelope(0, "OK", "req-i", Map.of("list", List.of(
                        Map.of("advertiser_id", "111", "currency", "USD", "timezone", "UTC"),
                        Map.of("advertiser_id", "222", "currency", "EUR", "timezone", "UTC")))))));
        for (String[] advertiser : new String[][] { { "111", "10.00", "100" }, { "222", "5.50", "40" } }) {
            wiremock.stubFor(reportPage(advertiser[0], 1, TikTokApiStubs.envelope(0, "OK", "req-" + advertiser[0],
                    Map.of("list", List.of(row(map("campaign_id", "1", "stat_time_day", "2026-11-01 00:00:00"),
                                    map("spend", advertiser[1], "impressions", advertiser[2], "reach", "9"))),
                            "total_metrics", map("spend", advertiser[1], "impressions", advertiser[2], "reach", "9"),
                            "page_info", Map.of("page", 1, "page_size", 1000, "total_number", 1, "total_page", 1)))));
        }

        Exchange exchange = produce("tiktok-report:campaign-summary?advertiserId=111,222" + WINDOW
                                    + "&metrics=spend,impressions,reach&enableTotalMetrics=true");

        @SuppressWarnings("unchecked")
        Map<String, Object> totals = exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_METRICS, Map.class);
        // dollars and euros are not added up; impressions are; reach (unique visitors) never is
        assertThat(totals).containsEntry("spend", null).containsEntry("impressions", 140L)
                .containsEntry("reach", null);
        assertThat(exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_METRICS_BY_CURRENCY, Map.class))
                .isEqualTo(Map.of("USD", Map.of("spend", new BigDecimal("10.00"), "impressions", 100L, "reach", 9L),
                        "EUR", Map.of("spend", new BigDecimal("5.50"), "impressions", 40L, "reach", 9L)));
    }

    @Test
    void unknownFieldsPassWithValidateFieldsFalse() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 1, 1, List.of(
                row(map("adgroup_id", "1", "stat_time_day", "2026-11-01 00:00:00"),
                        map("brand_new_metric", "42", "brand_new_rate", "0.5")))))));

        Exchange exchange = produce("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW
                                    + "&metrics=brand_new_metric,brand_new_rate&validateFields=false");

        assertThat(rows(exchange).get(0)).containsEntry("brand_new_metric", 42L)
                .containsEntry("brand_new_rate", new BigDecimal("0.5"));
    }

    @Test
    void authCodeIsExchangedOnceForTheToken() throws Exception {
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setAccessToken(null);
        wiremock.stubFor(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).willReturn(okJson(
                TikTokApiStubs.envelope(0, "OK", "req-oauth", Map.of("access_token", "exchanged+token",
                        "advertiser_ids", List.of(ADVERTISER), "scope", List.of(4, 5))))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0, List.of()))));

        String uri = "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW
                     + "&appId=app-1&appSecret=RAW(app+secret)&authCode=RAW(code/1)";
        produce(uri);
        produce(uri);

        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/"))
                .withRequestBody(equalToJson("{\"app_id\":\"app-1\",\"secret\":\"app+secret\",\"auth_code\":\"code/1\"}")));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withHeader("Access-Token", equalTo("exchanged+token")));
    }

    @Test
    void failedExchangeOfTheAuthCodeNamesTikToksCode() {
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setAccessToken(null);
        wiremock.stubFor(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).willReturn(okJson(
                TikTokApiStubs.error(40110, "auth_code has expired", "req-expired"))));

        assertThatThrownBy(() -> produce("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + WINDOW
                                         + "&appId=app-1&appSecret=fake-app-secret&authCode=fake-auth-code"))
                .rootCause().hasMessageContaining("40110").hasMessageContaining("auth_code has expired");
        assertThat(allRequests()).hasSize(1);
    }
}
