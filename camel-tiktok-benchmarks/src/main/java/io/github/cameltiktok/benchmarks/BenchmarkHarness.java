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

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * The benchmarks of docs/benchmarks.md, in one run against one local simulator:
 * <ol>
 * <li>throughput on one large report: (a) JDK HttpClient + Jackson streaming, (b) a hand-written camel-http route,
 * (c) the component as producer, batch consumer and splitRows consumer;</li>
 * <li>memory: the splitRows consumer on the same report in a JVM with {@code -Xmx128m};</li>
 * <li>a latency-bound pull of many advertisers against a slow simulator with a QPS cap.</li>
 * </ol>
 * {@code --full} (the command in docs/benchmarks.md) reads a 1,000,000-row report; {@code --smoke} (the test suite) a few
 * thousand rows, so that the harness cannot rot.
 */
public final class BenchmarkHarness {

    /** The sizes of one run. */
    record Sizes(int campaigns, int adgroupsPerCampaign, int days, int warmupDays, int repeats,
                 int latencyAdvertisers, int latencyDays, long latencyMillis, int qps, int concurrency,
                 int memoryHeapMib, int batchAdvertisers) {

        long rows() {
            return (long) campaigns * adgroupsPerCampaign * days;
        }
    }

    static final Sizes FULL = new Sizes(100, 100, 100, 10, 5, 50, 30, 500, 10, 8, 128, 200);
    /** 100,000 rows: more than a 32 MiB heap could hold, so a consumer that kept its rows fails the smoke run. */
    static final Sizes SMOKE = new Sizes(25, 100, 40, 5, 2, 5, 30, 20, 10, 4, 32, 10);

    /** What a run measured; the last line of the output sums it up. */
    record Outcome(Map<String, Double> rowsPerSecond, double cpuToRaw, double wallToPipelined,
                   double componentToHandwritten, boolean heapOk, long peakHeapBytes, long liveMib,
                   double latencyToIdeal, long throttled, long routeErrors, double startupMillis, boolean digestsEqual,
                   double serverBusy, double defaultToIdeal, PacingBench.Batching batching, double splitRowsCpuToBatch) {

        String summary() {
            return String.format(Locale.ROOT, "ratios: cpu/raw=%.2f wall/raw-pipelined=%.2f component/handwritten=%.2f"
                                              + " live-mib=%d latency/ideal=%.2f throttled=%d startup-ms=%d digest=%s"
                                              + " server-busy=%.2f default/ideal=%.2f %s splitrows-cpu/batch=%.2f",
                    cpuToRaw, wallToPipelined, componentToHandwritten,
                    liveMib, latencyToIdeal, throttled + routeErrors, Math.round(startupMillis),
                    digestsEqual ? "equal" : "differ",
                    serverBusy, defaultToIdeal, batching.summary(), splitRowsCpuToBatch);
        }

        /** Each goal of the benchmark issue, met or not. */
        String goals() {
            return String.format(Locale.ROOT, "goals: cpu/raw<=1.3 %s, wall/raw-pipelined>=0.9 %s,"
                                              + " component/handwritten>=2 %s, live-mib<=32 %s, latency/ideal<=1.1 %s,"
                                              + " throttled=0 %s, startup-ms<50 %s, digest=equal %s, server-busy<=0.3 %s,"
                                              + " default/ideal<=1.15 %s, %s, splitrows-cpu/batch<=1.3 %s",
                    met(cpuToRaw <= 1.3), met(wallToPipelined >= 0.9), met(componentToHandwritten >= 2),
                    met(liveMib <= 32), met(latencyToIdeal <= 1.1), met(throttled + routeErrors == 0),
                    met(startupMillis < 50), met(digestsEqual), met(serverBusy <= 0.3), met(defaultToIdeal <= 1.15),
                    batching.goals(), met(splitRowsCpuToBatch <= 1.3));
        }

        static String met(boolean met) {
            return met ? "met" : "NOT MET";
        }
    }

    private final Sizes sizes;
    private final PrintStream out;
    /** The live set the last memory run printed. */
    private String lastLiveSet = "?";
    // the figures of the ratios line, filled as the run goes
    private double cpuToRaw;
    private double wallToPipelined;
    private double componentToFloor;
    private double splitRowsCpuToBatch;
    private double serverBusy;
    private double startupDifferenceMillis;

