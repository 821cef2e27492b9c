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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The exact request TikTok receives for each preset and for custom reports. */
class TikTokReportRequestTest extends TikTokReportTestSupport {

    private static final String SUMMARY_METRICS
            = "[\"spend\",\"impressions\",\"clicks\",\"ctr\",\"cpc\",\"cpm\",\"conversion\",\"cost_per_conversion\"]";

    private LoggedRequest onlyRequest(String uri) {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(TikTokApiStubs.page(1, 1000, 0, 0, List.of()))));
        template.requestBody(uri, (Object) null);
        List<LoggedRequest> requests = reportRequests();
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).startsWith(TikTokApiStubs.REPORT_PATH + "?");
        assertThat(request.getHeader("Access-Token")).isEqualTo(TOKEN);
        assertThat(request.containsHeader("Authorization")).isFalse();
        return request;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            adgroup-summary    | BASIC    | AUCTION_ADGROUP    | ["adgroup_id","stat_time_day"]
            campaign-summary   | BASIC    | AUCTION_CAMPAIGN   | ["campaign_id","stat_time_day"]
            ad-summary         | BASIC    | AUCTION_AD         | ["ad_id","stat_time_day"]
            advertiser-summary | BASIC    | AUCTION_ADVERTISER | ["advertiser_id","stat_time_day"]
            audience           | AUDIENCE | AUCTION_ADGROUP    | ["adgroup_id","gender","age"]
            """)
    void presetSendsItsReportTypeLevelDimensionsAndMetrics(String preset, String reportType, String dataLevel,
                                                           String dimensions) {
        LoggedRequest request = onlyRequest("tiktok-report:" + preset + "?advertiserId=" + ADVERTISER
                                            + "&startDate=2026-11-01&endDate=2026-11-07");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("advertiser_id", ADVERTISER);
        expected.put("service_type", "AUCTION");
        expected.put("report_type", reportType);
        expected.put("data_level", dataLevel);
        expected.put("dimensions", dimensions);
        expected.put("metrics", "audience".equals(preset) ? "[\"spend\",\"impressions\",\"clicks\"]" : SUMMARY_METRICS);
        // deleted objects are included by default: the level's status filter (none at advertiser level)
        String level = dataLevel.substring("AUCTION_".length()).toLowerCase(java.util.Locale.ROOT);
        if (!"advertiser".equals(level)) {
            expected.put("filtering", statusAll(level + "_status"));
        }
        expected.put("start_date", "2026-11-01");
        expected.put("end_date", "2026-11-07");
        expected.put("page", "1");
        expected.put("page_size", "1000");
        assertThat(TikTokApiStubs.query(request)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void arraysTravelAsPercentEncodedJson() {
        LoggedRequest request = onlyRequest("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                            + "&metrics=spend,clicks&startDate=2026-11-01&endDate=2026-11-01");
        assertThat(request.getUrl())
                .contains("dimensions=%5B%22adgroup_id%22%2C%22stat_time_day%22%5D")
                .contains("metrics=%5B%22spend%22%2C%22clicks%22%5D");
    }

    @Test
    void customReportSendsEveryOptionAndPassThroughParameters() {
        String filters = "[{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"1800\\\"]\"}]";
        LoggedRequest request = onlyRequest("tiktok-report:custom?advertiserId=" + ADVERTISER
                                            + "&dataLevel=AUCTION_CAMPAIGN&dimensions=campaign_id,stat_time_day"
                                            + "&metrics=campaign_name,spend,clicks&filters=RAW(" + filters + ")"
                                            + "&orderField=spend&orderType=ASC&enableTotalMetrics=true&pageSize=250"
                                            + "&startDate=2026-10-01&endDate=2026-10-10"
                                            + "&param.multi_adv_report_in_utc_time=true&param.query_mode=REGULAR");

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("advertiser_id", ADVERTISER);
        expected.put("service_type", "AUCTION");
        expected.put("report_type", "BASIC");
        expected.put("data_level", "AUCTION_CAMPAIGN");
        expected.put("dimensions", "[\"campaign_id\",\"stat_time_day\"]");
        expected.put("metrics", "[\"campaign_name\",\"spend\",\"clicks\"]");
        expected.put("filtering", filters.substring(0, filters.length() - 1) + ","
                                  + statusAll("campaign_status").substring(1));
        expected.put("order_field", "spend");
        expected.put("order_type", "ASC");
        expected.put("enable_total_metrics", "true");
        expected.put("start_date", "2026-10-01");
        expected.put("end_date", "2026-10-10");
        expected.put("multi_adv_report_in_utc_time", "true");
        expected.put("query_mode", "REGULAR");
        expected.put("page", "1");
        expected.put("page_size", "250");
        assertThat(TikTokApiStubs.query(request)).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void catalogReportsAskForDeletedObjectsToo() {
        // TikTok's default STATUS_NOT_DELETE applies to CATALOG reports as to BASIC and AUDIENCE ones
        LoggedRequest request = onlyRequest("tiktok-report:custom?advertiserId=" + ADVERTISER + "&reportType=CATALOG"
                                            + "&dataLevel=AUCTION_AD&dimensions=ad_id,stat_time_day&metrics=spend"
                                            + "&startDate=2026-11-01&endDate=2026-11-02");
        assertThat(TikTokApiStubs.query(request)).containsEntry("report_type", "CATALOG")
                .containsEntry("filtering", statusAll("ad_status"));
    }

    private static String statusAll(String field) {
        return "[{\"field_name\":\"" + field + "\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]";
    }

    @Test
    void includeDeletedFalseKeepsTikToksDefaultAndFiltersNamingTheFieldWin() {
        assertThat(TikTokApiStubs.query(onlyRequest("tiktok-report:ad-summary?advertiserId=" + ADVERTISER
                                                    + "&includeDeleted=false&startDate=2026-11-01&endDate=2026-11-01")))
                .doesNotContainKey("filtering");
        wiremock.resetRequests();
        String own = "[{\"field_name\":\"ad_status\",\"filter_type\":\"IN\","
                     + "\"filter_value\":\"[\\\"STATUS_NOT_DELETE\\\"]\"}]";
        assertThat(TikTokApiStubs.query(onlyRequest("tiktok-report:ad-summary?advertiserId=" + ADVERTISER
                                                    + "&filters=RAW(" + own + ")&startDate=2026-11-01&endDate=2026-11-01")))
                .containsEntry("filtering", own);
    }

    @Test
    void orderTypeDefaultsToDescWhenOrderFieldIsSet() {
        LoggedRequest request = onlyRequest("tiktok-report:campaign-summary?advertiserId=" + ADVERTISER
                                            + "&orderField=clicks&startDate=2026-11-01&endDate=2026-11-02");
        assertThat(TikTokApiStubs.query(request)).containsEntry("order_field", "clicks").containsEntry("order_type",
                "DESC");
    }

    @Test
    void lifetimeReportSendsNoDates() {
        LoggedRequest request = onlyRequest("tiktok-report:custom?advertiserId=" + ADVERTISER
                                            + "&dataLevel=AUCTION_AD&dimensions=ad_id&metrics=spend&queryLifetime=true");
        assertThat(TikTokApiStubs.query(request))
                .containsEntry("query_lifetime", "true")
                .doesNotContainKeys("start_date", "end_date");
    }

    @Test
    void rollingWindowEndsTodayAndReachesBackLookbackDays() {
        LoggedRequest request = onlyRequest("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                            + "&lookbackDays=4");
        LocalDate today = LocalDate.now();
        assertThat(TikTokApiStubs.query(request))
                .containsEntry("start_date", today.minusDays(3).toString())
                .containsEntry("end_date", today.toString());
    }

    @Test
    void eachAdvertiserGetsItsOwnTodayFromItsAccountsTimeZone() {
        // 111 is at UTC+12, 222 at UTC-10: 22 hours apart, their todays differ most of the day
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.ADVERTISER_INFO_PATH)).atPriority(1).willReturn(okJson(
                TikTokApiStubs.envelope(0, "OK", "req-info", Map.of("list", List.of(
                        Map.of("advertiser_id", "111", "currency", "NZD", "timezone", "Etc/GMT-12"),
                        Map.of("advertiser_id", "222", "currency", "USD", "timezone", "Etc/GMT+10")))))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(TikTokApiStubs.page(1, 1000, 0, 0, List.of()))));
        Map<String, List<String>> todays = todays("Etc/GMT-12", "Etc/GMT+10");

        template.requestBody("tiktok-report:adgroup-summary?advertiserId=111,222&lookbackDays=2", (Object) null);
        template.requestBody("tiktok-report:adgroup-summary?advertiserId=111,222&lookbackDays=2", (Object) null);

        Map<String, List<String>> asked = todays("Etc/GMT-12", "Etc/GMT+10");
        List<LoggedRequest> reports = reportRequests();
        assertThat(reports).hasSize(4);
        for (LoggedRequest report : reports) {
            Map<String, String> query = TikTokApiStubs.query(report);
            String zone = "111".equals(query.get("advertiser_id")) ? "Etc/GMT-12" : "Etc/GMT+10";
            LocalDate end = LocalDate.parse(query.get("end_date"));
            assertThat(List.of(todays.get(zone).get(0), asked.get(zone).get(0))).contains(end.toString());
            assertThat(query).containsEntry("start_date", end.minusDays(1).toString());
        }
        // one look-up for both advertisers, kept for the second message
        List<LoggedRequest> infos = wiremock.findAll(getRequestedFor(urlPathEqualTo(TikTokApiStubs.ADVERTISER_INFO_PATH)));
        assertThat(infos).hasSize(1);
        assertThat(TikTokApiStubs.query(infos.get(0)))
                .containsEntry("advertiser_ids", "[\"111\",\"222\"]")
                .containsEntry("fields", "[\"advertiser_id\",\"currency\",\"timezone\"]");
    }

    /** Today in each zone, as a one-element list (the test reads it before and after the requests). */
    private static Map<String, List<String>> todays(String... zones) {
        Map<String, List<String>> todays = new LinkedHashMap<>();
        for (String zone : zones) {
            todays.put(zone, List.of(LocalDate.now(java.time.ZoneId.of(zone)).toString()));
        }
        return todays;
    }

    @Test
    void businessCenterReportIsAskedByBcId() {
        LoggedRequest request = onlyRequest("tiktok-report:custom?bcId=7100000000000000001&reportType=BC"
                                            + "&dimensions=advertiser_id,stat_time_day&metrics=spend&lookbackDays=2");
        Map<String, String> query = TikTokApiStubs.query(request);
        assertThat(query).containsEntry("bc_id", "7100000000000000001").containsEntry("report_type", "BC")
                .doesNotContainKeys("advertiser_id", "service_type", "data_level", "filtering");
        // a business center is no ad account: no /advertiser/info/ look-up for its day
        assertThat(allRequests()).hasSize(1);
    }

    @Test
    void fixedWindowsNeedNoAccountLookUp() {
        onlyRequest("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                    + "&startDate=2026-11-01&endDate=2026-11-02");
        assertThat(allRequests()).hasSize(1);
    }

    @Test
    void sandboxAndReservationOptionsAreSent() {
        LoggedRequest request = onlyRequest("tiktok-report:custom?advertiserId=" + ADVERTISER
                                            + "&serviceType=RESERVATION&dataLevel=RESERVATION_CAMPAIGN"
                                            + "&dimensions=campaign_id,stat_time_hour&metrics=impressions"
                                            + "&startDate=2026-11-03&endDate=2026-11-03");
        assertThat(TikTokApiStubs.query(request))
                .containsEntry("service_type", "RESERVATION")
                .containsEntry("data_level", "RESERVATION_CAMPAIGN")
                .containsEntry("dimensions", "[\"campaign_id\",\"stat_time_hour\"]");
    }
}
