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
package io.github.cameltiktok.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameltiktok.TikTokReportComponent;
import io.github.cameltiktok.TikTokReportConstants;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline on real engines in this JVM — a KRaft broker, a ZooKeeper server, the simulator — with two planner
 * candidates and three workers: one worker dies in the middle of an item, the leading planner stops, and still every
 * (advertiser, ad group, day) reaches the rows topic with the simulator's figures, duplicated only within the dead
 * worker's item, and the simulator never saw more requests in a second than its QPS limit.
 */
class ScaleOutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    static EmbeddedEngines engines;
    static TikTokSimulator tiktok;

    @BeforeAll
    static void start() throws Exception {
        engines = EmbeddedEngines.start();
        // 6 advertisers with 4 ad groups each; TikTok's basic tier of 10 requests a second, 30 ms a request
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(6, 1, 4, 1).withQpsLimit(10)
                .withLatencyMillis(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (tiktok != null) {
            tiktok.close();
        }
        if (engines != null) {
            engines.close();
        }
    }

    /** A clock the test moves to the next day. */
    static final class TestClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>();

        TestClock(LocalDate day) {
            set(day);
        }

        void set(LocalDate day) {
            now.set(day.atTime(12, 0).atZone(ZONE).toInstant());
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void everyRowArrivesThoughAWorkerDiesAndThePlannerFailsOver() throws Exception {
        List<String> advertisers = tiktok.advertiserIds();
        LocalDate first = TODAY.minusDays(9);
        ScaleOutSettings settings = ScaleOutSettings.defaults(engines.bootstrapServers(), engines.zooKeeperConnect(),
                tiktok.baseUrl(), tiktok.config().accessToken(), advertisers, first).withPlanning(0, 3, 300);
        Topics.create(settings, (short) 1);
        TestClock clock = new TestClock(TODAY.minusDays(1));

        List<CamelContext> planners = new ArrayList<>();
        List<CamelContext> workers = new ArrayList<>();
        List<WorkerRoutes> workerRoutes = new ArrayList<>();
        AtomicBoolean crashed = new AtomicBoolean();
        AtomicReference<String> crashedAdvertiser = new AtomicReference<>();
        AtomicReference<String> crashedWindow = new AtomicReference<>();
        try {
            for (int p = 1; p <= 2; p++) {
                CamelContext planner = new DefaultCamelContext();
                Instances.planner(planner, settings, "planner-" + p, clock);
                planner.start();
                planners.add(planner);
            }
            for (int w = 1; w <= 3; w++) {
                CamelContext worker = new DefaultCamelContext();
                workerRoutes.add(Instances.worker(worker, settings, "worker-" + w));
                AtomicBoolean dead = new AtomicBoolean();
                // the first worker to publish the second row of an item dies there: no commit, no further row
                AdviceWith.adviceWith(worker, "worker", route -> route.weaveByToUri("kafka:tiktok-rows*").before()
                        .process(exchange -> {
                            int index = exchange.getProperty("CamelSplitIndex", Integer.class);
                            if (!dead.get() && index == 1 && crashed.compareAndSet(false, true)) {
                                dead.set(true);
                                crashedAdvertiser.set(exchange.getMessage().getHeader(
                                        TikTokReportConstants.ADVERTISER_ID, String.class));
                                crashedWindow.set(exchange.getMessage().getHeader(TikTokReportConstants.START_DATE)
                                                  + ".." + exchange.getMessage().getHeader(
                                        TikTokReportConstants.END_DATE));
                                new Thread(() -> {
                                    worker.getShutdownStrategy().setTimeout(2);
                                    worker.stop();
                                }).start();
                            }
                            if (dead.get()) {
                                throw new IllegalStateException("worker died");
                            }
                        }));
                worker.start();
                workers.add(worker);
            }

            // the first leader plans the nine days up to yesterday
            try (PlanState state = startedState(settings)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> state.load().values().stream()
                        .filter(TODAY.minusDays(1)::equals).count() == advertisers.size());
            }
            CamelContext leader = planners.stream().filter(Instances::leads).findFirst().orElseThrow();
            leader.stop();
            // a new day: the other candidate takes over and plans only today
            clock.set(TODAY);
            CamelContext follower = planners.stream().filter(p -> p != leader).findFirst().orElseThrow();
            await().atMost(Duration.ofSeconds(30)).until(() -> Instances.leads(follower));

            int expected = advertisers.size() * 4 * 10;
            Map<String, List<String>> rows = new HashMap<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                readRows(settings, rows);
                return rows.size() == expected;
            });
            Thread.sleep(1000);   // late duplicates, if any, arrive too
            readRows(settings, rows);

            assertThat(crashed).as("a worker died in the middle of an item").isTrue();
            // together the workers stayed under TikTok's limit
            assertThat(tiktok.stats().throttled()).isZero();
            assertThat(maxRequestsInOneSecond()).isLessThanOrEqualTo(10);
            // every key carries the simulator's figures
            Map<String, JsonNode> truth = simulatorRows(advertisers, first);
            assertThat(rows.keySet()).isEqualTo(truth.keySet());
            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                for (String value : row.getValue()) {
                    assertThat(JSON.readTree(value)).as(row.getKey()).isEqualTo(truth.get(row.getKey()));
                }
            }
            // duplicates only within the dead worker's item
            String[] window = crashedWindow.get().split("\\.\\.");
            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                if (row.getValue().size() > 1) {
                    String[] key = row.getKey().split("\\|");
                    String day = key[2].substring(0, 10);
                    assertThat(key[0]).as(row.getKey()).isEqualTo(crashedAdvertiser.get());
                    assertThat(day).as(row.getKey()).isBetween(window[0], window[1]);
                }
            }
            assertThat(workerRoutes.stream().mapToLong(WorkerRoutes::items).sum())
                    .as("items completed: 18 planned by the first leader, 6 by the second").isEqualTo(24);
        } finally {
            for (CamelContext context : workers) {
                context.stop();
            }
            for (CamelContext context : planners) {
                context.stop();
            }
        }
    }

    private static PlanState startedState(ScaleOutSettings settings) {
        PlanState state = new PlanState(settings.bootstrapServers());
        state.start();
        return state;
    }

    /** Every record of the rows topic, per key, in order. */
    private static void readRows(ScaleOutSettings settings, Map<String, List<String>> rows) {
        rows.clear();
        Topics.readAll(settings.bootstrapServers(), ScaleOutSettings.ROWS_TOPIC,
                (key, value) -> rows.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
    }

    /** The rows as the component reads them straight from the simulator, keyed as the workers key them. */
    private static Map<String, JsonNode> simulatorRows(List<String> advertisers, LocalDate first) throws Exception {
        Map<String, JsonNode> rows = new HashMap<>();
        try (CamelContext context = new DefaultCamelContext()) {
            TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
            component.getConfiguration().setBaseUrl(tiktok.baseUrl());
            component.getConfiguration().setAccessToken(tiktok.config().accessToken());
            context.start();
            List<?> all = context.createProducerTemplate().requestBody("tiktok-report:adgroup-summary?advertiserId="
                    + String.join(",", advertisers) + "&metrics=spend,impressions,clicks&startDate=" + first
                    + "&endDate=" + TODAY, null, List.class);
            for (Object row : all) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) row;
                // as the workers write it: advertiser first, then dimensions and metrics, through JSON text
                Map<String, Object> keyed = new java.util.LinkedHashMap<>();
                keyed.put("advertiser_id", values.get("advertiser_id"));
                keyed.putAll(values);
                rows.put(values.get("advertiser_id") + "|" + values.get("adgroup_id") + "|"
                         + values.get("stat_time_day"), JSON.readTree(JSON.writeValueAsString(keyed)));
            }
        }
        return rows;
    }

    /** The most requests the simulator received within one calendar second. */
    private static long maxRequestsInOneSecond() {
        Map<Long, Long> perSecond = new HashMap<>();
        for (LoggedRequest request : tiktok.wireMock().findAll(anyRequestedFor(anyUrl()))) {
            perSecond.merge(request.getLoggedDate().getTime() / 1000, 1L, Long::sum);
        }
        Set<Long> seconds = new HashSet<>(perSecond.keySet());
        return seconds.stream().mapToLong(perSecond::get).max().orElse(0);
    }
}
