package io.github.cameltiktok.client.read;

import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.DateWindow;

/**
 * TikTok truncated a synchronous report (its answer carried {@code X-Tt-Ads-Throttle}): the rows are those of the
 * newest 20,000 ads only. Never retried as it is: the same query gives the same short answer.
 */
public class ReportTruncatedException extends TikTokApiException {

    private final String header;

    public ReportTruncatedException(String advertiserId, DateWindow chunk, String header, String requestId) {
        super("TikTok truncated the synchronous report of advertiser " + advertiserId + " for "
              + (chunk == null ? "its lifetime" : chunk.start() + " to " + chunk.end()) + " ("
              + ReportPageParser.ADS_THROTTLE_HEADER + ": " + header + "); its rows would be incomplete, so none were"
              + " delivered. Remedies: mode=auto (the"
              + " default: the chunk is read again by an asynchronous report task, or split by campaign and ad group"
              + " ids), mode=async, or narrower filters", NO_CODE, header, requestId, 200, false, null);
        this.header = header;
    }

    /** The words of TikTok's {@code X-Tt-Ads-Throttle} header. */
    public String getHeader() {
        return header;
    }
}
