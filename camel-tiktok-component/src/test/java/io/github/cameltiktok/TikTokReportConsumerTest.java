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

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.dailyRows;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static io.github.cameltiktok.TikTokApiStubs.reportPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TikTokReportConsumerTest extends TikTokReportTestSupport {

    private static final String FIXED = "&startDate=2026-11-01&endDate=2026-11-03";
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @TempDir
    Path tempDir;

    private void route(String uri) throws Exception {
        route(uri, true);
    }

    private void route(String uri, boolean autoStartup) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("report").autoStartup(autoStartup).to("mock:rows");
            }
        });
    }

    private TikTokReportConsumer reportConsumer() {
        return (TikTokReportConsumer) context.getRoute("report").getConsumer();
    }

    @Test
    void batchModeDeliversOneExchangePerAdvertiserAndWindow() throws Exception {
        wiremock.stubFor(reportPage("111", 1, page(1, 2, 3, 2, dailyRows("a", NOV_1, 2))));
        wiremock.stubFor(reportPage("111", 2, page(2, 2, 3, 2, dailyRows("a", NOV_1.plusDays(2), 1))));
        wiremock.stubFor(reportPage("222", 1, page(1, 2, 1, 1, dailyRows("b", NOV_1, 1))));
        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMessageCount(2);

        route("tiktok-report:adgroup-summary?advertiserId=111,222&pageSize=2&repeatCount=1&initialDelay=0" + FIXED);

        mock.assertIsSatisfied();
        Exchange first = mock.getExchanges().get(0);
        List<?> rows = first.getMessage().getBody(List.class);
        assertThat(rows).hasSize(3);
        assertThat(rows).allSatisfy(r -> assertThat(((Map<?, ?>) r).get("advertiser_id")).isEqualTo("111"));
        assertThat(first.getMessage().getHeaders())
                .containsEntry(TikTokReportConstants.ADVERTISER_ID, "111")
                .containsEntry(TikTokReportConstants.TOTAL_NUMBER, 3L)
                .containsEntry(TikTokReportConstants.START_DATE, "2026-11-01")
                .containsEntry(TikTokReportConstants.END_DATE, "2026-11-03");
        Exchange second = mock.getExchanges().get(1);
        assertThat(second.getMessage().getBody(List.class)).hasSize(1);
        assertThat(second.getMessage().getHeader(TikTokReportConstants.ADVERTISER_ID)).isEqualTo("222");
    }

    @Test
    void splitRowsDeliversOneExchangePerRowAsABatch() throws Exception {
        wiremock.stubFor(reportPage(ADVERTISER, 1, page(1, 1000, 3, 1, dailyRows("a", NOV_1, 3))));
        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMessageCount(3);

        route("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + "&splitRows=true&repeatCount=1&initialDelay=0"
              + FIXED);

        mock.assertIsSatisfied();
        for (int i = 0; i < 3; i++) {
            Exchange exchange = mock.getExchanges().get(i);
            assertThat(exchange.getMessage().getBody(Map.class))
                    .containsEntry("stat_time_day", NOV_1.plusDays(i) + " 00:00:00")
                    .containsEntry("advertiser_id", ADVERTISER);
            // one advertiser or many: its id leads every row
            assertThat(exchange.getMessage().getBody(Map.class).keySet().iterator().next()).isEqualTo("advertiser_id");
            assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)).isEqualTo(i);
            // rows leave as their page arrives: the size of the whole batch is not known yet
            assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isNull();
            assertThat(exchange.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isEqualTo(i == 2);
            assertThat(exchange.getMessage().getHeader(TikTokReportConstants.REQUEST_ID)).isEqualTo("req-1");
        }
    }

    @Test
    void rollingWindowResumesFromTheLastDeliveredDayMinusLookback() throws Exception {
        File store = tempDir.resolve("tiktok-state.properties").toFile();
        FileStateRepository states = FileStateRepository.fileStateRepository(store);
        context.getRegistry().bind("states", states);
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(page(1, 1000, 1, 1, dailyRows("a", LocalDate.now(), 1)))));
        LocalDate today = LocalDate.now();
        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMessageCount(2);

        route("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + "&lookbackDays=3&stateRepository=#states"
              + "&repeatCount=2&initialDelay=0&delay=10", false);
        String key = reportConsumer().stateKey(ADVERTISER);
        // a previous run delivered up to 10 days ago
        states.start();
        states.setState(key, today.minusDays(10).toString());
        context.getRouteController().startRoute("report");

        mock.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(5)).until(() -> today.toString().equals(states.getState(key)));
        assertThat(reportRequests()).extracting(r -> r.queryParameter("start_date").firstValue())
                .containsExactlyInAnyOrder(today.minusDays(12).toString(), today.minusDays(2).toString());
        assertThat(reportRequests()).extracting(r -> r.queryParameter("end_date").firstValue())
                .containsOnly(today.toString());
        FileStateRepository reloaded = FileStateRepository.fileStateRepository(store);
        reloaded.start();
        assertThat(reloaded.getState(key)).isEqualTo(today.toString());
        reloaded.stop();
    }

    @Test
    void stateDoesNotAdvanceWhenTheRouteFailsOrTikTokFails() throws Exception {
        FileStateRepository states = FileStateRepository.fileStateRepository(tempDir.resolve("s.properties").toFile());
        context.getRegistry().bind("states", states);
        wiremock.stubFor(reportPage("111", 1, page(1, 1000, 1, 1, dailyRows("a", LocalDate.now(), 1))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withQueryParam("advertiser_id", equalTo("222"))
                .willReturn(okJson(TikTokApiStubs.error(40001, "No permission to operate advertiser 222", "req-x"))));
        wiremock.stubFor(reportPage("333", 1, page(1, 1000, 1, 1, dailyRows("c", LocalDate.now(), 1))));
        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMessageCount(2);
        mock.whenExchangeReceived(2, e -> {
            throw new IllegalStateException("sink is down");
        });

        route("tiktok-report:adgroup-summary?advertiserId=111,222,333&stateRepository=#states&repeatCount=1"
              + "&initialDelay=0");

        mock.assertIsSatisfied();
        TikTokReportConsumer consumer = reportConsumer();
        await().atMost(Duration.ofSeconds(5)).until(() -> states.getState(consumer.stateKey("111")) != null);
        assertThat(states.getState(consumer.stateKey("111"))).isEqualTo(LocalDate.now().toString());
        assertThat(states.getState(consumer.stateKey("222"))).as("TikTok refused").isNull();
        assertThat(states.getState(consumer.stateKey("333"))).as("route failed").isNull();
    }

    @Test
    void startDateAloneIsTheBackfillsFirstDayThenPollsResume() throws Exception {
        FileStateRepository states = FileStateRepository.fileStateRepository(tempDir.resolve("b.properties").toFile());
        context.getRegistry().bind("states", states);
        LocalDate today = LocalDate.now();
        LocalDate backfillFrom = today.minusDays(20);
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(page(1, 1000, 1, 1, dailyRows("a", today, 1)))));
        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMessageCount(2);

        route("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + "&startDate=" + backfillFrom
              + "&lookbackDays=3&stateRepository=#states&repeatCount=2&initialDelay=0&delay=200");

        mock.assertIsSatisfied();
        // first poll: the backfill from startDate; second: the last lookbackDays days up to the last day delivered
        assertThat(reportRequests()).extracting(r -> r.queryParameter("start_date").firstValue())
                .containsExactly(backfillFrom.toString(), today.minusDays(2).toString());
    }

    @Test
    void aCorruptStateValueFailsItsAdvertiserOnly() throws Exception {
        FileStateRepository states = FileStateRepository.fileStateRepository(tempDir.resolve("c.properties").toFile());
        context.getRegistry().bind("states", states);
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .willReturn(okJson(page(1, 1000, 1, 1, dailyRows("a", LocalDate.now(), 1)))));
        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMessageCount(1);

        RecordingPollStrategy recording = new RecordingPollStrategy();
        context.getRegistry().bind("recording", recording);
        List<Exception> pollFailures = recording.failures;
        route("tiktok-report:adgroup-summary?advertiserId=111,222&stateRepository=#states&repeatCount=1"
              + "&initialDelay=0&pollStrategy=#recording", false);
        String corruptKey = reportConsumer().stateKey("222");
        states.start();
        states.setState(corruptKey, "last tuesday");
        context.getRouteController().startRoute("report");

        mock.assertIsSatisfied();
        assertThat(mock.getReceivedExchanges().get(0).getIn().getHeader(TikTokReportConstants.ADVERTISER_ID))
                .isEqualTo("111");
        assertThat(reportRequests()).extracting(r -> r.queryParameter("advertiser_id").firstValue())
                .containsOnly("111");
        await().atMost(Duration.ofSeconds(5)).until(() -> states.getState(reportConsumer().stateKey("111")) != null);
        assertThat(states.getState(corruptKey)).as("left for the user to mend").isEqualTo("last tuesday");
        await().atMost(Duration.ofSeconds(5)).until(() -> !pollFailures.isEmpty());
        assertThat(pollFailures.get(0)).hasMessageContaining("advertiser 222").hasMessageContaining(corruptKey)
                .hasMessageContaining("'last tuesday'").hasMessageContaining("yyyy-MM-dd");
    }
}
