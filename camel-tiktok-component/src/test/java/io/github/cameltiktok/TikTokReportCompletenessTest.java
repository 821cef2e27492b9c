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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.read.ReportTruncatedException;
import io.github.cameltiktok.simulator.SimulatorConfig.TaskBehaviour;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TestContexts.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Complete data on big accounts, against the simulator: the rows delivered equal the rows the server holds, read
 * from a second simulator with the same (deterministic) data and no limits.
 */
class TikTokReportCompletenessTest {

    private static final String REPORT = "/open_api/v1.3/report/integrated/get/";
    private static final String TASK_CREATE = "/open_api/v1.3/report/task/create/";
    private static final String TASK_CHECK = "/open_api/v1.3/report/task/check/";
    private static final String TASK_DOWNLOAD = "/open_api/v1.3/report/task/download/";
    private static final String TASK_CANCEL = "/open_api/v1.3/report/task/cancel/";
    private static final LocalDate TODAY = LocalDate.now();
    /** One advertiser with 250 campaigns x 10 ad groups x 10 ads = 25,000 ads: TikTok truncates it at 20,000. */
    private static final SimulatorConfig BIG = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 250, 10, 10).withQpsLimit(0)
            .withTasks(TaskBehaviour.SUCCEED, 2);
    private static final String TWO_DAYS = "tiktok-report:adgroup-summary?startDate=" + TODAY.minusDays(2)
                                           + "&endDate=" + TODAY.minusDays(1) + "&asyncPollInterval=5";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void autoReadsATruncatedChunkAgainByAReportTask() throws Exception {
        // report tasks take no status filter: only a report that may leave deleted objects out can use one
        String uri = TWO_DAYS + "&includeDeleted=false";
        List<Map<String, Object>> expected = holds(BIG, uri);
        assertThat(expected).hasSize(2 * 2500);
        try (TikTokSimulator tiktok = TikTokSimulator.start(BIG)) {
            List<Map<String, Object>> rows = read(tiktok, uri);

            // the same rows, keys, order and types as the complete synchronous report
            assertThat(rows).isEqualTo(expected);
            assertThat(tiktok.stats().truncated()).isEqualTo(1);
            assertThat(tiktok.wireMock().findAll(postRequestedFor(urlPathEqualTo(TASK_CREATE)))).hasSize(1);
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(TASK_CHECK)))).hasSize(3);
        }
    }

    @Test
    void autoSplitsByCampaignIdsWhenTikTokRefusesTasks() throws Exception {
        String uri = TWO_DAYS + "&includeDeleted=false";
        List<Map<String, Object>> expected = holds(BIG, uri);
        try (TikTokSimulator tiktok = TikTokSimulator.start(BIG.withTasks(TaskBehaviour.NOT_ALLOWED, 2))) {
            List<Map<String, Object>> rows = read(tiktok, uri);

            assertThat(sorted(rows)).isEqualTo(sorted(expected));
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo("/open_api/v1.3/campaign/get/"))))
                    .isNotEmpty();
            // 250 campaigns: three parts of at most 100, none truncated
            List<String> filters = tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT))).stream()
                    .filter(r -> r.queryParameter("filtering").isPresent())
                    .map(r -> r.queryParameter("filtering").firstValue()).distinct().toList();
            assertThat(filters).hasSize(3).allSatisfy(f -> assertThat(f).contains("\"field_name\":\"campaign_ids\""));
            assertThat(tiktok.stats().truncated()).isEqualTo(1);
        }
    }

    @Test
    void autoSplitsByIdsRatherThanUseATaskWhenDeletedObjectsMustBeIncluded() throws Exception {
        List<Map<String, Object>> expected = holds(BIG, TWO_DAYS);
        try (TikTokSimulator tiktok = TikTokSimulator.start(BIG)) {
            List<Map<String, Object>> rows = read(tiktok, TWO_DAYS);

            assertThat(sorted(rows)).isEqualTo(sorted(expected));
            assertThat(tiktok.wireMock().findAll(postRequestedFor(urlPathEqualTo(TASK_CREATE)))).isEmpty();
            // every part still asks for deleted objects
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT))))
                    .allSatisfy(r -> assertThat(r.queryParameter("filtering").firstValue())
                            .contains("{\"field_name\":\"adgroup_status\",\"filter_type\":\"IN\","
                                      + "\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}"));
        }
    }

    @Test
    void syncFailsLoudlyOnATruncatedChunk() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(BIG)) {
            Exception failure = readFailure(tiktok, TWO_DAYS + "&mode=sync");

            assertThat(failure).isInstanceOf(ReportTruncatedException.class);
            assertThat(failure.getMessage()).contains(tiktok.advertiserIds().get(0))
                    .contains(TODAY.minusDays(2) + " to " + TODAY.minusDays(1))
                    .contains("only the data of the newest 20000 ads")
                    .contains("mode=auto").contains("mode=async").contains("narrower filters");
        }
    }

    @Test
    void consumerStateDoesNotAdvancePastATruncatedChunk() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(BIG); CamelContext context = context(tiktok)) {
            MemoryStateRepository states = new MemoryStateRepository();
            context.getRegistry().bind("states", states);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:adgroup-summary?mode=sync&lookbackDays=1&stateRepository=#states"
                         + "&advertiserId=" + tiktok.advertiserIds().get(0) + "&initialDelay=0&delay=200")
                            .routeId("report").to("mock:rows");
                }
            });
            context.start();
            await().atMost(10, TimeUnit.SECONDS).until(() -> tiktok.stats().truncated() >= 2);

            assertThat(context.getEndpoint("mock:rows", MockEndpoint.class).getReceivedCounter()).isZero();
            TikTokReportConsumer consumer = (TikTokReportConsumer) context.getRoute("report").getConsumer();
            assertThat(states.getState(consumer.stateKey(tiktok.advertiserIds().get(0)))).isNull();
        }
    }

    @Test
    void queryTooLargeIsReadInHalvesDownToOneDay() throws Exception {
        // 3 advertisers x 12 ad groups: 40 days are 480 rows a query; TikTok takes at most 100 (8 days)
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0);
        String uri = "tiktok-report:adgroup-summary?startDate=" + TODAY.minusDays(40) + "&endDate=" + TODAY;
        List<Map<String, Object>> expected = holds(config, uri);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config.withMaxQueryRows(100))) {
            assertThat(read(tiktok, uri)).isEqualTo(expected);
            assertThat(tiktok.wireMock().getAllServeEvents().stream()
                    .filter(e -> e.getResponse().getBodyAsString().contains("\"code\":40067"))).isNotEmpty();
        }
    }

    @Test
    void queryTooLargeForOneDayIsSplitByIds() throws Exception {
        // 2,500 ad groups a day, TikTok takes 1,500 rows a query: one day is split into parts of 100 campaigns
        SimulatorConfig config = BIG.withAdsLimit(0);
        String uri = TWO_DAYS + "&mode=sync";
        List<Map<String, Object>> expected = holds(config, uri);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config.withMaxQueryRows(1500))) {
            assertThat(sorted(read(tiktok, uri))).isEqualTo(sorted(expected));
        }
    }

    @Test
    void asyncRowsAreIndistinguishableFromSyncRows() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0);
        // 40 days: two sync chunks, one task; and an audience report
        for (String uri : List.of(
                "tiktok-report:adgroup-summary?startDate=" + TODAY.minusDays(40) + "&endDate=" + TODAY,
                "tiktok-report:audience?startDate=" + TODAY.minusDays(3) + "&endDate=" + TODAY,
                "tiktok-report:custom?dataLevel=AUCTION_CAMPAIGN&dimensions=campaign_id,stat_time_hour"
                + "&metrics=campaign_name,spend,clicks&startDate=" + TODAY.minusDays(1) + "&endDate="
                + TODAY.minusDays(1))) {
            List<Map<String, Object>> expected = holds(config, uri + "&mode=sync");
            try (TikTokSimulator tiktok = TikTokSimulator.start(config)) {
                List<Map<String, Object>> rows = read(tiktok, uri + "&mode=async&asyncPollInterval=5&pageSize=7");
                assertThat(rows).as(uri).isEqualTo(expected);
                assertThat(new ArrayList<>(rows.get(0).keySet())).isEqualTo(new ArrayList<>(expected.get(0).keySet()));
                expected.get(0).forEach((k, v) -> assertThat(rows.get(0).get(k)).as(k)
                        .isExactlyInstanceOf(v == null ? Object.class : v.getClass()));
                assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT)))).isEmpty();
            }
        }
    }

    @Test
    void taskRequestsAreTheOnesTikTokDocuments() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config)) {
            String advertiser = tiktok.advertiserIds().get(0);
            read(tiktok, "tiktok-report:campaign-summary?mode=async&asyncPollInterval=5&startDate=2026-11-01"
                         + "&endDate=2026-11-20&orderField=spend&filters=[{\"field_name\":\"campaign_ids\","
                         + "\"filter_type\":\"IN\",\"filter_value\":\"[\\\"1800000000000000000\\\"]\"}]");

            JsonNode body = JSON.readTree(tiktok.wireMock().findAll(postRequestedFor(urlPathEqualTo(TASK_CREATE)))
                    .get(0).getBodyAsString());
            assertThat(body).isEqualTo(JSON.readTree("{\"advertiser_id\":\"" + advertiser + "\",\"service_type\":"
                    + "\"AUCTION\",\"report_type\":\"BASIC\",\"data_level\":\"AUCTION_CAMPAIGN\",\"dimensions\":"
                    + "[\"campaign_id\",\"stat_time_day\"],\"metrics\":[\"spend\",\"impressions\",\"clicks\",\"ctr\","
                    + "\"cpc\",\"cpm\",\"conversion\",\"cost_per_conversion\"],\"filtering\":[{\"field_name\":"
                    + "\"campaign_ids\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"1800000000000000000\\\"]\"}],"
                    + "\"order_field\":\"spend\",\"order_type\":\"DESC\",\"start_date\":\"2026-11-01\",\"end_date\":"
                    + "\"2026-11-20\",\"enable_report_title_translation\":false,\"output_format\":\"CSV_STRING\"}"));
            var check = tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(TASK_CHECK))).get(0);
            assertThat(check.queryParameter("advertiser_id").firstValue()).isEqualTo(advertiser);
            assertThat(check.queryParameter("task_id").isPresent()).isTrue();
            assertThat(check.getHeader("Access-Token")).isEqualTo(config.accessToken());
            var download = tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(TASK_DOWNLOAD))).get(0);
            assertThat(download.queryParameter("task_id").firstValue())
                    .isEqualTo(check.queryParameter("task_id").firstValue());
        }
    }

    @Test
    void failedCancelledAndEndlessTasksFailTheExchange() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0);
        String uri = "tiktok-report:adgroup-summary?mode=async&asyncPollInterval=5&lookbackDays=3";
        try (TikTokSimulator tiktok = TikTokSimulator.start(config.withTasks(TaskBehaviour.FAIL, 2))) {
            assertThat(readFailure(tiktok, uri)).isInstanceOf(TikTokApiException.class).hasMessageContaining("FAILED")
                    .hasMessageContaining("internal aggregation error");
        }
        try (TikTokSimulator tiktok = TikTokSimulator.start(config.withTasks(TaskBehaviour.CANCELED, 2))) {
            assertThat(readFailure(tiktok, uri)).hasMessageContaining("ended CANCELED");
        }
        try (TikTokSimulator tiktok = TikTokSimulator.start(config.withTasks(TaskBehaviour.NEVER_FINISH, 2))) {
            assertThat(readFailure(tiktok, uri + "&asyncTimeout=300")).hasMessageContaining("asyncTimeout=300")
                    .hasMessageContaining("cancelled");
            assertThat(tiktok.wireMock().findAll(postRequestedFor(urlPathEqualTo(TASK_CANCEL)))).hasSize(1);
        }
    }

    @Test
    void tasksSurviveServerErrorsThrottlingAndResets() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0);
        String uri = "tiktok-report:adgroup-summary?asyncPollInterval=5&startDate=" + TODAY.minusDays(9)
                     + "&endDate=" + TODAY;
        List<Map<String, Object>> expected = holds(config, uri + "&mode=sync");
        try (TikTokSimulator tiktok = TikTokSimulator.start(config)) {
            once(tiktok, "create", post(urlPathEqualTo(TASK_CREATE)), aResponse().withStatus(200)
                    .withBody("{\"code\":40100,\"message\":\"Too many requests\",\"request_id\":\"x\",\"data\":{}}"));
            once(tiktok, "check", get(urlPathEqualTo(TASK_CHECK)), aResponse().withStatus(503));
            once(tiktok, "download", get(urlPathEqualTo(TASK_DOWNLOAD)),
                    aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

            assertThat(read(tiktok, uri + "&mode=async")).isEqualTo(expected);
            assertThat(tiktok.wireMock().findAll(postRequestedFor(urlPathEqualTo(TASK_CREATE)))).hasSize(2);
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(TASK_DOWNLOAD)))).hasSize(2);
        }
    }

    @Test
    void asyncCombinationsTikTokRefusesFailAtStartUp() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix())) {
            assertThat(readFailure(tiktok, "tiktok-report:custom?mode=async&reportType=PLAYABLE_MATERIAL"
                                           + "&dimensions=playable_id&metrics=spend&lookbackDays=2"))
                    .hasMessageContaining("reportType=PLAYABLE_MATERIAL").hasMessageContaining("BASIC, AUDIENCE, CATALOG");
            assertThat(readFailure(tiktok, "tiktok-report:audience?mode=async&metrics=spend,reach"))
                    .hasMessageContaining("reach").hasMessageContaining("audience dimensions gender,age");
            assertThat(readFailure(tiktok, "tiktok-report:adgroup-summary?mode=fast"))
                    .hasMessageContaining("Invalid value 'fast' for option mode. Allowed values: auto, sync, async");
            assertThat(tiktok.stats().requests()).isZero();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The rows a server of this configuration holds: read from one with no truncation, no size limit. */
    private static List<Map<String, Object>> holds(SimulatorConfig config, String uri) throws Exception {
        try (TikTokSimulator complete = TikTokSimulator.start(config.withAdsLimit(0).withMaxQueryRows(0))) {
            return read(complete, uri.replace("mode=async", "mode=sync"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read(TikTokSimulator tiktok, String uri) throws Exception {
        try (CamelContext context = context(tiktok)) {
            context.start();
            return context.createProducerTemplate().requestBody(uri + "&advertiserId="
                                                                + tiktok.advertiserIds().get(0), null, List.class);
        }
    }

    private static Exception readFailure(TikTokSimulator tiktok, String uri) throws Exception {
        try (CamelContext context = context(tiktok)) {
            context.start();
            Exchange exchange = context.createProducerTemplate().request(uri + "&advertiserId="
                                                                         + tiktok.advertiserIds().get(0), e -> {
                                                                         });
            assertThat(exchange.getException()).as("a failed exchange").isNotNull();
            Throwable cause = exchange.getException();
            while (cause.getCause() != null && !(cause instanceof TikTokApiException)
                   && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            return (Exception) cause;
        } catch (org.apache.camel.ResolveEndpointFailedException | org.apache.camel.FailedToCreateProducerException e) {
            return e;
        }
    }


    private static void once(TikTokSimulator tiktok, String scenario, com.github.tomakehurst.wiremock.client.MappingBuilder
            request, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        tiktok.wireMock().stubFor(request.atPriority(1).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("done").willReturn(answer));
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> rows) {
        List<Map<String, Object>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
