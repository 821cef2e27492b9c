package io.github.cameltiktok.client;

import java.util.Map;

/**
 * What TikTok said about a report besides its rows.
 *
 * @param requestId    request_id of the last page read (of the last task call for asynchronous reports)
 * @param totalNumber  rows TikTok reported, summed over the date chunks and the parts of a split chunk
 * @param pages        pages fetched (task downloads count as one)
 * @param totalMetrics {@code data.total_metrics} of the last chunk when {@code enable_total_metrics} was asked and
 *                     TikTok answered it (synchronous reads only), else null
 */
public record ReportResult(String requestId, long totalNumber, int pages, Map<String, Object> totalMetrics) {

    /** The result of two consecutive parts of one report (date chunks, advertisers): the later one's ids win. */
    public static ReportResult combine(ReportResult earlier, ReportResult later) {
        if (earlier == null) {
            return later;
        }
        if (later == null) {
            return earlier;
        }
        return new ReportResult(later.requestId != null ? later.requestId : earlier.requestId,
                earlier.totalNumber + later.totalNumber, earlier.pages + later.pages,
                later.totalMetrics != null ? later.totalMetrics : earlier.totalMetrics);
    }
}
