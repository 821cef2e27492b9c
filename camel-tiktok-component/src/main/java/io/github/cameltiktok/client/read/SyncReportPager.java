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

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;


/**
 * Reads one chunk of TikTok's synchronous report ({@code GET /report/integrated/get/}) page by page until
 * {@code total_page}, keeping the next pages requested while one is handed on. A page whose answer says TikTok
 * truncated the report is never handed on: the chunk fails with {@link ReportTruncatedException}.
 */
public final class SyncReportPager {

    /** Pages of one chunk requested ahead of the one being handed on; a page executor needs as many threads. */
    public static final int PAGES_IN_FLIGHT = 2;

    /** Where the report pages are counted, or null. */
    private final ReportStatistics pages;
    private final HttpTransport transport;
    private final ReportKind kind;
    private final ReportPageParser parser;
    private final Executor pageExecutor;

    /**
     * @param pageExecutor runs the requests for the next pages while the current one is handed on; null to run
     *                     them in the reading thread
     * @param pages        where the pages count as the endpoint's report pages; null for none (a reconciliation
     *                     check's are counted apart)
     */
    public SyncReportPager(HttpTransport transport, ReportKind kind, Executor pageExecutor, ReportStatistics pages) {
        this.pages = pages;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parser = new ReportPageParser(transport);
        this.pageExecutor = pageExecutor != null ? pageExecutor : Runnable::run;
    }

    /** The kind of report the pages are of: it knows how the report is read again when TikTok cuts it. */
    ReportKind kind() {
        return kind;
    }

    /**
     * Hands every page of one chunk to the sink, in order, each checked against the pages before it.
     *
     * @param chunk the days, at most TikTok's span for the time dimension; null for a lifetime report
     */
    public ReportResult readChunk(ReportRequest request, String advertiserId, DateWindow chunk, PageSink sink,
                                  ReadContext context) {
        ReportPageParser.ReportPage first = fetchPage(request, advertiserId, chunk, 1, context);
        PageConsistency pages = new PageConsistency(request, advertiserId, chunk, this.pages);
        if (!pages.deliver(first, sink)) {
            return pages.result();
        }
        // total_page is known now: keep the next pages requested while this thread hands one on, so that TikTok
        // prepares one page while the last one is read; pages still reach the sink in order
        Iterator<Callable<ReportPageParser.ReportPage>> rest = IntStream.rangeClosed(2, first.totalPage)
                .<Callable<ReportPageParser.ReportPage>>mapToObj(
                        page -> () -> fetchPage(request, advertiserId, chunk, page, context))
                .iterator();
        try (BoundedPrefetch<ReportPageParser.ReportPage> next
                = new BoundedPrefetch<>(rest, PAGES_IN_FLIGHT, pageExecutor)) {
            while (next.hasNext()) {
                ReportPageParser.ReportPage page = next.take();
                next.topUp();
                if (!pages.deliver(page, sink)) {
                    break;
                }
            }
        }
        return pages.result();
    }

    /** One page; none once the caller stops (a stopping route sends no further request). */
    private ReportPageParser.ReportPage fetchPage(ReportRequest request, String advertiserId, DateWindow chunk,
                                                  int page, ReadContext context) {
        if (!context.running()) {
            throw stopped(advertiserId);
        }
        int fields = request.dimensions().size() + request.metrics().size() + 1;
        return transport.get(kind.path(), query(request, advertiserId, chunk, page), context.runAllowed(),
                response -> parser.read(response, fields));
    }

    /** The failure of a read given up because its caller stops; the window is read again after a restart. */
    static ReadStoppedException stopped(String advertiserId) {
        return new ReadStoppedException("Stopped while reading the report of advertiser " + advertiserId
                                        + "; its window is read again after the restart");
    }

    /** The query of one report page: arrays as JSON text, every value percent-encoded by the transport. */
    Map<String, String> query(ReportRequest request, String advertiserId, DateWindow chunk, int page) {
        return kind.pageQuery(request, advertiserId, chunk, page, transport.mapper());
    }
}