    BenchmarkHarness(Sizes sizes, PrintStream out) {
        this.sizes = sizes;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Sizes sizes = List.of(args).contains("--smoke") ? SMOKE : FULL;
        if (List.of(args).contains("--latency")) {
            new PacingBench(sizes, System.out).latencyOnly(3);
            return;
        }
        Outcome outcome = new BenchmarkHarness(sizes, System.out).run();
        System.exit(outcome.heapOk() ? 0 : 1);
    }

    Outcome run() throws Exception {
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Map<String, Double> rates = new LinkedHashMap<>();
        boolean heapOk;
        long peakHeap;
        LocalDate last = LocalDate.now().minusDays(1);
        LocalDate first = last.minusDays(sizes.days() - 1);
        double componentToRaw;
        double componentToHandwritten;
        double componentParallelToRaw;
        try (ServerProcess server = ServerProcess.start(sizes, first, last, out)) {
            Contenders.Report report = new Contenders.Report(server.baseUrl(), server.token(), server.advertiserId(),
                    first, last);
            long expected = sizes.rows();
            String parallel = "concurrency=" + sizes.concurrency();
            Map<String, Pull> contenders = new LinkedHashMap<>();
            List<byte[]> pagesInMemory = Contenders.pages(report);
            contenders.put(FLOOR, () -> Contenders.parseOnly(pagesInMemory, report.advertiserId()));
            contenders.put(RAW, () -> Contenders.rawTyped(report));
            contenders.put(PIPELINED, () -> Contenders.rawPipelined(report));
            contenders.put(HANDWRITTEN, () -> Contenders.handwritten(report));
            contenders.put("(c) component producer", () -> Contenders.componentProducer(report, ""));
            contenders.put("(c) component consumer, batch", () -> Contenders.componentConsumer(report, "", expected));
            contenders.put("(c) component consumer, splitRows",
                    () -> Contenders.componentConsumer(report, "splitRows=true", expected));
            contenders.put("(c') component producer, " + parallel,
                    () -> Contenders.componentProducer(report, parallel));
            contenders.put("(c') component consumer, batch, " + parallel,
                    () -> Contenders.componentConsumer(report, parallel, expected));

            out.printf(Locale.ROOT, "%n1. Throughput: one report of %,d rows (%d ad groups x %d days, %d rows a page,"
                                    + " %d metrics), served from memory by a server JVM of its own%s; every contender"
                                    + " warmed up once, then %d interleaved rounds%n", expected,
                    sizes.campaigns() * sizes.adgroupsPerCampaign(), sizes.days(), Contenders.PAGE_SIZE,
                    Contenders.METRICS.size(), server.pinned() ? " (pinned to core 0, this JVM to core 1)" : "",
                    sizes.repeats());
            out.println("   digest of the server's rows: " + server.digest());
            Map<String, List<Run>> runs = new LinkedHashMap<>();
            for (Map.Entry<String, Pull> contender : contenders.entrySet()) {
                check(contender.getKey(), contender.getValue().digest(), server.digest());
                runs.put(contender.getKey(), new ArrayList<>());
            }
            server.mark();
            List<String> order = new ArrayList<>(contenders.keySet());
            for (int round = 0; round < sizes.repeats(); round++) {
                // rotate the order, so that no contender always runs first (or after the same one)
                for (int i = 0; i < order.size(); i++) {
                    String name = order.get((i + round) % order.size());
                    Run run = Run.measure(contenders.get(name));
                    check(name, run.digest(), server.digest());
                    runs.get(name).add(run);
                }
            }
            out.printf(Locale.ROOT, "   %-52s %9s %15s %10s %11s %8s%n", "contender", "median s", "min-max s",
                    "rows/s", "CPU ns/row", "GC ms");
            runs.forEach((name, list) -> {
                double wall = median(list.stream().mapToDouble(Run::seconds).toArray());
                rates.put(name, expected / wall);
                out.printf(Locale.ROOT, "   %-52s %9.2f %7.2f-%-7.2f %,10.0f %,11.0f %8.0f%n", name, wall,
                        list.stream().mapToDouble(Run::seconds).min().orElseThrow(),
                        list.stream().mapToDouble(Run::seconds).max().orElseThrow(), expected / wall,
                        median(list.stream().mapToDouble(r -> r.cpuNanos() / (double) expected).toArray()),
                        median(list.stream().mapToDouble(Run::gcMillis).toArray()));
            });
            String serverStats = server.stats();
            out.println("   server (rendering nothing, serving from memory): " + serverStats);
            // each ratio is the median of the per-round ratios, per way of using the component; the component's figure
            // is its slowest default way's median (the worst of three noisy samples per round would pick outliers)
            componentToRaw = perRound(runs, RAW, "(c) ");
            componentToHandwritten = perRound(runs, HANDWRITTEN, "(c) ");
            componentParallelToRaw = perRound(runs, RAW, "(c') ");
            double cpuRatio = componentWays(runs, "(c) ").stream().mapToDouble(way -> median(rounds(runs).stream()
                    .mapToDouble(r -> r.get(way).cpuNanos() / (double) r.get(RAW).cpuNanos()).toArray()))
                    .max().orElseThrow();
            cpuToRaw = cpuRatio;
            wallToPipelined = perRound(runs, PIPELINED, "(c) ");
            componentToFloor = 1 / perRound(runs, FLOOR, "(c) ");
            splitRowsCpuToBatch = median(rounds(runs).stream().mapToDouble(r -> r.get("(c) component consumer,"
                    + " splitRows").cpuNanos() / (double) r.get("(c) component consumer, batch").cpuNanos()).toArray());
            serverBusy = Double.parseDouble(serverStats.replaceAll(".*cpuMillis=(\\d+).*", "$1"))
                         / Double.parseDouble(serverStats.replaceAll(".*wallMillis=(\\d+).*", "$1"));
            out.printf(Locale.ROOT, "   component (slowest default way) / raw-typed: throughput %.2f, CPU per row %.2f;"
                                    + " / hand-written: throughput %.2f; with %s / raw-typed: %.2f%n", componentToRaw,
                    cpuRatio, componentToHandwritten, parallel, componentParallelToRaw);

            out.printf(Locale.ROOT, "%n2. Memory: the splitRows consumer on the same report in a JVM with -Xmx%dm%n",
                    sizes.memoryHeapMib());
            long[] memory = memoryRun(report, expected);
            heapOk = memory[0] == 0;
            peakHeap = memory[1];
            out.printf(Locale.ROOT, "   %s, peak heap %.1f MiB of %d MiB (garbage included); live set after a full"
                                    + " GC at each tenth of the rows, MiB: %s%n", heapOk ? "completed" : "FAILED",
                    peakHeap / 1048576.0, sizes.memoryHeapMib(), lastLiveSet);

            out.printf(Locale.ROOT, "%n3. Start-up: a route starting from a tiktok-report consumer vs the same route from"
                                    + " a timer, fresh Camel context each, median of 5 (this JVM, already warm)%n");
            double tiktokStart = startMillis("tiktok-report:adgroup-summary?initialDelay=3600000&advertiserId="
                                             + report.advertiserId() + "&startDate=" + first + "&endDate=" + last,
                    report);
            double timerStart = startMillis("timer:report?delay=3600000", report);
            out.printf(Locale.ROOT, "   tiktok-report %.1f ms, timer %.1f ms: %.2f×%n", tiktokStart, timerStart,
                    tiktokStart / timerStart);
            startupDifferenceMillis = tiktokStart - timerStart;
        }

        out.printf(Locale.ROOT, "%n4. Latency-bound: %d advertisers x %d days, %d ms a request, TikTok's cap %d QPS,"
                                + " requestsPerSecond=%d%n", sizes.latencyAdvertisers(), sizes.latencyDays(),
                sizes.latencyMillis(), sizes.qps(), sizes.qps());
        out.printf(Locale.ROOT, "   %-28s %9s %7s %9s %9s %10s %10s %12s%n", "consumer", "requests", "extra",
                "ideal s", "wall s", "wall/ideal", "throttled", "route errors");
        PacingBench pacing = new PacingBench(sizes, out);
        long[] sequential = pacing.latencyRun(1);
        long[] concurrent = pacing.latencyRun(sizes.concurrency());
        long[] defaults = pacing.latencyRun(null);
        double latencyToIdeal = concurrent[1] / 1000.0 / pacing.idealSeconds();
        double defaultToIdeal = defaults[1] / 1000.0 / pacing.idealSeconds();
        out.printf(Locale.ROOT, "   default options (concurrency=0, adaptive): wall/ideal=%.2f (goal <= 1.15 %s)%n",
                defaultToIdeal, defaultToIdeal <= 1.15 ? "met" : "NOT MET");
        PacingBench.Batching batching = pacing.batching();

        long liveMib = java.util.Arrays.stream(lastLiveSet.split(",")).filter(v -> v.matches("\\d+"))
                .mapToLong(Long::parseLong).max().orElse(-1);
        Outcome outcome = new Outcome(rates, cpuToRaw, wallToPipelined, componentToHandwritten, heapOk, peakHeap,
                liveMib, latencyToIdeal, sequential[2] + concurrent[2], sequential[3] + concurrent[3],
                startupDifferenceMillis, true, serverBusy, defaultToIdeal, batching, splitRowsCpuToBatch);
        out.printf(Locale.ROOT, "%n   component / parse-only floor: %.2f (goal <= 1.25 %s); splitRows / batch consumer"
                                + " CPU per row: %.2f (goal <= 1.3 %s)%n", componentToFloor,
                componentToFloor <= 1.25 ? "met" : "NOT MET", splitRowsCpuToBatch,
                splitRowsCpuToBatch <= 1.3 ? "met" : "NOT MET");
        out.println("   " + outcome.goals());
        out.println(outcome.summary());
        return outcome;
    }

