package io.github.cameltiktok;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.github.cameltiktok.client.DateWindow;
import io.github.cameltiktok.client.ReportResult;
import org.apache.camel.Message;

/**
 * The rows of one or more advertisers for one window, and what TikTok said about them; producer and consumer both
 * read reports through it and copy it to a message the same way.
 */
final class ReportFetch {

    private final List<String> advertiserIds;
    private final DateWindow window;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private String requestId;
    private long totalNumber;
    private Map<String, Object> totalMetrics;
    private String adsThrottle;

    private ReportFetch(List<String> advertiserIds, DateWindow window) {
        this.advertiserIds = advertiserIds;
        this.window = window;
    }

    /**
     * Reads every page of every advertiser; rows are tagged with {@code advertiser_id} when {@code tagAdvertiser}
     * is set (several advertisers configured).
     */
    static ReportFetch read(TikTokReportEndpoint endpoint, List<String> advertiserIds, DateWindow window,
                            boolean tagAdvertiser, BooleanSupplier runAllowed) {
        ReportFetch fetch = new ReportFetch(advertiserIds, window);
        String token = endpoint.accessToken();
        for (String advertiserId : advertiserIds) {
            ReportResult result = endpoint.getClient().fetchReport(token, endpoint.getReportRequest(), advertiserId,
                    window, (id, page) -> {
                        if (!runAllowed.getAsBoolean()) {
                            // stopping: give the window up between pages; nothing of it is delivered or recorded
                            throw new IllegalStateException("Stopped while reading the report of advertiser " + id
                                                            + "; its window is read again after the restart");
                        }
                        if (tagAdvertiser) {
                            page.forEach(row -> row.put("advertiser_id", id));
                        }
                        fetch.rows.addAll(page);
                    });
            fetch.requestId = result.requestId();
            fetch.totalNumber += result.totalNumber();
            if (result.totalMetrics() != null) {
                fetch.totalMetrics = result.totalMetrics();
            }
            if (result.adsThrottle() != null) {
                fetch.adsThrottle = result.adsThrottle();
            }
        }
        return fetch;
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    DateWindow window() {
        return window;
    }

    /** The output headers of the contract. */
    void setHeaders(Message message) {
        message.setHeader(TikTokReportConstants.ADVERTISER_ID, String.join(",", advertiserIds));
        if (window != null) {
            message.setHeader(TikTokReportConstants.START_DATE, window.start().toString());
            message.setHeader(TikTokReportConstants.END_DATE, window.end().toString());
        }
        message.setHeader(TikTokReportConstants.REQUEST_ID, requestId);
        message.setHeader(TikTokReportConstants.TOTAL_NUMBER, totalNumber);
        if (totalMetrics != null) {
            message.setHeader(TikTokReportConstants.TOTAL_METRICS, totalMetrics);
        }
        if (adsThrottle != null) {
            message.setHeader(TikTokReportConstants.ADS_THROTTLE, adsThrottle);
        }
    }
}
