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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator answers like TikTok: envelope, paging, filters, ordering, error codes, rate limit, OAuth. */
class TikTokSimulatorTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static TikTokSimulator tiktok;
    static String advertiser;

    @BeforeAll
    static void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withDays(LAST_DAY.minusDays(59), LAST_DAY)
                .withQpsLimit(0));
        advertiser = tiktok.advertiserIds().get(0);
    }

    @AfterAll
    static void stop() {
        tiktok.close();
    }

    static Map<String, String> query(String dataLevel, String dimensions, String metrics, String start, String end) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiser);
        query.put("report_type", "BASIC");
        query.put("data_level", dataLevel);
        query.put("dimensions", dimensions);
        query.put("metrics", metrics);
        query.put("start_date", start);
        query.put("end_date", end);
        query.put("page_size", "1000");
        return query;
    }

    static JsonNode get(TikTokSimulator simulator, String path, Map<String, String> query, String token)
            throws Exception {
        StringBuilder url = new StringBuilder(simulator.baseUrl()).append(path).append('?');
        query.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.toString())).GET();
        if (token != null) {
            request.header("Access-Token", token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static JsonNode report(Map<String, String> query) throws Exception {
        return get(tiktok, TikTokApiTransformer.REPORT_PATH, query, SimulatorConfig.DEFAULT_ACCESS_TOKEN);
    }

    /** Every row of a report, page after page. */
    static List<JsonNode> allRows(Map<String, String> query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        int page = 1;
        int totalPage;
        do {
            query.put("page", Integer.toString(page));
            JsonNode body = report(query);
            assertThat(body.path("code").asInt()).as(body.path("message").asText()).isZero();
            body.path("data").path("list").forEach(rows::add);
            totalPage = body.path("data").path("page_info").path("total_page").asInt();
            page++;
        } while (page <= totalPage);
        return rows;
    }

    /**
     * The rows of every campaign: TikTok's default view, then the Promote and TopView campaigns it serves only with
     * their filters.
     */
    static List<JsonNode> everyCampaign(Map<String, String> query) throws Exception {
        List<JsonNode> rows = new ArrayList<>(allRows(query));
        for (String filter : List.of(
                "[{\"field_name\":\"campaign_system_origins\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"PROMOTE\\\"]\"}]",
                "[{\"field_name\":\"buying_type\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"RESERVATION_TOP_VIEW\\\"]\"}]")) {
            Map<String, String> sliced = new LinkedHashMap<>(query);
            sliced.put("filtering", filter);
            rows.addAll(allRows(sliced));
        }
        return rows;
    }

    static BigDecimal sum(List<JsonNode> rows, String metric) {
        return rows.stream().map(r -> new BigDecimal(r.path("metrics").path(metric).asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void answersInTikToksEnvelopeWithStringValuesAndPageInfo() throws Exception {
        Map<String, String> q = query("AUCTION_ADGROUP", "[\"adgroup_id\",\"stat_time_day\"]",
                "[\"adgroup_name\",\"spend\",\"impressions\",\"ctr\",\"secondary_goal_result\"]", "2026-11-18", "2026-11-20");
        q.put("page_size", "10");
        q.put("page", "2");
        JsonNode body = report(q);

        assertThat(body.path("code").asInt()).isZero();
        assertThat(body.path("message").asText()).isEqualTo("OK");
        assertThat(body.path("request_id").asText()).isNotBlank();
        JsonNode pageInfo = body.path("data").path("page_info");
        // 2 campaigns x 4 ad groups x 3 days: the first advertiser's third campaign is a Promote one, which a
        // synchronous report leaves out unless filtered for it (doc 1785880454546433)
        assertThat(pageInfo.path("total_number").asInt()).isEqualTo(24);
        assertThat(pageInfo.path("total_page").asInt()).isEqualTo(3);
        assertThat(pageInfo.path("page").asInt()).isEqualTo(2);
        assertThat(pageInfo.path("page_size").asInt()).isEqualTo(10);
        JsonNode row = body.path("data").path("list").get(0);
        assertThat(row.path("dimensions").path("adgroup_id").isTextual()).isTrue();
        assertThat(row.path("dimensions").path("stat_time_day").asText()).matches("2026-11-\\d\\d 00:00:00");
        assertThat(row.path("metrics").path("spend").asText()).matches("\\d+\\.\\d\\d");
        assertThat(row.path("metrics").path("impressions").asText()).matches("\\d+");
        assertThat(row.path("metrics").path("adgroup_name").asText()).startsWith("Ad group ");
        assertThat(row.path("metrics").path("secondary_goal_result").asText()).isEqualTo("-");
    }

    @Test
    void pagesCoverTheReportOnceAndTheDataIsDeterministic() throws Exception {
        Map<String, String> q = query("AUCTION_AD", "[\"ad_id\",\"stat_time_day\"]", "[\"spend\",\"clicks\"]",
                "2026-11-01", "2026-11-05");
        q.put("page_size", "7");
        List<JsonNode> rows = allRows(q);
        assertThat(rows).hasSize(2 * 4 * 2 * 5);
        Set<String> keys = new HashSet<>();
        rows.forEach(r -> keys.add(r.path("dimensions").toString()));
        assertThat(keys).hasSize(rows.size());
        assertThat(allRows(q)).isEqualTo(rows);
        // rows come day by day
        assertThat(rows).extracting(r -> r.path("dimensions").path("stat_time_day").asText())
                .isSortedAccordingTo(String::compareTo);
    }

    @Test
    void totalsAgreeAcrossDataLevelsHoursAndAudienceBuckets() throws Exception {
        String metrics = "[\"spend\",\"impressions\",\"clicks\",\"conversion\"]";
        List<JsonNode> campaigns = everyCampaign(query("AUCTION_CAMPAIGN", "[\"campaign_id\",\"stat_time_day\"]",
                metrics, "2026-11-10", "2026-11-10"));
        List<JsonNode> ads = everyCampaign(query("AUCTION_AD", "[\"ad_id\",\"stat_time_day\"]", metrics,
                "2026-11-10", "2026-11-10"));
        List<JsonNode> hours = allRows(query("AUCTION_ADVERTISER", "[\"advertiser_id\",\"stat_time_hour\"]", metrics,
                "2026-11-10", "2026-11-10"));
        Map<String, String> audience = query("AUCTION_ADGROUP", "[\"adgroup_id\",\"gender\",\"age\"]", metrics,
                "2026-11-10", "2026-11-10");
        audience.put("report_type", "AUDIENCE");
        List<JsonNode> buckets = everyCampaign(audience);

        assertThat(hours).hasSize(24);
        assertThat(buckets).hasSize(12 * 3 * 6);
        for (String metric : List.of("spend", "impressions", "clicks", "conversion")) {
            BigDecimal total = sum(campaigns, metric);
            assertThat(total.signum()).isPositive();
            assertThat(sum(ads, metric)).as(metric + " by ad").isEqualByComparingTo(total);
            assertThat(sum(hours, metric)).as(metric + " by hour").isEqualByComparingTo(total);
            assertThat(sum(buckets, metric)).as(metric + " by gender and age").isEqualByComparingTo(total);
        }
    }

    @Test
    void filtersAndOrderingApplyToTheWholeReport() throws Exception {
        Map<String, String> campaigns = query("AUCTION_CAMPAIGN", "[\"campaign_id\"]", "[\"spend\"]", "2026-11-01",
                "2026-11-05");
        String firstCampaign = allRows(campaigns).get(0).path("dimensions").path("campaign_id").asText();

        Map<String, String> q = query("AUCTION_ADGROUP", "[\"adgroup_id\",\"stat_time_day\"]", "[\"campaign_name\",\"spend\"]",
                "2026-11-01", "2026-11-05");
        q.put("filtering", "[{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\""
                           + firstCampaign + "\\\"]\"},{\"field_name\":\"adgroup_status\",\"filter_type\":\"IN\","
                           + "\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]");
        q.put("order_field", "spend");
        q.put("order_type", "DESC");
        q.put("page_size", "3");
        List<JsonNode> rows = allRows(q);

        assertThat(rows).hasSize(4 * 5);
        assertThat(rows).extracting(r -> r.path("metrics").path("campaign_name").asText()).containsOnly("Campaign 1");
        assertThat(rows).extracting(r -> new BigDecimal(r.path("metrics").path("spend").asText()))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        q.put("order_type", "ASC");
        assertThat(allRows(q)).extracting(r -> new BigDecimal(r.path("metrics").path("spend").asText()))
                .isSortedAccordingTo(BigDecimal::compareTo);
    }

    @Test
    void answersErrorsWithTikToksCodes() throws Exception {
        Map<String, String> good = query("AUCTION_ADGROUP", "[\"adgroup_id\",\"stat_time_day\"]", "[\"spend\"]",
                "2026-11-01", "2026-11-05");
        assertThat(get(tiktok, TikTokApiTransformer.REPORT_PATH, good, "wrong-token").path("code").asInt())
                .isEqualTo(40105);
        assertThat(get(tiktok, TikTokApiTransformer.REPORT_PATH, good, null).path("code").asInt()).isEqualTo(40104);

        Map<String, String> bad = new LinkedHashMap<>(good);
        bad.put("dimensions", "[\"adgroup_id\",\"brand\"]");
        JsonNode unknownDimension = report(bad);
        assertThat(unknownDimension.path("code").asInt()).isEqualTo(40002);
        assertThat(unknownDimension.path("message").asText()).contains("brand");
        assertThat(unknownDimension.path("data").isObject()).isTrue();

        bad = new LinkedHashMap<>(good);
        bad.put("end_date", "2026-12-31");
        assertThat(report(bad).path("message").asText()).contains("cannot exceed 30 days");
        bad = new LinkedHashMap<>(good);
        bad.put("page_size", "1001");
        assertThat(report(bad).path("code").asInt()).isEqualTo(40002);
        bad = new LinkedHashMap<>(good);
        bad.put("metrics", "[\"spend\",\"ad_name\"]");
        assertThat(report(bad).path("message").asText()).contains("ad_name");
        bad = new LinkedHashMap<>(good);
        bad.put("advertiser_id", "7000000000000000999");
        assertThat(report(bad).path("code").asInt()).isEqualTo(40001);
    }

    @Test
    void throttlesAnAppAboveItsQpsLimit() throws Exception {
        try (TikTokSimulator limited = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(3))) {
            advertiser = limited.advertiserIds().get(0);
            Map<String, String> q = query("AUCTION_CAMPAIGN", "[\"campaign_id\"]", "[\"spend\"]",
                    LocalDate.now().toString(), LocalDate.now().toString());
            // twelve threads of their own: the common pool may have a single thread on a 2-core machine
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(12);
            long firstSecond = System.currentTimeMillis() / 1000;
            List<CompletableFuture<Integer>> calls = IntStream.range(0, 12).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return get(limited, TikTokApiTransformer.REPORT_PATH, q, SimulatorConfig.DEFAULT_ACCESS_TOKEN)
                                    .path("code").asInt();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, threads)).toList();
            List<Integer> codes = calls.stream().map(CompletableFuture::join).toList();
            threads.shutdown();
            long windows = System.currentTimeMillis() / 1000 - firstSecond + 1;
            assertThat(codes).contains(0, 40100).containsOnly(0, 40100);
            assertThat(limited.stats().throttled()).isEqualTo(codes.stream().filter(c -> c == 40100).count());
            // at most qpsLimit answers in each one-second window the calls spanned
            assertThat(codes.stream().filter(c -> c == 0).count()).isLessThanOrEqualTo(3 * windows);
        } finally {
            advertiser = tiktok.advertiserIds().get(0);
        }
    }

    @Test
    void connectFlowIssuesASingleUseCodeAndALongLivedToken() throws Exception {
        String redirect = "http://127.0.0.1:1/callback";
        HttpResponse<String> authorize = HTTP.send(HttpRequest.newBuilder(URI.create(tiktok.authorizationUrl()
                + "?app_id=" + SimulatorConfig.DEFAULT_APP_ID + "&state=xyz&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(authorize.statusCode()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?auth_code=").endsWith("&state=xyz");
        String code = location.replaceFirst(".*auth_code=([^&]+).*", "$1");

        String body = JSON.writeValueAsString(Map.of("app_id", SimulatorConfig.DEFAULT_APP_ID,
                "secret", SimulatorConfig.DEFAULT_APP_SECRET, "auth_code", code));
        JsonNode grant = post(TikTokApiTransformer.ACCESS_TOKEN_PATH, body);
        assertThat(grant.path("code").asInt()).isZero();
        String token = grant.path("data").path("access_token").asText();
        assertThat(grant.path("data").path("advertiser_ids")).hasSize(3);
        assertThat(post(TikTokApiTransformer.ACCESS_TOKEN_PATH, body).path("code").asInt()).isEqualTo(40110);

        Map<String, String> q = query("AUCTION_CAMPAIGN", "[\"campaign_id\"]", "[\"spend\"]", "2026-11-01", "2026-11-01");
        assertThat(get(tiktok, TikTokApiTransformer.REPORT_PATH, q, token).path("code").asInt()).isZero();

        JsonNode advertisers = get(tiktok, TikTokApiTransformer.ADVERTISER_PATH, Map.of("app_id",
                SimulatorConfig.DEFAULT_APP_ID, "secret", SimulatorConfig.DEFAULT_APP_SECRET), token);
        assertThat(advertisers.path("data").path("list")).extracting(n -> n.path("advertiser_id").asText())
                .containsExactlyElementsOf(tiktok.advertiserIds());
    }

    private static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tiktok.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    @Test
    void unknownPathsAnswer404LikeTikToksGateway() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tiktok.baseUrl()
                + "/open_api/v1.3/report/integrated/get")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
