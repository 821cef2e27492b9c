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
package io.github.cameltiktok.benchmarks;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cameltiktok.TikTokReportComponent;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The rate-bound sections of the benchmark run (4 and 5 of docs/benchmarks.md): many advertisers against a slow
 * simulator with TikTok's QPS cap, one at a time, with a pinned concurrency and with the defaults; and advertiser
 * batching against the unbatched pull, the same rows each way. {@code --latency} runs only these.
 */
final class PacingBench {

    /**
     * Advertiser batching on many one-page advertisers: the same pull with {@code advertiserBatchSize=5} and
     * unbatched (the baseline), the same rows each way (digest).
     *
     * @param reportRequests   report requests of the batched pull (look-ups apart)
     * @param lookups          the other requests of the batched pull (account time zones)
     * @param allowedRequests  ⌈advertisers ÷ 5⌉: the goal
     * @param batchedToIdeal   the batched pull's wall time ÷ (its report requests ÷ QPS + one latency)
     * @param batchedToSingles its wall time ÷ the unbatched pull's
     */
    record Batching(long reportRequests, long lookups, long allowedRequests, double batchedToIdeal,
                    double batchedToSingles, boolean digestsEqual, long throttled) {

        String summary() {
            return String.format(Locale.ROOT, "batch-requests=%d/%d batch/ideal=%.2f batch/unbatched=%.2f"
                                              + " batch-digest=%s batch-throttled=%d", reportRequests,
                    allowedRequests, batchedToIdeal, batchedToSingles, digestsEqual ? "equal" : "differ", throttled);
        }

        String goals() {
            return String.format(Locale.ROOT, "batch-requests<=%d %s, batch/ideal<=1.15 %s, batch-digest=equal %s,"
                                              + " batch-throttled=0 %s", allowedRequests,
                    BenchmarkHarness.Outcome.met(reportRequests <= allowedRequests), BenchmarkHarness.Outcome.met(batchedToIdeal <= 1.15),
                    BenchmarkHarness.Outcome.met(digestsEqual), BenchmarkHarness.Outcome.met(throttled == 0));
        }
    }

    private final BenchmarkHarness.Sizes sizes;
    private final PrintStream out;

    PacingBench(BenchmarkHarness.Sizes sizes, PrintStream out) {
        this.sizes = sizes;
        this.out = out;
    }

    /** Rows a page in the latency-bound pull: several pages per advertiser. */
    static final int LATENCY_PAGE_SIZE = 120;

    /** Pages the latency-bound pull must read: 12 ad groups a day for each advertiser's window. */
    private long latencyPages() {
        long rows = 12L * sizes.latencyDays();
        return sizes.latencyAdvertisers() * ((rows + LATENCY_PAGE_SIZE - 1) / LATENCY_PAGE_SIZE);
    }

    /** The least time TikTok's rate limit allows for those pages, plus one answer's latency. */
    double idealSeconds() {
        return latencyPages() / (double) sizes.qps() + sizes.latencyMillis() / 1000.0;
    }

