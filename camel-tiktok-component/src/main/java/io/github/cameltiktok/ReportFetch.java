package io.github.cameltiktok;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import io.github.cameltiktok.client.DateWindow;
import io.github.cameltiktok.client.ReportRequest;
import io.github.cameltiktok.client.ReportResult;
import io.github.cameltiktok.client.RowListener;
import io.github.cameltiktok.client.TikTokClient;
import org.apache.camel.Message;

/**
 * The rows of one or more advertisers for one window, and what TikTok said about them; producer and consumer both
 * read reports through it and copy it to a message the same way.
 * <p>
 * With the endpoint's {@code concurrency} above 1 the date chunks of all advertisers are requested in parallel on
 * the endpoint's executor (all within the component's rate limit); rows still come out per advertiser, in date order.
 */
final class ReportFetch {

    /** A report being read: {@link #get()} waits for it and returns it, or throws what went wrong. */
    interface Pending {
        ReportFetch get();

        void cancel();
    }

    private final List<String> advertiserIds;
    private final DateWindow window;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private ReportResult result;

    private ReportFetch(List<String> advertiserIds, DateWindow window) {
        this.advertiserIds = advertiserIds;
        this.window = window;
    }

    /**
     * Reads every page of every advertiser into one list (the producer); rows are tagged with {@code advertiser_id}
     * when {@code tagAdvertiser} is set (several advertisers configured).
     */
    static ReportFetch read(TikTokReportEndpoint endpoint, List<String> advertiserIds, DateWindow window,
                            boolean tagAdvertiser, BooleanSupplier runAllowed) {
        Map<String, DateWindow> windows = new LinkedHashMap<>();
        advertiserIds.forEach(id -> windows.put(id, window));
        List<Pending> parts = start(endpoint, windows, tagAdvertiser, runAllowed);
        ReportFetch all = new ReportFetch(advertiserIds, window);
        try {
            for (Pending part : parts) {
                ReportFetch fetch = part.get();
                all.rows.addAll(fetch.rows);
                all.result = ReportResult.combine(all.result, fetch.result);
            }
        } catch (RuntimeException e) {
            parts.forEach(Pending::cancel);
            throw e;
        }
        return all;
    }

    /**
     * Starts reading each advertiser's window; the returned reports are in advertiser order. Sequentially (the
     * default), each is read when its {@link Pending#get()} is called.
     */
    static List<Pending> start(TikTokReportEndpoint endpoint, Map<String, DateWindow> windows, boolean tagAdvertiser,
                               BooleanSupplier runAllowed) {
        ExecutorService executor = endpoint.getExecutor();
        List<Pending> parts = new ArrayList<>(windows.size());
        windows.forEach((advertiserId, window) -> parts.add(executor == null
                ? sequential(endpoint, advertiserId, window, tagAdvertiser, runAllowed)
                : parallel(endpoint, executor, advertiserId, window, tagAdvertiser, runAllowed)));
        return parts;
    }

    private static Pending sequential(TikTokReportEndpoint endpoint, String advertiserId, DateWindow window,
                                      boolean tagAdvertiser, BooleanSupplier runAllowed) {
        return new Pending() {
            @Override
            public ReportFetch get() {
                ReportFetch fetch = new ReportFetch(List.of(advertiserId), window);
                fetch.result = endpoint.getClient().fetchReport(endpoint.accessToken(), endpoint.getReportRequest(),
                        advertiserId, window, fetch.collector(tagAdvertiser, runAllowed));
                return fetch;
            }

            @Override
            public void cancel() {
                // nothing runs before get()
            }
        };
    }

    private static Pending parallel(TikTokReportEndpoint endpoint, ExecutorService executor, String advertiserId,
                                    DateWindow window, boolean tagAdvertiser, BooleanSupplier runAllowed) {
        TikTokClient client = endpoint.getClient();
        ReportRequest request = endpoint.getReportRequest();
        List<DateWindow> chunks = TikTokClient.chunks(request, window);
        List<Future<ReportFetch>> futures = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            DateWindow chunk = chunks.get(i);
            boolean last = i == chunks.size() - 1;
            futures.add(executor.submit(() -> {
                ReportFetch part = new ReportFetch(List.of(advertiserId), chunk);
                part.result = client.fetchChunk(endpoint.accessToken(), request, advertiserId, chunk, last,
                        part.collector(tagAdvertiser, runAllowed));
                return part;
            }));
        }
        return new Pending() {
            @Override
            public ReportFetch get() {
                ReportFetch fetch = new ReportFetch(List.of(advertiserId), window);
                try {
                    for (Future<ReportFetch> future : futures) {
                        ReportFetch part = TikTokClient.await(future);
                        fetch.rows.addAll(part.rows);
                        fetch.result = ReportResult.combine(fetch.result, part.result);
                    }
                } catch (RuntimeException e) {
                    cancel();
                    throw e;
                }
                return fetch;
            }

            @Override
            public void cancel() {
                futures.forEach(f -> f.cancel(true));
            }
        };
    }

    private RowListener collector(boolean tagAdvertiser, BooleanSupplier runAllowed) {
        return (id, page, requestId, lastPage) -> {
            checkRunAllowed(id, runAllowed);
            if (tagAdvertiser) {
                page.forEach(row -> row.put("advertiser_id", id));
            }
            rows.addAll(page);
        };
    }

    /** Stopping: give the window up between pages; nothing of it is delivered or recorded. */
    static void checkRunAllowed(String advertiserId, BooleanSupplier runAllowed) {
        if (!runAllowed.getAsBoolean()) {
            throw new IllegalStateException("Stopped while reading the report of advertiser " + advertiserId
                                            + "; its window is read again after the restart");
        }
    }

    List<Map<String, Object>> rows() {
        return rows;
    }

    DateWindow window() {
        return window;
    }

    /** The output headers of the contract. */
    void setHeaders(Message message) {
        setHeaders(message, advertiserIds, window, result);
    }

    static void setHeaders(Message message, List<String> advertiserIds, DateWindow window, ReportResult result) {
        message.setHeader(TikTokReportConstants.ADVERTISER_ID, String.join(",", advertiserIds));
        if (window != null) {
            message.setHeader(TikTokReportConstants.START_DATE, window.start().toString());
            message.setHeader(TikTokReportConstants.END_DATE, window.end().toString());
        }
        if (result == null) {
            return;
        }
        message.setHeader(TikTokReportConstants.REQUEST_ID, result.requestId());
        message.setHeader(TikTokReportConstants.TOTAL_NUMBER, result.totalNumber());
        if (result.totalMetrics() != null) {
            message.setHeader(TikTokReportConstants.TOTAL_METRICS, result.totalMetrics());
        }
        if (result.adsThrottle() != null) {
            message.setHeader(TikTokReportConstants.ADS_THROTTLE, result.adsThrottle());
        }
    }
}
