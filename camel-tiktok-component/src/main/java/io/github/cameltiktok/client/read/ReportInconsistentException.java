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
 * TikTok's pages of one report chunk did not add up: its synchronous report is not a snapshot, so rows can move
 * between pages while they are read (an empty page before the last, {@code total_number} or {@code total_page}
 * changing from page to page, a row seen twice, fewer rows than announced). The chunk is read again a few times;
 * this is thrown when it never came back consistent, so that a short report is never taken for a whole one.
 */
public class ReportInconsistentException extends TikTokApiException {

    private final String advertiserId;
    private final DateWindow chunk;
    private final String detail;

    public ReportInconsistentException(String advertiserId, DateWindow chunk, String detail, String requestId) {
        this(advertiserId, chunk, detail, requestId, 1);
    }

    private ReportInconsistentException(String advertiserId, DateWindow chunk, String detail, String requestId,
                                        int reads) {
        super("TikTok's report of advertiser " + advertiserId + " for "
              + (chunk == null ? "its lifetime" : chunk.start() + " to " + chunk.end()) + " changed while it was read"
              + (reads > 1 ? " (" + reads + " reads, none consistent)" : "") + ": " + detail
              + ". Its rows would be incomplete or doubled, so none of this read counts as complete",
              NO_CODE, detail, requestId, 200, false, null);
        this.advertiserId = advertiserId;
        this.chunk = chunk;
        this.detail = detail;
    }

    /** The same inconsistency, saying how many reads of the chunk were tried. */
    public ReportInconsistentException afterReads(int reads) {
        ReportInconsistentException after
                = new ReportInconsistentException(advertiserId, chunk, detail, getRequestId(), reads);
        after.setStackTrace(getStackTrace());
        return after;
    }

    /** What did not add up, e.g. "page 3 of 5 came back empty". */
    public String getDetail() {
        return detail;
    }
}