    /**
     * Only the latency-bound pull, each way {@code rounds} times (one advertiser at a time once: the baseline), the
     * ratios to the ideal with their spread: {@code --latency}.
     */
    void latencyOnly(int rounds) throws Exception {
        out.printf(Locale.ROOT, "Latency-bound: %d advertisers x %d days, %d ms a request, TikTok's cap %d QPS,"
                                + " requestsPerSecond=%d, the same pages each way (reconcile=off)%n",
                sizes.latencyAdvertisers(), sizes.latencyDays(), sizes.latencyMillis(), sizes.qps(), sizes.qps());
        out.printf(Locale.ROOT, "   %-28s %9s %7s %9s %9s %10s %10s %12s%n", "consumer", "requests", "extra",
                "ideal s", "wall s", "wall/ideal", "throttled", "route errors");
        double ideal = idealSeconds();
        double sequential = latencyRun(1)[1] / 1000.0 / ideal;
        List<Double> fixed = new java.util.ArrayList<>();
        List<Double> adaptive = new java.util.ArrayList<>();
        long throttled = 0;
        for (int round = 0; round < rounds; round++) {
            long[] pinned = latencyRun(sizes.concurrency());
            long[] defaults = latencyRun(null);
            fixed.add(pinned[1] / 1000.0 / ideal);
            adaptive.add(defaults[1] / 1000.0 / ideal);
            throttled += pinned[2] + defaults[2];
        }
        java.util.Collections.sort(fixed);
        java.util.Collections.sort(adaptive);
        double median = adaptive.get(adaptive.size() / 2);
        out.printf(Locale.ROOT, "ratios: default/ideal=%.2f (%.2f-%.2f over %d runs, goal <= 1.15 %s)"
                                + " concurrency=%d/ideal=%.2f (%.2f-%.2f) sequential/ideal=%.2f (1 run, the old"
                                + " default) default/sequential=%.2f throttled=%d (goal 0 %s)%n",
                median, adaptive.get(0), adaptive.get(adaptive.size() - 1), rounds, median <= 1.15 ? "met" : "NOT MET",
                sizes.concurrency(), fixed.get(fixed.size() / 2), fixed.get(0), fixed.get(fixed.size() - 1),
                sequential, median / sequential, throttled, throttled == 0 ? "met" : "NOT MET");
        Batching batching = batching();
        out.println("ratios: " + batching.summary());
        out.println("goals: " + batching.goals());
    }

