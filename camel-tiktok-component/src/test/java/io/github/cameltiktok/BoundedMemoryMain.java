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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameltiktok.simulator.SimulatorConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * Run by {@link TikTokReportBoundedMemoryTest} in a JVM with a small heap: a consumer with concurrency 4 reads many
 * advertisers while its route takes no exchange, so finished chunks would pile up if nothing bounded them.
 */
public final class BoundedMemoryMain {

    static final int ADVERTISERS = 150;
    static final String METRICS = "spend,billed_cost,cash_spend,voucher_spend,impressions,gross_impressions,clicks,ctr,"
                                  + "cpc,cpm,reach,frequency,cost_per_1000_reached,conversion,cost_per_conversion,"
                                  + "conversion_rate,real_time_conversion,result,likes,comments";

    private BoundedMemoryMain() {
    }

    /** 150 advertisers x 48 ad groups x 30 days = 216,000 rows of 22 fields: about 200 MiB if every chunk waited. */
    static SimulatorConfig simulator() {
        return SimulatorConfig.defaults().withoutCampaignMix().withEntities(ADVERTISERS, 4, 12, 1).withQpsLimit(0).withRequestJournal(false);
    }

    /**
     * @param args the simulator's base URL, its access token and the advertiser ids (comma-separated): the simulator
     *             runs in the test's JVM, so that this heap holds the component's rows only
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String accessToken = args[1];
        String advertiserIds = args[2];
        AtomicLong rows = new AtomicLong();
        AtomicLong exchanges = new AtomicLong();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        String uri = "tiktok-report:adgroup-summary?concurrency=4&repeatCount=1&initialDelay=0&metrics=" + METRICS
                     + "&startDate=" + LocalDate.now().minusDays(30) + "&endDate=" + LocalDate.now().minusDays(1)
                     + "&advertiserId=" + advertiserIds;
        try (CamelContext context = TestContexts.context(baseUrl, accessToken)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri)
                            // a route that takes nothing until the readers have read everything they would read
                            // ahead (all of it, were they not bounded), or 10 s have passed
                            .process(e -> {
                                TikTokReportEndpoint endpoint = context.getEndpoint(uri, TikTokReportEndpoint.class);
                                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                                while (exchanges.get() == 0
                                       && endpoint.getStatistics().requests() < 2L * ADVERTISERS
                                       && System.nanoTime() < until) {
                                    Thread.sleep(20);
                                }
                                rows.addAndGet(e.getIn().getBody(List.class).size());
                                exchanges.incrementAndGet();
                            });
                }
            });
            context.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (exchanges.get() < ADVERTISERS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        sampler.interrupt();
        System.out.println("EXCHANGES " + exchanges.get());
        System.out.println("ROWS " + rows.get());
        System.out.println("PEAK_MIB " + peak.get() / (1024 * 1024));
    }
}
