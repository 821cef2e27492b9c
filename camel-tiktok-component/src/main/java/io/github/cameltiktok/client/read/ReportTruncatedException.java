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
