package io.github.cameltiktok.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The benchmarks of the README, in one run against one local simulator:
 * <ol>
 * <li>throughput on one large report: (a) JDK HttpClient + Jackson streaming, (b) a hand-written camel-http route,
 * (c) the component as producer, batch consumer and splitRows consumer;</li>
 * <li>memory: the splitRows consumer on the same report in a JVM with {@code -Xmx128m};</li>
 * <li>a latency-bound pull of many advertisers against a slow simulator with a QPS cap.</li>
 * </ol>
 * {@code --full} (the README's command) reads a 1,000,000-row report; {@code --smoke} (the test suite) a few
 * thousand rows, so that the harness cannot rot.
 */
public final class BenchmarkHarness {

    /** The sizes of one run. */
    record Sizes(int campaigns, int adgroupsPerCampaign, int days, int warmupDays, int repeats,
                 int latencyAdvertisers, int latencyDays, long latencyMillis, int qps, int concurrency) {

        long rows() {
            return (long) campaigns * adgroupsPerCampaign * days;
        }
    }

    static final Sizes FULL = new Sizes(100, 100, 100, 10, 3, 50, 30, 100, 10, 8);
    static final Sizes SMOKE = new Sizes(10, 10, 40, 5, 1, 5, 30, 20, 10, 4);

    /** What a run measured; the last line of the output sums it up. */
    record Outcome(Map<String, Double> rowsPerSecond, double componentToRaw, double componentToHandwritten,
                   boolean heap128Ok, long peakHeapBytes, double latencyToIdeal, long throttled, long routeErrors) {

        String summary() {
            return String.format(Locale.ROOT,
                    "ratios: component/raw=%.2f component/handwritten=%.2f heap128=%s latency/ideal=%.2f throttled=%d",
                    componentToRaw, componentToHandwritten, heap128Ok ? "ok" : "FAILED", latencyToIdeal,
                    throttled + routeErrors);
        }
    }

    private final Sizes sizes;
    private final PrintStream out;

    BenchmarkHarness(Sizes sizes, PrintStream out) {
        this.sizes = sizes;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Sizes sizes = List.of(args).contains("--smoke") ? SMOKE : FULL;
        Outcome outcome = new BenchmarkHarness(sizes, System.out).run();
        System.exit(outcome.heap128Ok() ? 0 : 1);
    }

    Outcome run() throws Exception {
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Double> rates = new LinkedHashMap<>();
        boolean heapOk;
        long peakHeap;
        LocalDate last = LocalDate.now().minusDays(1);
        LocalDate first = last.minusDays(sizes.days() - 1);
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults()
                .withEntities(1, sizes.campaigns(), sizes.adgroupsPerCampaign(), 1)
                .withDays(first, last).withQpsLimit(0).withRequestJournal(false))) {
            Contenders.Report report = new Contenders.Report(simulator.baseUrl(), simulator.config().accessToken(),
                    simulator.advertiserIds().get(0), first, last);
            Contenders.Report warmup = new Contenders.Report(report.baseUrl(), report.token(), report.advertiserId(),
                    first, first.plusDays(sizes.warmupDays() - 1));
            long expected = sizes.rows();
            out.printf(Locale.ROOT, "%n1. Throughput: one report of %,d rows (%d ad groups x %d days, %d rows a page,"
                                    + " %d metrics), best of %d%n", expected,
                    sizes.campaigns() * sizes.adgroupsPerCampaign(), sizes.days(), Contenders.PAGE_SIZE,
                    Contenders.METRICS.size(), sizes.repeats());
            out.printf(Locale.ROOT, "   %-52s %12s %10s %12s%n", "contender", "rows", "seconds", "rows/s");
            rates.put("(a) raw: JDK HttpClient + Jackson streaming",
                    measure("(a) raw: JDK HttpClient + Jackson streaming", expected,
                            () -> Contenders.raw(warmup), () -> Contenders.raw(report)));
            rates.put("(b) hand-written camel-http route + Jackson",
                    measure("(b) hand-written camel-http route + Jackson", expected,
                            () -> Contenders.handwritten(warmup), () -> Contenders.handwritten(report)));
            rates.put("(c) component producer",
                    measure("(c) component producer", expected,
                            () -> Contenders.componentProducer(warmup, ""),
                            () -> Contenders.componentProducer(report, "")));
            rates.put("(c) component consumer, batch",
                    measure("(c) component consumer, batch", expected,
                            () -> Contenders.componentConsumer(warmup, "", warmupRows(warmup)),
                            () -> Contenders.componentConsumer(report, "", expected)));
            rates.put("(c) component consumer, splitRows",
                    measure("(c) component consumer, splitRows", expected,
                            () -> Contenders.componentConsumer(warmup, "splitRows=true", warmupRows(warmup)),
                            () -> Contenders.componentConsumer(report, "splitRows=true", expected)));

            // the same, with the date chunks read in parallel: TikTok's answer is generated while the last one is
            // parsed (not counted in the summary line, which uses the default configuration)
            String parallel = "concurrency=" + sizes.concurrency();
            rates.put("(c') component producer, " + parallel,
                    measure("(c') component producer, " + parallel, expected,
                            () -> Contenders.componentProducer(warmup, parallel),
                            () -> Contenders.componentProducer(report, parallel)));
            rates.put("(c') component consumer, batch, " + parallel,
                    measure("(c') component consumer, batch, " + parallel, expected,
                            () -> Contenders.componentConsumer(warmup, parallel, warmupRows(warmup)),
                            () -> Contenders.componentConsumer(report, parallel, expected)));

            out.printf(Locale.ROOT, "%n2. Memory: the splitRows consumer on the same report in a JVM with -Xmx128m%n");
            long[] memory = memoryRun(report, expected);
            heapOk = memory[0] == 0;
            peakHeap = memory[1];
            out.printf(Locale.ROOT, "   %s, peak heap %.1f MiB of 128 MiB%n", heapOk ? "completed" : "FAILED",
                    peakHeap / 1048576.0);
        }

        double raw = rates.get("(a) raw: JDK HttpClient + Jackson streaming");
        double handwritten = rates.get("(b) hand-written camel-http route + Jackson");
        // the component's figure is its slowest way of reading in the default configuration
        double component = rates.entrySet().stream().filter(e -> e.getKey().startsWith("(c)"))
                .mapToDouble(Map.Entry::getValue).min().orElseThrow();
        double componentParallel = rates.entrySet().stream().filter(e -> e.getKey().startsWith("(c')"))
                .mapToDouble(Map.Entry::getValue).min().orElseThrow();

        out.printf(Locale.ROOT, "%n3. Latency-bound: %d advertisers x %d days, %d ms a request, TikTok's cap %d QPS,"
                                + " requestsPerSecond=%d%n", sizes.latencyAdvertisers(), sizes.latencyDays(),
                sizes.latencyMillis(), sizes.qps(), sizes.qps());
        out.printf(Locale.ROOT, "   %-28s %9s %9s %9s %10s %10s %12s%n", "consumer", "requests", "ideal s", "wall s",
                "wall/ideal", "throttled", "route errors");
        long[] sequential = latencyRun(1);
        long[] concurrent = latencyRun(sizes.concurrency());
        double ideal = concurrent[0] / (double) sizes.qps();
        double latencyToIdeal = concurrent[1] / 1000.0 / ideal;

        Outcome outcome = new Outcome(rates, component / raw, component / handwritten, heapOk, peakHeap,
                latencyToIdeal, concurrent[2], concurrent[3]);
        out.printf(Locale.ROOT, "%n   component, default configuration (slowest of its three ways): / raw = %.2f,"
                                + " / hand-written = %.2f%n", outcome.componentToRaw(), outcome.componentToHandwritten());
        out.printf(Locale.ROOT, "   component with concurrency=%d (slowest of its two ways): / raw = %.2f,"
                                + " / hand-written = %.2f%n", sizes.concurrency(), componentParallel / raw,
                componentParallel / handwritten);
        out.printf(Locale.ROOT, "   latency-bound wall/ideal: concurrency=1 %.2f, concurrency=%d %.2f%n",
                sequential[1] / 1000.0 / (sequential[0] / (double) sizes.qps()), sizes.concurrency(), latencyToIdeal);
        out.println(outcome.summary());
        return outcome;
    }

    @FunctionalInterface
    interface Pull {
        long rows() throws Exception;
    }

    /** Warms the contender up on a small window, then runs it {@code repeats} times: the best rows per second. */
    private double measure(String name, long expected, Pull warmup, Pull pull) throws Exception {
        warmup.rows();
        double best = 0;
        long bestNanos = 0;
        for (int i = 0; i < sizes.repeats(); i++) {
            System.gc();
            long start = System.nanoTime();
            long rows = pull.rows();
            long nanos = System.nanoTime() - start;
            if (rows != expected) {
                throw new IllegalStateException(name + " read " + rows + " rows, expected " + expected);
            }
            double rate = rows / (nanos / 1e9);
            if (rate > best) {
                best = rate;
                bestNanos = nanos;
            }
        }
        out.printf(Locale.ROOT, "   %-52s %,12d %10.2f %,12.0f%n", name, expected, bestNanos / 1e9, best);
        return best;
    }

    private long warmupRows(Contenders.Report warmup) {
        return (long) sizes.campaigns() * sizes.adgroupsPerCampaign() * sizes.warmupDays();
    }

    /** Runs {@link MemoryRun} in a JVM with a 128 MiB heap; returns its exit code and peak heap. */
    private long[] memoryRun(Contenders.Report report, long expected) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                MemoryRun.class.getName(), report.baseUrl(), report.token(), report.advertiserId(),
                report.start().toString(), report.end().toString(), Long.toString(expected))
                .redirectErrorStream(true).start();
        long peak = -1;
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("memory-run ")) {
                    peak = Long.parseLong(line.replaceAll(".*peakHeapBytes=(\\d+).*", "$1"));
                }
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        int exit = process.exitValue();
        if (exit != 0) {
            lines.stream().skip(Math.max(0, lines.size() - 20)).forEach(l -> out.println("   | " + l));
        }
        return new long[] { exit, peak };
    }

    /**
     * One poll of many advertisers against a slow, capped simulator; returns requests, wall millis, 40100 answers
     * and errors that reached the route.
     */
    private long[] latencyRun(int concurrency) throws Exception {
        LocalDate today = LocalDate.now();
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults()
                .withEntities(sizes.latencyAdvertisers(), 3, 4, 1).withDays(today.minusDays(sizes.latencyDays() - 1),
                        today).withLatencyMillis(sizes.latencyMillis()).withQpsLimit(sizes.qps())
                .withRequestJournal(false));
             CamelContext context = new DefaultCamelContext()) {
            TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
            component.getConfiguration().setBaseUrl(simulator.baseUrl());
            component.getConfiguration().setAccessToken(simulator.config().accessToken());
            component.setRequestsPerSecond(sizes.qps());
            AtomicLong exchanges = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            String uri = "tiktok-report:adgroup-summary?advertiserId=" + String.join(",", simulator.advertiserIds())
                         + "&startDate=" + today.minusDays(sizes.latencyDays() - 1) + "&endDate=" + today
                         + "&concurrency=" + concurrency + "&repeatCount=1&initialDelay=0&bridgeErrorHandler=true";
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
            double ideal = requests / (double) sizes.qps();
            out.printf(Locale.ROOT, "   %-28s %9d %9.2f %9.2f %10.2f %10d %12d%n", "concurrency=" + concurrency,
                    requests, ideal, wallMillis / 1000.0, wallMillis / 1000.0 / ideal, simulator.stats().throttled(),
                    errors.get());
            return new long[] { requests, wallMillis, simulator.stats().throttled(), errors.get() };
        }
    }
}
