package io.github.cameltiktok.client;

import java.util.List;
import java.util.Map;

/**
 * What to report, independent of advertiser and dates: the resolved, immutable parameters of one TikTok
 * report, read synchronously or by a report task.
 *
 * @param filtering       the {@code filtering} JSON array as the user wrote it, or null
 * @param extraParameters free request parameters passed through unchanged (the "Add Field" of no-code tools)
 */
public record ReportRequest(
        String serviceType,
        String reportType,
        String dataLevel,
        List<String> dimensions,
        List<String> metrics,
        String filtering,
        String orderField,
        String orderType,
        boolean queryLifetime,
        boolean enableTotalMetrics,
        Map<String, String> extraParameters,
        int pageSize) {

    public ReportRequest {
        dimensions = List.copyOf(dimensions);
        metrics = List.copyOf(metrics);
        extraParameters = Map.copyOf(extraParameters);
    }

    /** The same report with other filters (a part of a report split by ids). */
    public ReportRequest withFiltering(String otherFiltering) {
        return new ReportRequest(serviceType, reportType, dataLevel, dimensions, metrics, otherFiltering, orderField,
                orderType, queryLifetime, enableTotalMetrics, extraParameters, pageSize);
    }
}
