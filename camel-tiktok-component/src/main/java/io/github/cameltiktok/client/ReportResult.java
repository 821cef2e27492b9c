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
}
