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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.map;
import static io.github.cameltiktok.TikTokApiStubs.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advertiser batching (advertiserBatchSize): the exact request of a batch, each advertiser's rows handed on as its
 * own and equal to the unbatched rows, and the batches TikTok's answer sends back to one request per advertiser.
 */
class TikTokAdvertiserBatchTest extends TikTokReportTestSupport {

    private static final String DAY = "2026-11-01";
    private static final String URI = "tiktok-report:adgroup-summary?advertiserId=111,222,333&metrics=spend,clicks"
                                      + "&startDate=" + DAY + "&endDate=" + DAY + "&advertiserBatchSize=2";

    /** A row as TikTok answers it in a batch: the metrics carry the advertiser's currency, zone and id. */
    private static Map<String, Object> batchedRow(String advertiser, String adgroup, String spend) {
        return row(map("adgroup_id", adgroup, "stat_time_day", DAY + " 00:00:00", "advertiser_id", advertiser),
                map("spend", spend, "clicks", "7", "currency", "USD", "timezone", "Etc/GMT+8",
                        "advertiser_id", advertiser));
    }

    private static Map<String, Object> singleRow(String adgroup, String spend) {
        return row(map("adgroup_id", adgroup, "stat_time_day", DAY + " 00:00:00"), map("spend", spend, "clicks", "7"));
    }

