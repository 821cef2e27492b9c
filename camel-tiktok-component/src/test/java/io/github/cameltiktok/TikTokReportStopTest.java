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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.cameltiktok.TestContexts.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A route stopped in the middle of a long backfill stops within about a request's time: once the stop began no
 * further request is sent (beyond those already on their way) and no row leaves.
 */
class TikTokReportStopTest {

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void aStopInTheMiddleOfABackfillEndsThePollAtTheNextPage(boolean splitRows) throws Exception {
        // 3 advertisers x 90 days x 12 ad groups, 10 rows a page, 50 ms an answer: minutes of pages
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0).withLatencyMillis(50);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config);
             CamelContext context = context(tiktok)) {
            AtomicInteger rows = new AtomicInteger();
            context.getShutdownStrategy().setTimeout(20);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:adgroup-summary?pageSize=10&initialDelay=0&splitRows=" + splitRows
                         + "&startDate=" + LocalDate.now().minusDays(89) + "&advertiserId="
                         + String.join(",", tiktok.advertiserIds())).routeId("backfill")
                            .process(e -> rows.incrementAndGet());
                }
            });
            context.start();
            await().atMost(30, TimeUnit.SECONDS).until(() -> tiktok.stats().requests() > 20);

            long requestsBefore = tiktok.stats().requests();
            long started = System.nanoTime();
            context.getRouteController().stopRoute("backfill");
            long stopMillis = (System.nanoTime() - started) / 1_000_000;
            int rowsAfterStop = rows.get();
            long requestsAfterStop = tiktok.stats().requests();
            Thread.sleep(500);

            assertThat(stopMillis).as("the stop took about a request's time, not the backfill's").isLessThan(3000);
            // the pages already requested (two ahead of the one handed on) may still arrive; nothing after them
            assertThat(requestsAfterStop - requestsBefore).isLessThanOrEqualTo(3);
            assertThat(tiktok.stats().requests()).as("no request once the stop was done").isEqualTo(requestsAfterStop);
            assertThat(rows.get()).as("no row after the stop").isEqualTo(rowsAfterStop);
        }
    }

    @org.junit.jupiter.api.Test
    void aPollPastItsDeadlineEndsAtAPageAndFailsCleanly() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0).withLatencyMillis(50);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config);
             CamelContext context = context(tiktok)) {
            RecordingPollStrategy recording = new RecordingPollStrategy();
            context.getRegistry().bind("recording", recording);
            java.util.List<Exception> failures = recording.failures;
            org.apache.camel.support.processor.state.MemoryStateRepository states
                    = new org.apache.camel.support.processor.state.MemoryStateRepository();
            context.getRegistry().bind("states", states);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:adgroup-summary?pageSize=10&initialDelay=0&repeatCount=1&pollTimeout=700"
                         + "&pollStrategy=#recording&stateRepository=#states&startDate="
                         + LocalDate.now().minusDays(89) + "&advertiserId=" + String.join(",", tiktok.advertiserIds()))
                            .to("mock:rows");
                }
            });
            long started = System.nanoTime();
            context.start();
            await().atMost(10, TimeUnit.SECONDS).until(() -> !failures.isEmpty());

            assertThat((System.nanoTime() - started) / 1_000_000).as("ended soon after the deadline").isLessThan(4000);
            assertThat(failures.get(0)).hasMessageContaining("pollTimeout (700 ms)")
                    .hasMessageContaining("read again by the next poll");
            for (String advertiser : tiktok.advertiserIds()) {
                TikTokReportConsumer consumer = (TikTokReportConsumer) context.getRoutes().get(0).getConsumer();
                assertThat(states.getState(consumer.stateKey(advertiser))).as("no window recorded as delivered")
                        .isNull();
            }
        }
    }
}
