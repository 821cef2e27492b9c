package io.github.cameltiktok.client.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.catalog.ReportKind;

/**
 * What TikTok said about a report besides its rows.
 *
 * @param requestId    request_id of the last page read (of the last task call for asynchronous reports)
 * @param totalNumber  rows TikTok reported, summed over the date chunks and the parts of a split chunk
 * @param pages        pages fetched (task downloads count as one)
 * @param totalMetrics the totals of every row described: TikTok's {@code data.total_metrics} for one chunk; over
 *                     several chunks, advertisers or parts the additive metrics summed and the others null. Null
 *                     when {@code enable_total_metrics} was not asked or a part came without totals (report tasks)
 * @param reconciliation the window compared with TikTok's advertiser total, or null when it was not
 */
public record ReportResult(String requestId, long totalNumber, int pages, Map<String, Object> totalMetrics,
                           Reconciler.Outcome reconciliation) {

    public ReportResult(String requestId, long totalNumber, int pages, Map<String, Object> totalMetrics) {
        this(requestId, totalNumber, pages, totalMetrics, null);
    }

    /** The same result with its window's reconciliation. */
    public ReportResult withReconciliation(Reconciler.Outcome outcome) {
        return new ReportResult(requestId, totalNumber, pages, totalMetrics, outcome);
    }

    /**
     * The result of two disjoint parts of one report (date chunks, id parts, advertisers): counts and additive totals
     * summed, the later one's request id.
     */
    public static ReportResult combine(ReportResult earlier, ReportResult later) {
        if (earlier == null) {
            return later;
        }
        if (later == null) {
            return earlier;
        }
        return new ReportResult(later.requestId != null ? later.requestId : earlier.requestId,
                earlier.totalNumber + later.totalNumber, earlier.pages + later.pages,
                combineTotals(earlier, later),
                Reconciler.Outcome.combine(earlier.reconciliation, later.reconciliation));
    }

    private static Map<String, Object> combineTotals(ReportResult earlier, ReportResult later) {
        // an empty part may come without totals: it adds nothing
        if (earlier.totalMetrics == null && earlier.totalNumber == 0) {
            return later.totalMetrics;
        }
        if (later.totalMetrics == null && later.totalNumber == 0) {
            return earlier.totalMetrics;
        }
        if (earlier.totalMetrics == null || later.totalMetrics == null) {
            return null;
        }
        Map<String, Object> sums = new LinkedHashMap<>();
        earlier.totalMetrics.keySet().forEach(name -> sums.put(name, null));
        later.totalMetrics.keySet().forEach(name -> sums.put(name, null));
        for (String name : sums.keySet()) {
            if (ReportKind.isAdditiveMetric(name)) {
                sums.put(name, MetricValues.sum(earlier.totalMetrics.get(name), later.totalMetrics.get(name)));
            }
        }
        return Collections.unmodifiableMap(sums);
    }
}
