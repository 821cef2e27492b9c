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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;

/**
 * Run in a JVM of its own with a small heap ({@code -Xmx128m}): the consumer with {@code splitRows=true} reads the
 * whole report from a simulator running in the parent process, and prints the rows and the peak heap.
 * Arguments: baseUrl token advertiserId startDate endDate expectedRows.
 */
public final class MemoryRun {

    private MemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        Contenders.Report report = new Contenders.Report(args[0], args[1], args[2], LocalDate.parse(args[3]),
                LocalDate.parse(args[4]));
        long expected = Long.parseLong(args[5]);
        // the live set (heap in use right after a full collection) each time another tenth of the rows has passed:
        // flat if the consumer keeps nothing of what it delivered
        long[] live = new long[11];
        java.util.concurrent.atomic.AtomicInteger tenths = new java.util.concurrent.atomic.AtomicInteger();
        long rows = Contenders.componentConsumer(report, "splitRows=true", expected, delivered -> {
            int tenth = (int) (delivered * 10 / expected);
            while (tenths.get() < tenth && tenths.get() < 10) {
                int t = tenths.incrementAndGet();
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                live[t] = runtime.totalMemory() - runtime.freeMemory();
            }
        }).rows();
        StringBuilder liveSet = new StringBuilder();
        for (int t = 1; t <= 10; t++) {
            liveSet.append(t == 1 ? "" : ",").append(live[t] >> 20);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long max = Runtime.getRuntime().maxMemory();
        System.out.println("memory-run rows=" + rows + " peakHeapBytes=" + peak + " maxHeapBytes=" + max
                           + " liveMiB=" + liveSet);
        System.exit(rows == expected ? 0 : 1);
    }
}
