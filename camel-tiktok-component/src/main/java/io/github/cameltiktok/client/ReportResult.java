package io.github.cameltiktok.client;

import java.util.Map;

/**
 * What TikTok said about a report besides its rows.
 *
 * @param requestId      request_id of the last page read
 * @param totalNumber    rows TikTok reported, summed over the date chunks
 * @param pages          pages fetched
 * @param totalMetrics   {@code data.total_metrics} of the last chunk when {@code enable_total_metrics} was asked, else null
 * @param adsThrottle    the {@code X-Tt-Ads-Throttle} warning (result truncated by TikTok), else null
 */
public record ReportResult(String requestId, long totalNumber, int pages, Map<String, Object> totalMetrics,
        String adsThrottle) {

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
                later.totalMetrics != null ? later.totalMetrics : earlier.totalMetrics,
                later.adsThrottle != null ? later.adsThrottle : earlier.adsThrottle);
    }
}
