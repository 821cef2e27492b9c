package io.github.cameltiktok.client;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;


/**
 * Reads one chunk of TikTok's synchronous report ({@code GET /report/integrated/get/}) page by page until
 * {@code total_page}, keeping the next pages requested while one is handed on. A page whose answer says TikTok
 * truncated the report is never handed on: the chunk fails with {@link ReportTruncatedException}.
 */
public final class SyncReportPager {

    /** Pages of one chunk requested ahead of the one being handed on; a page executor needs as many threads. */
    public static final int PAGES_IN_FLIGHT = 2;

    private final HttpTransport transport;
    private final ReportPageParser parser;
    private final Executor pageExecutor;

    /**
     * @param pageExecutor runs the requests for the next pages while the current one is handed on; null to run
     *                     them in the reading thread
     */
    public SyncReportPager(HttpTransport transport, Executor pageExecutor) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.parser = new ReportPageParser(transport);
        this.pageExecutor = pageExecutor != null ? pageExecutor : Runnable::run;
    }

    /**
     * Hands every page of one chunk to the sink, in order, each checked against the pages before it.
     *
     * @param chunk the days, at most TikTok's span for the time dimension; null for a lifetime report
     */
    public ReportResult readChunk(ReportRequest request, String advertiserId, DateWindow chunk, PageSink sink,
                                  BooleanSupplier runAllowed) {
        ReportPageParser.ReportPage first = fetchPage(request, advertiserId, chunk, 1, runAllowed);
        ChunkProgress progress = new ChunkProgress(request, advertiserId, chunk, transport.statistics());
        if (!progress.deliver(first, sink)) {
            return progress.result();
        }
        int totalPage = first.totalPage;
        // total_page is known now: keep the next pages requested while this thread hands one on, so that TikTok
        // prepares one page while the last one is read; pages still reach the sink in order
        Deque<Future<ReportPageParser.ReportPage>> inFlight = new ArrayDeque<>(PAGES_IN_FLIGHT);
        int nextPage = 2;
        try {
            while (nextPage <= totalPage && inFlight.size() < PAGES_IN_FLIGHT) {
                inFlight.add(requestPage(request, advertiserId, chunk, nextPage++, runAllowed));
            }
            while (!inFlight.isEmpty()) {
                ReportPageParser.ReportPage next = await(inFlight.poll());
                if (nextPage <= totalPage) {
                    inFlight.add(requestPage(request, advertiserId, chunk, nextPage++, runAllowed));
                }
                if (!progress.deliver(next, sink)) {
                    break;
                }
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        return progress.result();
    }

    private Future<ReportPageParser.ReportPage> requestPage(ReportRequest request, String advertiserId,
                                                            DateWindow chunk, int page, BooleanSupplier runAllowed) {
        FutureTask<ReportPageParser.ReportPage> task
                = new FutureTask<>(() -> fetchPage(request, advertiserId, chunk, page, runAllowed));
        pageExecutor.execute(task);
        return task;
    }

    /** One page; none once the caller stops (a stopping route sends no further request). */
    private ReportPageParser.ReportPage fetchPage(ReportRequest request, String advertiserId, DateWindow chunk,
                                                  int page, BooleanSupplier runAllowed) {
        if (!runAllowed.getAsBoolean()) {
            throw stopped(advertiserId);
        }
        int fields = request.dimensions().size() + request.metrics().size() + 1;
        String path = request.isGmvMax() ? GmvMaxCatalog.REPORT_PATH : TikTokReportCatalog.REPORT_PATH;
        return transport.get(path, query(request, advertiserId, chunk, page), runAllowed,
                response -> parser.read(response, fields));
    }

    /**
     * What the pages of one chunk said, and the checks that they add up: TikTok's report is not a snapshot, so a
     * page read while rows move can repeat or skip rows. Every page up to {@code total_page} is read; an empty page
     * before it, another page than the one asked, {@code total_number}/{@code total_page} changing between pages or
     * not matching each other, a row
     * (its dimension values) seen twice, or a row count other than {@code total_number} fails the read with
     * {@link ReportInconsistentException}. A page is checked before it is handed on.
     */
    private static final class ChunkProgress {
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

        ChunkProgress(ReportRequest request, String advertiserId, DateWindow chunk, ReportStatistics statistics) {
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
            statistics.page(page.requestId);
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

    /**
     * A set of longs in one array (open addressing): a chunk of 300,000 rows costs 4 MiB of keys rather than the
     * 20 MiB of boxed ones, which matters to a {@code splitRows} consumer meant to run in a small heap.
     */
    static final class LongSet {
        private long[] slots = new long[1024];
        private int size;
        private boolean hasZero;

        /** False when the value was in the set already. */
        boolean add(long value) {
            if (value == 0) {
                boolean added = !hasZero;
                hasZero = true;
                return added;
            }
            // at most three quarters full: linear probing stays short, and 300,000 keys fit in 4 MiB
            if (4 * (size + 1) > 3 * slots.length) {
                grow();
            }
            if (!insert(slots, value)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] table, long value) {
            int mask = table.length - 1;
            for (int i = (int) (value ^ (value >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (table[i] == 0) {
                    table[i] = value;
                    return true;
                }
                if (table[i] == value) {
                    return false;
                }
            }
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long value : slots) {
                if (value != 0) {
                    insert(bigger, value);
                }
            }
            slots = bigger;
        }
    }

    /** The failure of a read given up because its caller stops; the window is read again after a restart. */
    public static IllegalStateException stopped(String advertiserId) {
        return new IllegalStateException("Stopped while reading the report of advertiser " + advertiserId
                                         + "; its window is read again after the restart");
    }

    /** The query of one report page: arrays as JSON text, every value percent-encoded by the transport. */
    Map<String, String> query(ReportRequest request, String advertiserId, DateWindow chunk, int page) {
        if (request.isGmvMax()) {
            return gmvMaxQuery(request, advertiserId, chunk, page);
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (TikTokReportCatalog.BC.equals(request.reportType())) {
            // a Business Center report: the part's id is the center's; TikTok takes no service_type for BC
            query.put("bc_id", advertiserId);
        } else {
            query.put("advertiser_id", advertiserId);
            query.put("service_type", request.serviceType());
        }
        query.put("report_type", request.reportType());
        if (request.dataLevel() != null) {
            query.put("data_level", request.dataLevel());
        }
        query.put("dimensions", transport.json(request.dimensions()));
        if (!request.metrics().isEmpty()) {
            query.put("metrics", transport.json(request.metrics()));
        }
        String filtering = request.sentFiltering(transport.mapper());
        if (filtering != null) {
            query.put("filtering", filtering);
        }
        if (request.orderField() != null) {
            query.put("order_field", request.orderField());
            query.put("order_type", request.orderType());
        }
        if (request.queryLifetime()) {
            query.put("query_lifetime", "true");
        } else if (chunk != null) {
            query.put("start_date", chunk.start().toString());
            query.put("end_date", chunk.end().toString());
        }
        if (request.enableTotalMetrics()) {
            query.put("enable_total_metrics", "true");
        }
        query.putAll(request.extraParameters());
        query.put("page", Integer.toString(page));
        query.put("page_size", Integer.toString(request.pageSize()));
        return query;
    }

    /**
     * The query of one GMV Max report page ({@code /gmv_max/report/get/}): one store, the filtering object, the sort
     * as {@code sort_field}/{@code sort_type}; arrays and objects as JSON text.
     */
    private Map<String, String> gmvMaxQuery(ReportRequest request, String advertiserId, DateWindow chunk, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiserId);
        query.put("store_ids", transport.json(List.of(request.storeId())));
        query.put("start_date", chunk.start().toString());
        query.put("end_date", chunk.end().toString());
        query.put("metrics", transport.json(request.metrics()));
        query.put("dimensions", transport.json(request.dimensions()));
        if (request.enableTotalMetrics()) {
            query.put("enable_total_metrics", "true");
        }
        if (request.filtering() != null) {
            query.put("filtering", request.filtering());
        }
        if (request.orderField() != null) {
            query.put("sort_field", request.orderField());
            query.put("sort_type", request.orderType());
        }
        query.putAll(request.extraParameters());
        query.put("page", Integer.toString(page));
        query.put("page_size", Integer.toString(request.pageSize()));
        return query;
    }

    /**
     * The result of a read running on another thread; its failure is rethrown as it happened (a
     * {@link TikTokApiException} stays one), so callers see the same errors as from a read on their own thread.
     */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new TikTokApiException("Reading the report failed: " + e.getCause(), TikTokApiException.NO_CODE,
                    null, null, 0, false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikTokApiException("Interrupted while reading the report", TikTokApiException.NO_CODE, null,
                    null, 0, false, e);
        } catch (CancellationException e) {
            throw new TikTokApiException("The report read was cancelled", TikTokApiException.NO_CODE, null, null, 0,
                    false, e);
        }
    }
}
