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
package io.github.cameltiktok.simulator;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the simulator enforces because TikTok documents them, one test each, with the source in its name or
 * comment; and the open questions ({@link OpenQuestion}) answered either way. The default data set: the first
 * advertiser's third campaign is a Promote one, the second advertiser's second a TopView one and its third a
 * Reach &amp; Frequency one.
 */
class DocumentedRulesTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final SimulatorConfig ACCOUNTS = SimulatorConfig.defaults()
            .withDays(LAST_DAY.minusDays(29), LAST_DAY).withQpsLimit(0);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMOTE = filter("campaign_system_origins", "IN", "[\"PROMOTE\"]");
    private static final String TOP_VIEW = filter("buying_type", "IN", "[\"RESERVATION_TOP_VIEW\"]");

    private static String filter(String field, String type, String value) {
        try {
            return JSON.writeValueAsString(List.of(Map.of("field_name", field, "filter_type", type, "filter_value",
                    value)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> report(String advertiser, String level, String dimensions, String filtering) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiser);
        query.put("report_type", "BASIC");
        query.put("data_level", level);
        query.put("dimensions", dimensions);
        query.put("metrics", "[\"spend\",\"impressions\"]");
        query.put("start_date", LAST_DAY.minusDays(1).toString());
        query.put("end_date", LAST_DAY.toString());
        query.put("page_size", "1000");
        if (filtering != null) {
            query.put("filtering", filtering);
        }
        return query;
    }

    private static JsonNode get(TikTokSimulator tiktok, String path, Map<String, String> query) throws Exception {
        return TikTokSimulatorTest.get(tiktok, path, query, SimulatorConfig.DEFAULT_ACCESS_TOKEN);
    }

    private static List<JsonNode> rows(TikTokSimulator tiktok, Map<String, String> query) throws Exception {
        JsonNode answer = get(tiktok, TikTokApiTransformer.REPORT_PATH, query);
        assertThat(answer.path("code").asInt()).as(answer.path("message").asText()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        answer.at("/data/list").forEach(rows::add);
        return rows;
    }

    private static Set<String> campaigns(List<JsonNode> rows) {
        return rows.stream().map(r -> r.at("/dimensions/campaign_id").asText()).collect(Collectors.toSet());
    }

    private static BigDecimal spend(List<JsonNode> rows) {
        return rows.stream().map(r -> new BigDecimal(r.at("/metrics/spend").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The id of campaign {@code local} (from 0) of advertiser {@code advertiser}, 3 campaigns each. */
    private static String campaign(int advertiser, int local) {
        return Long.toString(SyntheticData.CAMPAIGN_BASE + advertiser * 3L + local);
    }

    @Test
    void syncReportsLeavePromoteAndTopViewOutUnlessFilteredForThem_docs1785880454546433_1740302848100353()
            throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            String first = tiktok.advertiserIds().get(0);
            String second = tiktok.advertiserIds().get(1);
            String byCampaign = "[\"campaign_id\",\"stat_time_day\"]";

            assertThat(campaigns(rows(tiktok, report(first, "AUCTION_CAMPAIGN", byCampaign, null))))
                    .containsExactlyInAnyOrder(campaign(0, 0), campaign(0, 1));
            assertThat(campaigns(rows(tiktok, report(first, "AUCTION_CAMPAIGN", byCampaign, PROMOTE))))
                    .containsExactly(campaign(0, 2));
            // the R&F campaign is in TikTok's default view ("auction ads, or both auction ads and reservation ads")
            assertThat(campaigns(rows(tiktok, report(second, "AUCTION_CAMPAIGN", byCampaign, null))))
                    .containsExactlyInAnyOrder(campaign(1, 0), campaign(1, 2));
            assertThat(campaigns(rows(tiktok, report(second, "AUCTION_CAMPAIGN", byCampaign, TOP_VIEW))))
                    .containsExactly(campaign(1, 1));
        }
    }

    @Test
    void theAdvertiserLevelHoldsEveryAdOfTheAccount_doc1740302848100353() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            for (String advertiser : tiktok.advertiserIds().subList(0, 2)) {
                String byCampaign = "[\"campaign_id\",\"stat_time_day\"]";
                BigDecimal campaigns = spend(rows(tiktok, report(advertiser, "AUCTION_CAMPAIGN", byCampaign, null)))
                        .add(spend(rows(tiktok, report(advertiser, "AUCTION_CAMPAIGN", byCampaign, PROMOTE))))
                        .add(spend(rows(tiktok, report(advertiser, "AUCTION_CAMPAIGN", byCampaign, TOP_VIEW))));
                BigDecimal total = spend(rows(tiktok, report(advertiser, "AUCTION_ADVERTISER",
                        "[\"advertiser_id\",\"stat_time_day\"]", null)));
                assertThat(total).as(advertiser).isEqualByComparingTo(campaigns);
            }
        }
    }

    @Test
    void openQuestionsAboutTheAdvertiserTotalAreAnsweredEitherWay() throws Exception {
        String byDay = "[\"advertiser_id\",\"stat_time_day\"]";
        String byCampaign = "[\"campaign_id\",\"stat_time_day\"]";
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS.withQuirks(SimulatorQuirks.none()
                .withOtherAnswer(OpenQuestion.ADVERTISER_TOTAL_WITHOUT_PROMOTE)
                .withOtherAnswer(OpenQuestion.ADVERTISER_TOTAL_WITH_GMV_MAX)));
             TikTokSimulator plain = TikTokSimulator.start(ACCOUNTS)) {
            String first = tiktok.advertiserIds().get(0);
            BigDecimal promote = spend(rows(plain, report(first, "AUCTION_CAMPAIGN", byCampaign, PROMOTE)));
            BigDecimal documented = spend(rows(plain, report(first, "AUCTION_ADVERTISER", byDay, null)));
            BigDecimal gmvMax = plain.gmvMaxStoreIds(first).stream().map(store -> plain.gmvMaxRows(Map.of(
                    "advertiser_id", first, "store_ids", "[\"" + store + "\"]", "dimensions",
                    "[\"advertiser_id\",\"stat_time_day\"]", "metrics", "[\"cost\"]", "start_date",
                    LAST_DAY.minusDays(1).toString(), "end_date", LAST_DAY.toString())).stream()
                    .map(row -> new BigDecimal(row.get("cost"))).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(promote.signum()).isPositive();
            assertThat(gmvMax.signum()).isPositive();
            assertThat(spend(rows(tiktok, report(first, "AUCTION_ADVERTISER", byDay, null))))
                    .isEqualByComparingTo(documented.subtract(promote).add(gmvMax));
        }
    }

    @Test
    void reservationAndFrequencyCampaignsLeftOutOfDefaultReportsIsTheOtherAnswer() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS.withQuirks(SimulatorQuirks.none()
                .withOtherAnswer(OpenQuestion.REPORTS_WITHOUT_RESERVATION_RF)))) {
            String second = tiktok.advertiserIds().get(1);
            String byCampaign = "[\"campaign_id\",\"stat_time_day\"]";
            assertThat(campaigns(rows(tiktok, report(second, "AUCTION_CAMPAIGN", byCampaign, null))))
                    .containsExactly(campaign(1, 0));
            assertThat(campaigns(rows(tiktok, report(second, "AUCTION_CAMPAIGN", byCampaign,
                    filter("buying_type", "IN", "[\"RESERVATION_RF\"]"))))).containsExactly(campaign(1, 2));
        }
    }

    @Test
    void filterTypesAreTheSpecsAndNotInIsTheReportPagesOtherAnswer_specReportFilterType() throws Exception {
        String notIn = filter("campaign_ids", "NOT_IN", "[\"" + campaign(0, 0) + "\"]");
        try (TikTokSimulator strict = TikTokSimulator.start(ACCOUNTS);
             TikTokSimulator page = TikTokSimulator.start(ACCOUNTS.withQuirks(SimulatorQuirks.none()
                     .withOtherAnswer(OpenQuestion.FILTER_TYPES_OF_THE_REPORT_PAGE)))) {
            Map<String, String> query = report(strict.advertiserIds().get(0), "AUCTION_CAMPAIGN", "[\"campaign_id\"]",
                    notIn);
            JsonNode refused = get(strict, TikTokApiTransformer.REPORT_PATH, query);
            assertThat(refused.path("code").asInt()).isEqualTo(40002);
            assertThat(refused.path("message").asText()).contains("BETWEEN, GREATER_EQUAL, GREATER_THAN, IN,"
                                                                  + " LOWER_EQUAL, LOWER_THAN, MATCH, RANGE");
            assertThat(campaigns(rows(page, query))).containsExactly(campaign(0, 1));
        }
    }

    @Test
    void documentedReportFiltersNarrowTheReport_docs1740302848100353_1785880454546433() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            String first = tiktok.advertiserIds().get(0);
            // campaign_name MATCH is SQL's like: "Campaign 2" names the second campaign only
            assertThat(campaigns(rows(tiktok, report(first, "AUCTION_CAMPAIGN", "[\"campaign_id\"]",
                    filter("campaign_name", "MATCH", "campaign 2"))))).containsExactly(campaign(0, 1));
            // country_code IN needs country_code among the dimensions
            JsonNode noDimension = get(tiktok, TikTokApiTransformer.REPORT_PATH, report(first, "AUCTION_CAMPAIGN",
                    "[\"campaign_id\"]", filter("country_code", "IN", "[\"US\"]")));
            assertThat(noDimension.path("message").asText()).contains("country_code needs country_code in dimensions");
            assertThat(rows(tiktok, report(first, "AUCTION_CAMPAIGN", "[\"campaign_id\",\"country_code\"]",
                    filter("country_code", "IN", "[\"US\",\"DE\"]")))).extracting(r -> r.at("/dimensions/country_code")
                    .asText()).containsOnly("US", "DE").hasSize(2 * 2);
            // billing_event IN: the first campaign is a traffic one (CPC), the second a conversion one (oCPM)
            Map<String, String> groups = report(first, "AUCTION_ADGROUP", "[\"adgroup_id\"]",
                    filter("billing_event", "IN", "[\"CPC\"]"));
            groups.put("metrics", "[\"campaign_id\"]");
            assertThat(rows(tiktok, groups)).extracting(r -> r.at("/metrics/campaign_id").asText()).hasSize(4)
                    .containsOnly(campaign(0, 0));
            JsonNode unknown = get(tiktok, TikTokApiTransformer.REPORT_PATH, report(first, "AUCTION_CAMPAIGN",
                    "[\"campaign_id\"]", filter("campaign_idz", "IN", "[\"1\"]")));
            assertThat(unknown.path("code").asInt()).isEqualTo(40002);
            assertThat(unknown.path("message").asText()).contains("campaign_idz");
        }
    }

    @Test
    void reportTasksIncludePromoteAndTakeOnlyIdAndCountryFilters_docs1785880454546433_1740302766489602()
            throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            String first = tiktok.advertiserIds().get(0);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("advertiser_id", first);
            body.put("report_type", "BASIC");
            body.put("data_level", "AUCTION_CAMPAIGN");
            body.put("dimensions", List.of("campaign_id"));
            body.put("metrics", List.of("spend"));
            body.put("start_date", LAST_DAY.minusDays(1).toString());
            body.put("end_date", LAST_DAY.toString());
            body.put("enable_report_title_translation", false);
            body.put("output_format", "CSV_STRING");
            String csv = task(tiktok, body);
            assertThat(csv.lines().skip(1).map(line -> line.split(",")[0]).toList())
                    .containsExactlyInAnyOrder(campaign(0, 0), campaign(0, 1), campaign(0, 2));

            body.put("filtering", List.of(Map.of("field_name", "buying_type", "filter_type", "IN", "filter_value",
                    "[\"RESERVATION_TOP_VIEW\"]")));
            JsonNode refused = post(tiktok, TikTokApiTransformer.TASK_CREATE_PATH, body);
            assertThat(refused.path("code").asInt()).isEqualTo(40002);
            assertThat(refused.path("message").asText()).contains("not supported by report tasks");
        }
    }

    @Test
    void reportAttributesAreTheEntityListingsValues() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            String first = tiktok.advertiserIds().get(0);
            Map<String, String> query = report(first, "AUCTION_ADGROUP", "[\"adgroup_id\"]", null);
            query.put("metrics", "[\"campaign_id\",\"objective_type\",\"campaign_budget\",\"budget\"]");
            Map<String, JsonNode> listedCampaigns = new LinkedHashMap<>();
            get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, Map.of("advertiser_id", first, "page_size", "1000"))
                    .at("/data/list").forEach(c -> listedCampaigns.put(c.path("campaign_id").asText(), c));
            Map<String, JsonNode> listedGroups = new LinkedHashMap<>();
            get(tiktok, TikTokApiTransformer.ADGROUP_PATH, Map.of("advertiser_id", first, "page_size", "1000"))
                    .at("/data/list").forEach(g -> listedGroups.put(g.path("adgroup_id").asText(), g));

            List<JsonNode> rows = rows(tiktok, query);
            assertThat(rows).hasSize(8).allSatisfy(row -> {
                JsonNode campaign = listedCampaigns.get(row.at("/metrics/campaign_id").asText());
                JsonNode group = listedGroups.get(row.at("/dimensions/adgroup_id").asText());
                assertThat(row.at("/metrics/objective_type").asText()).isEqualTo(campaign.path("objective_type")
                        .asText());
                assertThat(new BigDecimal(row.at("/metrics/campaign_budget").asText()))
                        .isEqualByComparingTo(campaign.path("budget").decimalValue());
                assertThat(new BigDecimal(row.at("/metrics/budget").asText()))
                        .isEqualByComparingTo(group.path("budget").decimalValue());
            });
        }
    }

    @Test
    void everyDefaultFieldTheComponentAsksForComesBack() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            String second = tiktok.advertiserIds().get(1);
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, Map.of("advertiser_id", second))
                    .at("/data/list/0").has("roas_bid")).isTrue();
            JsonNode group = get(tiktok, TikTokApiTransformer.ADGROUP_PATH, Map.of("advertiser_id", second))
                    .at("/data/list/0");
            assertThat(group.has("conversion_bid_price")).isTrue();
            assertThat(get(tiktok, TikTokApiTransformer.AD_PATH, Map.of("advertiser_id", second)).at("/data/list/0")
                    .has("optimization_event")).isTrue();
            JsonNode account = get(tiktok, TikTokApiTransformer.ADVERTISER_INFO_PATH, Map.of("advertiser_ids",
                    "[\"" + second + "\"]")).at("/data/list/0");
            assertThat(account.has("display_timezone")).isTrue();
            assertThat(account.has("industry")).isTrue();
        }
    }

    @Test
    void anUnknownPathAnswersInTikToksEnvelope() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(tiktok.baseUrl() + "/open_api/v1.3/report/integrated/get")).header("Access-Token",
                    SimulatorConfig.DEFAULT_ACCESS_TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.path("code").asInt()).isEqualTo(40008);
            assertThat(body.path("request_id").asText()).isNotBlank();
            assertThat(body.path("message").asText()).contains("paths end in /");
        }
    }

    @Test
    void aBatchCutSilentlyIsTheOtherAnswer_doc1740302848100353() throws Exception {
        SimulatorConfig small = ACCOUNTS.withAdsLimit(30);
        try (TikTokSimulator withHeader = TikTokSimulator.start(small);
             TikTokSimulator silent = TikTokSimulator.start(small.withQuirks(SimulatorQuirks.none()
                     .withOtherAnswer(OpenQuestion.BATCH_CUT_WITHOUT_HEADER)))) {
            for (TikTokSimulator tiktok : List.of(withHeader, silent)) {
                Map<String, String> query = report(tiktok.advertiserIds().get(0), "AUCTION_AD",
                        "[\"ad_id\",\"advertiser_id\"]", null);
                query.remove("advertiser_id");
                query.put("advertiser_ids", "[\"" + String.join("\",\"", tiktok.advertiserIds()) + "\"]");
                StringBuilder url = new StringBuilder(tiktok.baseUrl()).append(TikTokApiTransformer.REPORT_PATH)
                        .append('?');
                query.forEach((k, v) -> url.append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url.toString())).header("Access-Token", SimulatorConfig.DEFAULT_ACCESS_TOKEN)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode rows = JSON.readTree(response.body()).at("/data/list");
                if (tiktok == withHeader) {
                    assertThat(response.headers().firstValue("X-Tt-Ads-Throttle")).isPresent();
                } else {
                    // the newest 30 ads of the batch, whoever's: the first advertiser's are older, and cut
                    assertThat(response.headers().firstValue("X-Tt-Ads-Throttle")).isEmpty();
                    assertThat(rows.findValuesAsText("advertiser_id")).doesNotContain(
                            tiktok.advertiserIds().get(0));
                }
            }
        }
    }

    @Test
    void gmvMaxCampaignStatusesFilterTheCampaigns_specGmvMaxReportGet() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNTS)) {
            String first = tiktok.advertiserIds().get(0);
            String store = tiktok.gmvMaxStoreIds(first).get(0);
            Map<String, String> query = new LinkedHashMap<>(Map.of("advertiser_id", first, "store_ids",
                    "[\"" + store + "\"]", "dimensions", "[\"campaign_id\"]", "metrics", "[\"cost\"]",
                    "start_date", LAST_DAY.minusDays(1).toString(), "end_date", LAST_DAY.toString()));
            int every = 0;
            for (String status : List.of("STATUS_DELIVERY_OK", "STATUS_DISABLE", "STATUS_NOT_DELIVERY")) {
                query.put("filtering", "{\"gmv_max_promotion_types\":[\"PRODUCT\"],\"campaign_statuses\":[\""
                                       + status + "\"]}");
                every += tiktok.gmvMaxRows(query).size();
            }
            query.put("filtering", "{\"gmv_max_promotion_types\":[\"PRODUCT\"]}");
            assertThat(every).as("each campaign has one status").isEqualTo(tiktok.gmvMaxRows(query).size());
        }
    }

    private static JsonNode post(TikTokSimulator tiktok, String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(tiktok.baseUrl() + path)).header("Access-Token", SimulatorConfig.DEFAULT_ACCESS_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** A report task's CSV: created, checked until done, downloaded. */
    private static String task(TikTokSimulator tiktok, Map<String, Object> body) throws Exception {
        JsonNode created = post(tiktok, TikTokApiTransformer.TASK_CREATE_PATH, body);
        assertThat(created.path("code").asInt()).as(created.toString()).isZero();
        String taskId = created.at("/data/task_id").asText();
        Map<String, String> query = Map.of("advertiser_id", body.get("advertiser_id").toString(), "task_id", taskId);
        String status = "";
        for (int check = 0; check < 5 && !status.equals("SUCCESS"); check++) {
            status = get(tiktok, TikTokApiTransformer.TASK_CHECK_PATH, query).at("/data/status").asText();
        }
        assertThat(status).isEqualTo("SUCCESS");
        StringBuilder url = new StringBuilder(tiktok.baseUrl()).append(TikTokApiTransformer.TASK_DOWNLOAD_PATH)
                .append("?advertiser_id=").append(body.get("advertiser_id")).append("&task_id=").append(taskId);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.toString()))
                .header("Access-Token", SimulatorConfig.DEFAULT_ACCESS_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