    static final String FLOOR = "(p) parse-only: the pages in memory, parsed and typed";
    static final String RAW = "(a) raw-typed: JDK HttpClient + Jackson streaming";
    static final String PIPELINED = "(a') raw-typed, 2 pages in flight";
    static final String HANDWRITTEN = "(b) hand-written camel-http route + Jackson";

    @FunctionalInterface
    interface Pull {
        RowDigest digest() throws Exception;
    }

    /** One timed pull: wall time, this JVM's CPU time and GC time, and what it delivered. */
    record Run(double seconds, long cpuNanos, long gcMillis, RowDigest digest) {

        static Run measure(Pull pull) throws Exception {
            System.gc();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long gc = collectorMillis();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            RowDigest digest = pull.digest();
            long nanos = System.nanoTime() - start;
            return new Run(nanos / 1e9, os.getProcessCpuTime() - cpu, collectorMillis() - gc, digest);
        }

        private static long collectorMillis() {
            return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }

    /** Median time, in milliseconds, to start a fresh context with one route from the given endpoint. */
    private static double startMillis(String from, Contenders.Report report) throws Exception {
        double[] millis = new double[5];
        for (int i = 0; i < millis.length; i++) {
            try (CamelContext context = Contenders.context(report)) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from(from).to("log:rows?level=OFF");
                    }
                });
                long start = System.nanoTime();
                context.start();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        return median(millis);
    }

    /** A contender that delivered other rows than the server holds fails the run. */
    private static void check(String name, RowDigest digest, RowDigest expected) {
        if (!digest.equals(expected)) {
            throw new IllegalStateException(name + " delivered " + digest + ", the server holds " + expected);
        }
    }

    /** The runs of each round, by contender. */
    private static List<Map<String, Run>> rounds(Map<String, List<Run>> runs) {
        List<Map<String, Run>> rounds = new ArrayList<>();
        int count = runs.values().iterator().next().size();
        for (int i = 0; i < count; i++) {
            Map<String, Run> round = new LinkedHashMap<>();
            int index = i;
            runs.forEach((name, list) -> round.put(name, list.get(index)));
            rounds.add(round);
        }
        return rounds;
    }

    /**
     * A throughput ratio: per way of using the component, the median over rounds of baseline time / its time; the
     * slowest way's median.
     */
    private static double perRound(Map<String, List<Run>> runs, String baseline, String componentPrefix) {
        return componentWays(runs, componentPrefix).stream().mapToDouble(way -> median(rounds(runs).stream()
                .mapToDouble(round -> round.get(baseline).seconds() / round.get(way).seconds()).toArray()))
                .min().orElseThrow();
    }

    private static List<String> componentWays(Map<String, List<Run>> runs, String componentPrefix) {
        return runs.keySet().stream().filter(name -> name.startsWith(componentPrefix)).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs {@link MemoryRun} in a JVM with a 128 MiB heap; returns its exit code and peak heap. */
    private long[] memoryRun(Contenders.Report report, long expected) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx" + sizes.memoryHeapMib() + "m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
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
                    lastLiveSet = line.replaceAll(".*liveMiB=(\\S+).*", "$1");
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
}
