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
