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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short run of the whole harness, so that it cannot rot: every contender delivers the server's rows exactly (the
 * harness compares digests and throws otherwise), the 128 MiB run completes, the latency-bound pull sees no throttling. Timings are printed, never
 * asserted.
 */
class BenchmarkSmokeTest {

    @Test
    void smokeRunPrintsTheTableAndTheSummaryLine() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        BenchmarkHarness.Outcome outcome = new BenchmarkHarness(BenchmarkHarness.SMOKE,
                new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
        String printed = buffer.toString(StandardCharsets.UTF_8);
        System.out.println(printed);

        assertThat(outcome.rowsPerSecond()).hasSize(9).allSatisfy((name, rate) -> assertThat(rate).isPositive());
        assertThat(outcome.heapOk()).isTrue();
        assertThat(outcome.liveMib()).isPositive().isLessThanOrEqualTo(32);
        // 100,000 rows streamed through a 32 MiB heap: a consumer that kept its rows would run out of memory
        assertThat(outcome.peakHeapBytes()).isPositive().isLessThanOrEqualTo(32L << 20);
        // throttled answers are a finding the harness prints (goal 0), not a condition of this test: on a loaded
        // machine a late thread can still meet TikTok's window edge, and the answer is retried
        assertThat(outcome.routeErrors()).isZero();
        String[] lines = printed.strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("ratios: cpu/raw=\\d+\\.\\d\\d wall/raw-pipelined=\\d+\\.\\d\\d"
                + " component/handwritten=\\d+\\.\\d\\d live-mib=\\d+ latency/ideal=\\d+\\.\\d\\d throttled=\\d+"
                + " startup-ms=-?\\d+ digest=equal server-busy=\\d+\\.\\d\\d default/ideal=\\d+\\.\\d\\d"
                + " batch-requests=2/2 batch/ideal=\\d+\\.\\d\\d batch/unbatched=\\d+\\.\\d\\d batch-digest=equal"
                + " batch-throttled=\\d+ splitrows-cpu/batch=\\d+\\.\\d\\d");
        assertThat(printed).contains("(p) parse-only", "goals: cpu/raw<=1.3 ", "(a) raw-typed", "(a') raw-typed, 2 pages in flight", "(b) hand-written",
                "(c) component consumer, splitRows", "concurrency=1", "concurrency=4", "digest of the server's rows: rows=100000",
                "server (rendering nothing, serving from memory): cpuMillis=", "live set after a full GC",
                "3. Start-up: ", "4. Latency-bound", "5. Advertiser batching");
    }
}
