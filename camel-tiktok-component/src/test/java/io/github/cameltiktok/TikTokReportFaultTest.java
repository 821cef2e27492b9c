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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite: a consumer polls the simulator while WireMock scenarios inject TikTok's and the network's
 * failures into the middle of the paging. Each test compares the rows that reached {@code mock:rows} with the rows
 * the simulator holds for the window (read by a producer with no fault installed): none lost, none doubled, and
 * the failure visible where a user looks.
 */
class TikTokReportFaultTest {

    private static final String REPORT_PATH = "/open_api/v1.3/report/integrated/get/";
    private static final LocalDate TODAY = LocalDate.now();
    /** 2 advertisers x 12 ad groups x 3 days = 36 rows each, 4 pages of 10. */
    private static final String FIXED_WINDOW = "tiktok-report:adgroup-summary?pageSize=10&startDate="
                                               + TODAY.minusDays(5) + "&endDate=" + TODAY.minusDays(3);

    private static TikTokSimulator simulator;
    private static String adv1;
    private static String adv2;

    private final List<CamelContext> contexts = new ArrayList<>();
    private final List<StubMapping> faults = new ArrayList<>();

    @TempDir
    Path tempDir;

    @BeforeAll
    static void startSimulator() {
        // no QPS limit here: only the faults a test installs happen
        simulator = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 3, 4, 1).withQpsLimit(0));
        adv1 = simulator.advertiserIds().get(0);
        adv2 = simulator.advertiserIds().get(1);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (CamelContext context : contexts) {
            context.close();
        }
        faults.forEach(simulator.wireMock()::removeStub);
        simulator.wireMock().resetScenarios();
        simulator.wireMock().resetRequests();
    }

    // ---- the faults -------------------------------------------------------------------------------------------

    @Test
    void throttlingBurstIsRetriedAndNothingIsLost() throws Exception {
        // three 40100 answers in a row on page 2 of the first advertiser, then TikTok recovers
        sequence("burst", () -> page(adv1, 2), throttled(), throttled(), throttled());

        List<Exchange> delivered = pollOnce(FIXED_WINDOW, c -> { });

        assertDeliveredExactly(delivered, FIXED_WINDOW);
        assertThat(answersInScenario("burst")).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        sequence("5xx", () -> page(adv2, 3), aResponse().withStatus(503), aResponse().withStatus(500),
                aResponse().withStatus(502));

        assertDeliveredExactly(pollOnce(FIXED_WINDOW, c -> { }), FIXED_WINDOW);
        assertThat(answersInScenario("5xx")).isEqualTo(3);
    }

    @Test
    void connectionResetMidPagingIsRetried() throws Exception {
        sequence("reset", () -> page(adv1, 3), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertDeliveredExactly(pollOnce(FIXED_WINDOW, c -> { }), FIXED_WINDOW);
        assertThat(answersInScenario("reset")).isEqualTo(2);
    }

    @Test
    void malformedJsonIsRetried() throws Exception {
        sequence("malformed", () -> page(adv1, 4), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":0,\"message\":\"OK\",\"data\":{\"list\":[{\"dimensions\":{\"adgroup_id\":"));

        assertDeliveredExactly(pollOnce(FIXED_WINDOW, c -> { }), FIXED_WINDOW);
        assertThat(answersInScenario("malformed")).isEqualTo(1);
    }

    @Test
    void readTimeoutIsRetried() throws Exception {
        sequence("slow", () -> page(adv2, 2), transformed().withFixedDelay(1500));

        List<Exchange> delivered = pollOnce(FIXED_WINDOW, c -> c.setReadTimeout(300));

        // the slow answer timed out on the client and the page was asked again
        assertThat(simulator.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT_PATH))
                .withQueryParam("advertiser_id", equalTo(adv2)).withQueryParam("page", equalTo("2")))).hasSize(2);
        assertDeliveredExactly(delivered, FIXED_WINDOW);
    }

    @Test
    void nextPagesAreRequestedAheadAndStillArriveInOrder() throws Exception {
        // page 2 answers slowly: page 3 is already asked for meanwhile, and its rows still come after page 2's
        faults.add(simulator.wireMock().stubFor(page(adv1, 2).willReturn(transformed().withFixedDelay(600))));

        List<Exchange> delivered = pollOnce(FIXED_WINDOW, c -> { });

        Map<String, java.util.Date> received = new java.util.HashMap<>();
        simulator.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("advertiser_id=" + adv1))
                .forEach(e -> received.put(e.getRequest().queryParameter("page").firstValue(),
                        e.getRequest().getLoggedDate()));
        assertThat(received.get("3")).isBefore(new java.util.Date(received.get("2").getTime() + 600));
        assertDeliveredExactly(delivered, FIXED_WINDOW);
    }

    @Test
    void tokenExpiringMidRunFailsThePollWithoutPartialRowsThenResumes() throws Exception {
        // page 3 of the first advertiser finds the token expired; from then on every request does, until renewed
        WireMockServer wireMock = simulator.wireMock();
        faults.add(wireMock.stubFor(page(adv1, 3).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("expired").willReturn(envelope(40102, "Access token has expired."))));
        faults.add(wireMock.stubFor(get(urlPathEqualTo(REPORT_PATH)).atPriority(1).inScenario("expiry")
                .whenScenarioStateIs("expired").willReturn(envelope(40102, "Access token has expired."))));

        CamelContext context = context(c -> { });
        context.addRoutes(route(FIXED_WINDOW + "&advertiserId=" + adv1 + "," + adv2
                                + "&repeatCount=2&initialDelay=0&delay=500", "mock:rows"));
        MockEndpoint mock = context.getEndpoint("mock:rows", MockEndpoint.class);
        context.start();

        // the first poll fails: no row of either advertiser; no request answered 40102 was sent again (the next
        // page, already requested, may have met the expired token too)
        await().atMost(10, TimeUnit.SECONDS).until(() -> consumerHealth(context).getState() == HealthCheck.State.DOWN);
        List<String> expiredRequests = simulator.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getStubMapping() != null && "expiry".equals(e.getStubMapping().getScenarioName()))
                .map(e -> e.getRequest().getUrl()).toList();
        assertThat(expiredRequests).doesNotHaveDuplicates()
                .anyMatch(url -> url.contains("advertiser_id=" + adv1) && url.contains("&page=3&"))
                .anyMatch(url -> url.contains("advertiser_id=" + adv2) && url.contains("&page=1&"));
        HealthCheck.Result down = consumerHealth(context);
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getDetails()).containsEntry(TikTokReportConstants.HEALTH_TIKTOK_CODE, 40102L)
                .containsEntry(TikTokReportConstants.HEALTH_TIKTOK_MESSAGE, "Access token has expired.")
                .containsKey(TikTokReportConstants.HEALTH_TIKTOK_REQUEST_ID);
        assertThat(down.getError()).get().asString().contains("40102");
        assertThat(mock.getReceivedCounter()).isZero();

        // the token is renewed: the next poll delivers the whole window, once
        faults.forEach(wireMock::removeStub);
        faults.clear();
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        assertDeliveredExactly(mock.getExchanges(), FIXED_WINDOW);
        assertThat(answersInScenario("expiry")).isEqualTo(expiredRequests.size());
        await().atMost(5, TimeUnit.SECONDS)
                .until(() -> consumerHealth(context).getState() == HealthCheck.State.UP);
    }

    @Test
    void stoppedMidWindowResumesFromTheFileStateWithoutLosingOrDoublingAWindow() throws Exception {
        // a rolling window: the last 3 days; the second advertiser's pages are slow, so the stop lands mid-paging
        String rolling = "tiktok-report:adgroup-summary?pageSize=10&lookbackDays=3";
        faults.add(simulator.wireMock().stubFor(get(urlPathEqualTo(REPORT_PATH)).atPriority(1)
                .withQueryParam("advertiser_id", equalTo(adv2)).willReturn(transformed().withFixedDelay(400))));
        Path store = tempDir.resolve("tiktok-state.properties");

        CamelContext first = context(c -> { });
        first.getShutdownStrategy().setTimeout(10);
        FileStateRepository firstStates = FileStateRepository.fileStateRepository(store.toFile());
        first.getRegistry().bind("states", firstStates);
        first.addRoutes(route(rolling + "&advertiserId=" + adv1 + "," + adv2
                              + "&stateRepository=#states&initialDelay=0", "mock:rows"));
        MockEndpoint firstMock = first.getEndpoint("mock:rows", MockEndpoint.class);
        first.start();
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(firstMock.getReceivedCounter()).isEqualTo(1);
            assertThat(simulator.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT_PATH))
                    .withQueryParam("advertiser_id", equalTo(adv2)).withQueryParam("page", equalTo("2")))).isNotEmpty();
        });
        String keySuffix = stateKeySuffix(first);
        first.stop();
        List<Exchange> beforeStop = new ArrayList<>(firstMock.getExchanges());

        // only the first advertiser's window completed before the stop
        assertThat(beforeStop).hasSize(1);
        assertThat(header(beforeStop.get(0), TikTokReportConstants.ADVERTISER_ID)).isEqualTo(adv1);
        FileStateRepository reread = FileStateRepository.fileStateRepository(store.toFile());
        reread.start();
        assertThat(reread.getState(adv1 + "@" + keySuffix)).isEqualTo(TODAY.toString());
        assertThat(reread.getState(adv2 + "@" + keySuffix)).isNull();
        reread.stop();

        // a new context on the same state file delivers the second advertiser's window, and re-reads only the
        // first advertiser's restated days (the last lookbackDays days before its last delivered day)
        CamelContext second = context(c -> { });
        second.getRegistry().bind("states", FileStateRepository.fileStateRepository(store.toFile()));
        second.addRoutes(route(rolling + "&advertiserId=" + adv1 + "," + adv2
                               + "&stateRepository=#states&initialDelay=0", "mock:rows"));
        MockEndpoint secondMock = second.getEndpoint("mock:rows", MockEndpoint.class);
        second.start();
        await().atMost(15, TimeUnit.SECONDS).until(() -> secondMock.getReceivedCounter() == 2);
        List<Exchange> afterRestart = secondMock.getExchanges();
        assertThat(afterRestart).extracting(e -> header(e, TikTokReportConstants.ADVERTISER_ID))
                .containsExactly(adv1, adv2);
        assertThat(afterRestart).allSatisfy(e -> {
            assertThat(header(e, TikTokReportConstants.START_DATE)).isEqualTo(TODAY.minusDays(2).toString());
            assertThat(header(e, TikTokReportConstants.END_DATE)).isEqualTo(TODAY.toString());
        });
        // the second advertiser's window arrived once, in full; nothing of the window is missing
        List<Map<String, Object>> expected = expectedRows(rolling);
        assertThat(rows(List.of(afterRestart.get(1)))).isEqualTo(rowsOf(expected, adv2));
        List<Map<String, Object>> union = rows(beforeStop);
        union.addAll(rows(List.of(afterRestart.get(1))));
        assertThat(union).isEqualTo(expected);
        // and the stopped context delivered nothing late
        assertThat(firstMock.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void splitRowsStreamingAFailedWindowReadsItAgainAtLeastOnce() throws Exception {
        // rows leave as pages arrive: a window that fails on page 3 has sent 20 rows, and the next poll sends all
        faults.add(simulator.wireMock().stubFor(page(adv1, 3).inScenario("expiry-once")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("renewed")
                .willReturn(envelope(40102, "Access token has expired."))));
        String rolling = "tiktok-report:adgroup-summary?pageSize=10&lookbackDays=3";
        CamelContext context = context(c -> { });
        context.addRoutes(route(rolling + "&advertiserId=" + adv1 + "&splitRows=true&repeatCount=2&initialDelay=0"
                                + "&delay=300", "mock:rows"));
        MockEndpoint mock = context.getEndpoint("mock:rows", MockEndpoint.class);
        context.start();

        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 20 + 36);
        List<Map<String, Object>> delivered = new ArrayList<>();
        mock.getExchanges().forEach(e -> delivered.add(e.getMessage().getBody(Map.class)));
        // one advertiser read: its rows have the same shape as those of several
        List<Map<String, Object>> expected = expectedRows(rolling).stream()
                .filter(r -> adv1.equals(r.get("advertiser_id"))).toList();
        assertThat(delivered.subList(0, 20)).isEqualTo(expected.subList(0, 20));
        assertThat(delivered.subList(20, 56)).isEqualTo(expected);
        assertThat(mock.getExchanges().get(55).getProperty(Exchange.BATCH_COMPLETE, Boolean.class)).isTrue();
    }

    @Test
    void concurrentChunksKeepEachAdvertisersRowsInDateOrder() throws Exception {
        // 70 days: 3 date chunks per advertiser, 6 requests (of up to 840 rows) at once
        String longWindow = "tiktok-report:adgroup-summary?startDate=" + TODAY.minusDays(69) + "&endDate=" + TODAY;
        List<Map<String, Object>> expected = expectedRows(longWindow);
        assertThat(expected).hasSize(2 * 12 * 70);

        CamelContext context = context(c -> { });
        context.addRoutes(route(longWindow + "&concurrency=4&advertiserId=" + adv1 + "," + adv2
                                + "&repeatCount=1&initialDelay=0", "mock:rows"));
        MockEndpoint mock = context.getEndpoint("mock:rows", MockEndpoint.class);
        context.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> mock.getReceivedCounter() == 2);
        assertThat(rows(mock.getExchanges())).isEqualTo(expected);

        ProducerTemplate template = context.createProducerTemplate();
        assertThat(template.requestBody(longWindow + "&concurrency=3&advertiserId=" + adv1 + "," + adv2,
                (Object) null)).isEqualTo(expected);
        // each chunk was asked once by the sequential reference, once by the consumer and once by the producer
        assertThat(simulator.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT_PATH)))).hasSize(3 * 6);
    }

    @Test
    void rateLimitKeepsSeveralRoutesOfOneAppUnderTikToksQpsLimit() throws Exception {
        try (TikTokSimulator limited = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 3, 4, 1)
                .withQpsLimit(10).withRequestJournal(false))) {
            // 3 routes x 2 advertisers x 4 pages = 24 requests, sent together at 9 per second
            assertThat(pullConcurrently(limited, 9, 20)).isZero();
            // the same load without the client-side limit makes TikTok throttle; retries, backing off from
            // 300 ms, still deliver every row
            assertThat(pullConcurrently(limited, 0, 300)).isPositive();
        }
    }

    /** Three producers of one component pull the same report at once; returns the 40100 answers TikTok gave. */
    private long pullConcurrently(TikTokSimulator limited, double requestsPerSecond, long retryInitialDelay)
            throws Exception {
        limited.stats().reset();
        CamelContext context = context(c -> {
            c.getConfiguration().setBaseUrl(limited.baseUrl());
            c.getConfiguration().setRetryInitialDelay(retryInitialDelay);
            c.getConfiguration().setRetryMaxDelay(5 * retryInitialDelay);
            c.setRequestsPerSecond(requestsPerSecond);
        });
        context.start();
        String uri = FIXED_WINDOW + "&advertiserId=" + adv1 + "," + adv2;
        ProducerTemplate template = context.createProducerTemplate();
        List<Thread> threads = new ArrayList<>();
        List<Object> bodies = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread thread = new Thread(() -> bodies.add(template.requestBody(uri, (Object) null)));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(bodies).hasSize(3).allSatisfy(body -> assertThat(body).isEqualTo(expectedRows(FIXED_WINDOW)));
        return limited.stats().throttled();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private CamelContext context(Consumer<TikTokReportComponent> tweak) {
        CamelContext context = TestContexts.configure(new DefaultCamelContext(), simulator.baseUrl(),
                simulator.config().accessToken(), 20, 100);
        contexts.add(context);
        tweak.accept(context.getComponent("tiktok-report", TikTokReportComponent.class));
        // as camel-main's camel.health.consumers-enabled does
        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(health.resolveById("consumers"));
        return context;
    }

    private static RouteBuilder route(String from, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("report").to(to);
            }
        };
    }

    /** One poll of both advertisers; returns the exchanges that reached the mock. */
    private List<Exchange> pollOnce(String uri, Consumer<TikTokReportComponent> tweak) throws Exception {
        CamelContext context = context(tweak);
        context.addRoutes(route(uri + "&advertiserId=" + adv1 + "," + adv2 + "&repeatCount=1&initialDelay=0",
                "mock:rows"));
        MockEndpoint mock = context.getEndpoint("mock:rows", MockEndpoint.class);
        mock.expectedMessageCount(2);
        context.start();
        mock.assertIsSatisfied(15_000);
        // the poll is over (the scheduler fired once): nothing more arrives
        assertThat(mock.getReceivedCounter()).isEqualTo(2);
        return mock.getExchanges();
    }

    /** The rows the simulator holds for the report, read by the producer with no fault installed. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> expectedRows(String uri) throws Exception {
        // the component's default retry delays: the faults are removed, nothing is retried
        TikTokReportConfiguration defaults = new TikTokReportConfiguration();
        try (CamelContext context = TestContexts.configure(new DefaultCamelContext(), simulator.baseUrl(),
                simulator.config().accessToken(), defaults.getRetryInitialDelay(), defaults.getRetryMaxDelay())) {
            context.start();
            List<StubMapping> installed = new ArrayList<>(faults);
            installed.forEach(simulator.wireMock()::removeStub);
            try {
                return context.createProducerTemplate()
                        .requestBody(uri + "&advertiserId=" + adv1 + "," + adv2, (Object) null, List.class);
            } finally {
                installed.forEach(simulator.wireMock()::addStubMapping);
            }
        }
    }

    /** Every row of the window arrived, once, in order: one exchange per advertiser. */
    private void assertDeliveredExactly(List<Exchange> delivered, String uri) throws Exception {
        List<Map<String, Object>> expected = expectedRows(uri);
        assertThat(expected).hasSize(2 * 12 * 3);
        assertThat(delivered).extracting(e -> header(e, TikTokReportConstants.ADVERTISER_ID))
                .containsExactly(adv1, adv2);
        assertThat(rows(delivered)).isEqualTo(expected);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(List<Exchange> exchanges) {
        List<Map<String, Object>> rows = new ArrayList<>();
        exchanges.forEach(e -> rows.addAll(e.getMessage().getBody(List.class)));
        return rows;
    }

    private static List<Map<String, Object>> rowsOf(List<Map<String, Object>> rows, String advertiserId) {
        return rows.stream().filter(r -> advertiserId.equals(r.get("advertiser_id"))).toList();
    }

    private static String header(Exchange exchange, String name) {
        return exchange.getMessage().getHeader(name, String.class);
    }

    private static String stateKeySuffix(CamelContext context) {
        TikTokReportConsumer consumer = (TikTokReportConsumer) context.getRoute("report").getConsumer();
        return consumer.stateKey("").substring(1);
    }

    private static HealthCheck.Result consumerHealth(CamelContext context) {
        var results = HealthCheckHelper.invoke(context);
        return results.stream()
                .filter(r -> r.getCheck().getId().equals("consumer:report"))
                .findFirst().orElseThrow(() -> new AssertionError("no consumer health check in " + results.stream()
                        .map(r -> r.getCheck().getId()).toList()));
    }

    private static MappingBuilder page(String advertiserId, int page) {
        return get(urlPathEqualTo(REPORT_PATH)).atPriority(1)
                .withQueryParam("advertiser_id", equalTo(advertiserId))
                .withQueryParam("page", equalTo(Integer.toString(page)));
    }

    /** The given answers, one per request matching {@code request}, then the simulator's own answer again. */
    private void sequence(String scenario, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? "recovered" : "fault-" + (i + 1);
            faults.add(simulator.wireMock().stubFor(request.get().inScenario(scenario).whenScenarioStateIs(state)
                    .willSetStateTo(next).willReturn(answers[i])));
            state = next;
        }
    }

    /** Requests answered by a fault stub of the scenario. */
    private long answersInScenario(String scenario) {
        return simulator.wireMock().getAllServeEvents().stream()
                .filter(e -> e.getStubMapping() != null && scenario.equals(e.getStubMapping().getScenarioName()))
                .count();
    }

    private static ResponseDefinitionBuilder throttled() {
        return envelope(40100, "Due to too many requests, requests from App [" + SimulatorConfig.DEFAULT_APP_ID
                               + "] are temporarily restricted.");
    }

    private static ResponseDefinitionBuilder envelope(long code, String message) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"" + message + "\",\"request_id\":\"fault-" + code
                          + "\",\"data\":{}}");
    }

    /** The simulator's own answer (its response transformer), here delayed. */
    private static ResponseDefinitionBuilder transformed() {
        return TikTokSimulator.simulatedAnswer();
    }
}
