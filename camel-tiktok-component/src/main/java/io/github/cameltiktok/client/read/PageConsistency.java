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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * What the pages of one chunk said, and the checks that they add up: TikTok's report is not a snapshot, so a
 * page read while rows move can repeat or skip rows. Every page up to {@code total_page} is read; an empty page
 * before it, another page than the one asked, {@code total_number}/{@code total_page} changing between pages or
 * not matching each other, a row
 * (its dimension values) seen twice, or a row count other than {@code total_number} fails the read with
 * {@link ReportInconsistentException}. A page is checked before it is handed on.
 */
final class PageConsistency {
    private final ReportRequest request;
    private final String advertiserId;
    private final DateWindow chunk;
    /** 64-bit hashes of the dimension values of the rows read so far. */
    private final LongSet keys = new LongSet();
    private long totalNumber = -1;
    private int totalPage = -1;
    private long items;
    private String requestId;
    private Map<String, Object> totalMetrics;
    private int pages;
    private final ReportStatistics statistics;

    PageConsistency(ReportRequest request, String advertiserId, DateWindow chunk, ReportStatistics statistics) {
        this.request = request;
        this.advertiserId = advertiserId;
        this.chunk = chunk;
        this.statistics = statistics;
    }

    /** Checks a page and hands its rows on; false when the chunk has no more pages. */
    boolean deliver(ReportPageParser.ReportPage page, PageSink sink) {
        if (page.adsThrottle != null) {
            throw new ReportTruncatedException(advertiserId, chunk, page.adsThrottle, page.requestId);
        }
        pages++;
        requestId = page.requestId;
        if (page.pageNumber > 0 && page.pageNumber != pages) {
            throw inconsistent("page " + pages + " was asked, page_info says page " + page.pageNumber);
        }
        if (page.totalMetrics != null) {
            totalMetrics = page.totalMetrics;
        }
        if (pages == 1) {
            totalNumber = page.totalNumber;
            totalPage = page.totalPage;
            int pageSize = page.pageSize > 0 ? page.pageSize : request.pageSize();
            if (totalNumber > 0 && totalPage >= 0 && totalPage != (totalNumber + pageSize - 1) / pageSize) {
                throw inconsistent("page 1 announced " + totalPage + " pages for " + totalNumber + " rows of "
                                   + pageSize);
            }
        } else if (page.totalNumber != totalNumber || page.totalPage != totalPage) {
            throw inconsistent("page " + pages + " announced total_number " + page.totalNumber + " and"
                               + " total_page " + page.totalPage + ", page 1 " + totalNumber + " and " + totalPage);
        }
        if (page.malformed != null) {
            throw inconsistent(page.malformed + " on page " + pages + " (TikTok sends both for every row; a row"
                               + " without them cannot be delivered, and leaving it out would lose it)");
        }
        items += page.items;
        boolean last = pages >= totalPage || page.items == 0;
        if (page.items == 0 && pages < totalPage) {
            throw inconsistent("page " + pages + " of " + totalPage + " came back empty");
        }
        for (Map<String, Object> row : page.rows) {
            if (!keys.add(key(row))) {
                throw inconsistent("the row " + dimensionValues(row) + " came back twice (on page " + pages
                                   + ")");
            }
        }
        if (last && totalNumber >= 0 && items != totalNumber) {
            throw inconsistent(items + " rows came in " + pages + " pages, page_info announced " + totalNumber);
        }
        if (statistics != null) {
            statistics.page(page.requestId);
        }
        if (!page.rows.isEmpty()) {
            sink.page(page.rows, page.requestId, last);
        }
        return !last;
    }

    private ReportInconsistentException inconsistent(String detail) {
        return new ReportInconsistentException(advertiserId, chunk, detail, requestId);
    }

    /** FNV-1a over the row's dimension values: 64 bits keep a collision unlikely even in a million rows. */
    private long key(Map<String, Object> row) {
        long hash = 0xcbf29ce484222325L;
        for (String dimension : request.dimensions()) {
            String value = String.valueOf(row.get(dimension));
            for (int i = 0; i < value.length(); i++) {
                hash = (hash ^ value.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L; // separator: ("ab","c") is not ("a","bc")
        }
        return hash;
    }

    private String dimensionValues(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        request.dimensions().forEach(d -> values.put(d, row.get(d)));
        return values.toString();
    }

    ReportResult result() {
        return new ReportResult(requestId, Math.max(0, totalNumber), pages, totalMetrics);
    }
}