    /** Advertiser batching: the unbatched baseline, then advertiserBatchSize=5, the same one-page advertisers. */
    Batching batching() throws Exception {
        int advertisers = sizes.batchAdvertisers();
        out.printf(Locale.ROOT, "%n5. Advertiser batching: %d one-page advertisers (today, 4 ad groups each), %d ms a"
                                + " request, TikTok's cap %d QPS, default options otherwise%n", advertisers,
                sizes.latencyMillis(), sizes.qps());
        out.printf(Locale.ROOT, "   %-28s %9s %9s %9s %9s %10s %10s  %s%n", "advertiserBatchSize", "reports",
                "look-ups", "ideal s", "wall s", "wall/ideal", "throttled", "digest");
        BatchRun singles = batchRun(1);
        // the batched pull three times: its median, and the spread
        List<BatchRun> runs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            runs.add(batchRun(5));
        }
        double ideal = runs.get(0).reportRequests / (double) sizes.qps() + sizes.latencyMillis() / 1000.0;
        double[] ratios = runs.stream().mapToDouble(r -> r.wallMillis / 1000.0 / ideal).sorted().toArray();
        BatchRun batched = runs.stream().sorted(java.util.Comparator.comparingLong(BatchRun::wallMillis)).toList()
                .get(1);
        boolean sameRows = runs.stream().allMatch(r -> r.digest.equals(singles.digest));
        long worstRequests = runs.stream().mapToLong(BatchRun::reportRequests).max().orElseThrow();
        long throttled = singles.throttled + singles.errors
                         + runs.stream().mapToLong(r -> r.throttled + r.errors).sum();
        out.printf(Locale.ROOT, "   batched wall/ideal over %d runs: median %.2f, %.2f-%.2f%n", runs.size(), ratios[1],
                ratios[0], ratios[ratios.length - 1]);
        return new Batching(worstRequests, batched.requests - batched.reportRequests,
                (advertisers + 4) / 5, ratios[1], batched.wallMillis / (double) singles.wallMillis, sameRows,
                throttled);
    }

    private record BatchRun(long requests, long reportRequests, long wallMillis, long throttled, long errors,
                            RowDigest digest) {
    }

    private BatchRun batchRun(int batchSize) throws Exception {
        LocalDate today = LocalDate.now();
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withEntities(sizes.batchAdvertisers(), 1, 4, 1).withDays(today.minusDays(3), today)
                .withLatencyMillis(sizes.latencyMillis()).withQpsLimit(sizes.qps()).withRequestJournal(false));
             CamelContext context = rateBoundContext(simulator)) {
            AtomicLong exchanges = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            RowDigest digest = new RowDigest();
            // a rolling window of one day: each advertiser's account day is looked up, as a daily sync does
            String uri = "tiktok-report:adgroup-summary?advertiserId=" + String.join(",", simulator.advertiserIds())
                         + "&lookbackDays=1&advertiserBatchSize=" + batchSize + "&reconcile=off"
                         + "&repeatCount=1&initialDelay=0&bridgeErrorHandler=true";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(e -> errors.incrementAndGet());
                    from(uri).process(e -> {
                        @SuppressWarnings("unchecked")
                        List<Map<String, Object>> rows = e.getIn().getBody(List.class);
                        rows.forEach(digest::add);
                        exchanges.incrementAndGet();
                    });
                }
            });
            long start = System.nanoTime();
            context.start();
            long deadline = start + TimeUnit.MINUTES.toNanos(5);
            while (exchanges.get() < sizes.batchAdvertisers() && errors.get() == 0
                   && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            long requests = simulator.stats().requests();
            long lookups = (sizes.batchAdvertisers() + 99) / 100;
            long reports = requests - lookups;
            double ideal = reports / (double) sizes.qps() + sizes.latencyMillis() / 1000.0;
            out.printf(Locale.ROOT, "   %-28d %9d %9d %9.2f %9.2f %10.2f %10d  %s%n", batchSize, reports, lookups,
                    ideal, wallMillis / 1000.0, wallMillis / 1000.0 / ideal, simulator.stats().throttled(), digest);
            return new BatchRun(requests, reports, wallMillis, simulator.stats().throttled(), errors.get(), digest);
        }
    }

    /**
     * One poll of many advertisers against a slow, capped simulator; returns requests, wall millis, 40100 answers
     * and errors that reached the route.
     *
     * @param concurrency the option's value, or null for the default (adaptive)
     */
    long[] latencyRun(Integer concurrency) throws Exception {
        LocalDate today = LocalDate.now();
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withEntities(sizes.latencyAdvertisers(), 3, 4, 1).withDays(today.minusDays(sizes.latencyDays() - 1),
                        today).withLatencyMillis(sizes.latencyMillis()).withQpsLimit(sizes.qps())
                .withRequestJournal(false));
             CamelContext context = rateBoundContext(simulator)) {
            AtomicLong exchanges = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            String uri = "tiktok-report:adgroup-summary?advertiserId=" + String.join(",", simulator.advertiserIds())
                         + "&startDate=" + today.minusDays(sizes.latencyDays() - 1) + "&endDate=" + today
                         + (concurrency == null ? "" : "&concurrency=" + concurrency) + "&pageSize="
                         + LATENCY_PAGE_SIZE + "&reconcile=off"
                         + "&repeatCount=1&initialDelay=0&bridgeErrorHandler=true";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(e -> errors.incrementAndGet());
                    from(uri).process(e -> exchanges.incrementAndGet());
                }
            });
            long start = System.nanoTime();
            context.start();
            long deadline = start + TimeUnit.MINUTES.toNanos(5);
            while (exchanges.get() < sizes.latencyAdvertisers() && errors.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            long requests = simulator.stats().requests();
            double ideal = idealSeconds();
            out.printf(Locale.ROOT, "   %-28s %9d %7d %9.2f %9.2f %10.2f %10d %12d%n",
                    concurrency == null ? "default (concurrency=0)" : "concurrency=" + concurrency,
                    requests, requests - latencyPages(), ideal, wallMillis / 1000.0, wallMillis / 1000.0 / ideal,
                    simulator.stats().throttled(), errors.get());
            return new long[] { requests, wallMillis, simulator.stats().throttled(), errors.get() };
        }
    }

    /** A context whose component reads the simulator at the app's rate of the run (TikTok's cap). */
    private CamelContext rateBoundContext(TikTokSimulator simulator) {
        CamelContext context = new DefaultCamelContext();
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setAccessToken(simulator.config().accessToken());
        Contenders.tiktokDefaultView(component);
        component.setRequestsPerSecond(sizes.qps());
        return context;
    }
}