    private static void stubBatch(ResponseDefinitionBuilder answer) {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("advertiser_ids", equalTo("[\"111\",\"222\"]")).willReturn(answer));
    }

    private static void stubSingles() {
        wiremock.stubFor(TikTokApiStubs.reportPage("111", 1, TikTokApiStubs.page(1, 1000, 2, 1,
                List.of(singleRow("1001", "1.50"), singleRow("1002", "2.25")))));
        wiremock.stubFor(TikTokApiStubs.reportPage("222", 1, TikTokApiStubs.page(1, 1000, 1, 1,
                List.of(singleRow("2001", "3.00")))));
        wiremock.stubFor(TikTokApiStubs.reportPage("333", 1, TikTokApiStubs.page(1, 1000, 1, 1,
                List.of(singleRow("3001", "4.10")))));
    }

    /** What an unbatched read of the three advertisers gives. */
    private static List<Map<String, Object>> expectedRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        String[][] values = { { "1001", "1.50", "111" }, { "1002", "2.25", "111" }, { "2001", "3.00", "222" },
                { "3001", "4.10", "333" } };
        for (String[] v : values) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("advertiser_id", v[2]);
            row.put("adgroup_id", v[0]);
            row.put("stat_time_day", DAY + " 00:00:00");
            row.put("spend", new java.math.BigDecimal(v[1]));
            row.put("clicks", 7L);
            rows.add(row);
        }
        return rows;
    }

    /** The rows with their fields in order and their Java types, so that equal means the same to a route. */
    private static List<List<Object>> shape(List<Map<String, Object>> rows) {
        List<List<Object>> shapes = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Object> shape = new ArrayList<>();
            row.forEach((name, value) -> {
                shape.add(name);
                shape.add(value);
                shape.add(value == null ? null : value.getClass().getName());
            });
            shapes.add(shape);
        }
        return shapes;
    }

    @Test
    void aBatchSendsAdvertiserIdsAndEachAdvertiserGetsItsOwnRows() {
        stubBatch(okJson(TikTokApiStubs.page(1, 1000, 3, 1, List.of(batchedRow("111", "1001", "1.50"),
                batchedRow("222", "2001", "3.00"), batchedRow("111", "1002", "2.25")))));
        stubSingles();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = template.requestBody(URI, null, List.class);

        List<LoggedRequest> requests = reportRequests();
        assertThat(requests).hasSize(2);
        Map<String, String> batch = TikTokApiStubs.query(requests.get(0));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("advertiser_ids", "[\"111\",\"222\"]");
        expected.put("service_type", "AUCTION");
        expected.put("report_type", "BASIC");
        expected.put("data_level", "AUCTION_ADGROUP");
        expected.put("dimensions", "[\"adgroup_id\",\"stat_time_day\",\"advertiser_id\"]");
        expected.put("metrics", "[\"spend\",\"clicks\"]");
        expected.put("filtering", "[{\"field_name\":\"adgroup_status\",\"filter_type\":\"IN\","
                                  + "\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]");
        expected.put("start_date", DAY);
        expected.put("end_date", DAY);
        expected.put("page", "1");
        expected.put("page_size", "1000");
        assertThat(batch).containsExactlyInAnyOrderEntriesOf(expected);
        // the advertiser left over is read on its own, as without batching
        assertThat(TikTokApiStubs.query(requests.get(1))).containsEntry("advertiser_id", "333")
                .doesNotContainKey("advertiser_ids")
                .containsEntry("dimensions", "[\"adgroup_id\",\"stat_time_day\"]");

        assertThat(shape(rows)).isEqualTo(shape(expectedRows()));
        TikTokReportEndpoint endpoint = context.getEndpoint(URI, TikTokReportEndpoint.class);
        assertThat(endpoint.getStatistics().advertiserBatches()).isEqualTo(1);
        assertThat(endpoint.getStatistics().advertiserBatchesReadAgain()).isZero();
    }

    @Test
    void theRowsOfABatchEqualThoseOfOneRequestPerAdvertiser() {
        stubSingles();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> unbatched = template.requestBody(URI.replace("&advertiserBatchSize=2", ""), null,
                List.class);
        assertThat(reportRequests()).hasSize(3);
        assertThat(shape(unbatched)).isEqualTo(shape(expectedRows()));
    }

    /** TikTok's answers to a batch that unbatched reads would not give: each sends the batch back to singles. */
    @ParameterizedTest
    @ValueSource(strings = { "refused", "truncated", "dash money", "money without decimals", "other advertiser" })
    void aBatchTikTokRefusesTruncatesOrAnswersOddlyIsReadAgainOneAdvertiserAtATime(String answer) {
        String rows = TikTokApiStubs.page(1, 1000, 2, 1, List.of(batchedRow("111", "1001", "1.50"),
                batchedRow("222", "2001", "3.00")));
        stubBatch(switch (answer) {
            case "refused" -> okJson(TikTokApiStubs.error(40001, "No permission to operate advertiser 222.", "r1"));
            case "truncated" -> okJson(rows).withHeader("X-Tt-Ads-Throttle", "over 20000 ads");
            case "dash money" -> okJson(rows.replace("\"1.50\"", "\"-\""));
            case "money without decimals" -> okJson(rows.replace("\"1.50\"", "\"2\"").replace("\"3.00\"", "\"3\""));
            default -> okJson(rows.replace("\"222\"", "\"999\""));
        });
        stubSingles();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> delivered = template.requestBody(URI, null, List.class);

        assertThat(shape(delivered)).isEqualTo(shape(expectedRows()));
        assertThat(reportRequests()).extracting(r -> TikTokApiStubs.query(r).get("advertiser_id"))
                .containsExactly(null, "111", "222", "333");
        TikTokReportEndpoint endpoint = context.getEndpoint(URI, TikTokReportEndpoint.class);
        assertThat(endpoint.getStatistics().advertiserBatchesReadAgain()).isEqualTo(1);
        assertThat(endpoint.getStatistics().advertiserBatches()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "&enableTotalMetrics=true", "&orderField=spend",
            "&param.multi_adv_report_in_utc_time=false" })
    void reportsWhoseBatchTikTokWouldAnswerOtherwiseAreReadOneAdvertiserAtATime(String option) {
        stubSingles();
        template.requestBody(URI + option, (Object) null);
        assertThat(reportRequests()).extracting(r -> TikTokApiStubs.query(r).get("advertiser_id"))
                .containsExactly("111", "222", "333");
    }

    // ---- against the simulator: many advertisers in two time zones, deleted objects, a consumer's state ----

    private static final SimulatorConfig AGENCY = SimulatorConfig.defaults().withoutCampaignMix().withEntities(7, 2, 2, 1)
            .withQpsLimit(0).withQuirks(SimulatorQuirks.none().withDeletedEvery(3)
                    .withTimeZones("Etc/GMT-12", "Etc/GMT+10"));

    @Test
    void aProducersBatchedRowsEqualItsUnbatchedRows() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(AGENCY)) {
            String uri = "tiktok-report:adgroup-summary?lookbackDays=3&advertiserId="
                         + String.join(",", tiktok.advertiserIds());
            List<Map<String, Object>> unbatched = TestContexts.read(tiktok, uri);
            List<Map<String, Object>> batched;
            long batches;
            try (CamelContext camel = TestContexts.context(tiktok)) {
                camel.start();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = camel.createProducerTemplate()
                        .requestBody(uri + "&advertiserBatchSize=5", null, List.class);
                batched = rows;
                batches = camel.getEndpoint(uri + "&advertiserBatchSize=5", TikTokReportEndpoint.class)
                        .getStatistics().advertiserBatches();
            }
            assertThat(unbatched).hasSize(7 * 4 * 3);
            assertThat(batches).as("the 4 advertisers of one zone and the 3 of the other, each a batch").isEqualTo(2);
            // advertisers of one batch come one after the other: the same rows per advertiser, in the same order
            assertThat(byAdvertiser(batched)).isEqualTo(byAdvertiser(unbatched));
        }
    }

    private static Map<Object, List<List<Object>>> byAdvertiser(List<Map<String, Object>> rows) {
        Map<Object, List<Map<String, Object>>> grouped = new TreeMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.get("advertiser_id"), id -> new ArrayList<>()).add(row));
        Map<Object, List<List<Object>>> shapes = new TreeMap<>();
        grouped.forEach((id, own) -> shapes.put(id, shape(own)));
        return shapes;
    }

    /** One poll of a consumer: per advertiser its body, headers and the state it left. */
    private static Map<String, Object> poll(TikTokSimulator tiktok, String options) throws Exception {
        Map<String, Object> seen = new TreeMap<>();
        Map<String, String> written = new java.util.concurrent.ConcurrentSkipListMap<>();
        MemoryStateRepository states = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                super.setState(key, value);
                written.put(key, value);
            }
        };
        try (CamelContext camel = TestContexts.context(tiktok)) {
            camel.getRegistry().bind("states", states);
            camel.getComponent("tiktok-report", TikTokReportComponent.class).getConfiguration().setReconcile("warn");
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(tiktok.advertiserIds()
                    .size());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:adgroup-summary?lookbackDays=3&repeatCount=1&initialDelay=0"
                         + "&stateRepository=#states&advertiserId=" + String.join(",", tiktok.advertiserIds())
                         + options).process(e -> {
                             seen.put(e.getIn().getHeader(TikTokReportConstants.ADVERTISER_ID, String.class),
                                     List.of(shape(e.getIn().getBody(List.class)), headers(e)));
                             done.countDown();
                         });
                }
            });
            camel.start();
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
            seen.put("batches", camel.getEndpoints().stream().filter(TikTokReportEndpoint.class::isInstance)
                    .map(TikTokReportEndpoint.class::cast).findFirst().orElseThrow().getStatistics()
                    .advertiserBatches());
            // each advertiser's progress is written once its exchange is done
            org.awaitility.Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> written.keySet()
                    .stream().filter(key -> !key.contains("#")).count() == tiktok.advertiserIds().size());
        }
        seen.put("state", new TreeMap<>(written));
        return seen;
    }

    private static Map<String, Object> headers(Exchange exchange) {
        Map<String, Object> headers = new TreeMap<>();
        for (String name : List.of(TikTokReportConstants.ADVERTISER_ID, TikTokReportConstants.START_DATE,
                TikTokReportConstants.END_DATE, TikTokReportConstants.TOTAL_NUMBER, TikTokReportConstants.RECONCILED,
                TikTokReportConstants.RESTATED_DAYS)) {
            Object value = exchange.getIn().getHeader(name);
            headers.put(name, value == null ? "absent" : value.toString());
        }
        return headers;
    }

    @Test
    void aConsumersBatchedExchangesHeadersAndStateEqualItsUnbatchedOnes() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(AGENCY)) {
            Map<String, Object> unbatched = poll(tiktok, "");
            Map<String, Object> batched = poll(tiktok, "&advertiserBatchSize=5");
            assertThat(unbatched.remove("batches")).isEqualTo(0L);
            assertThat(batched.remove("batches")).isEqualTo(2L);
            assertThat(unbatched).hasSize(7 + 1);
            assertThat(unbatched.values()).allSatisfy(value -> assertThat(value).isNotNull());
            assertThat(batched).isEqualTo(unbatched);
        }
    }
}
