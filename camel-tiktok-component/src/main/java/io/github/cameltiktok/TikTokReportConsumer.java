package io.github.cameltiktok;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cameltiktok.client.DateWindow;
import io.github.cameltiktok.client.ReportRequest;
import io.github.cameltiktok.client.TikTokApiException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the endpoint's report: per advertiser, one exchange carrying the window's rows, or one exchange per row with
 * {@code splitRows=true}. A rolling window resumes from the last day delivered for that advertiser, minus
 * {@code lookbackDays}; that day advances only when every exchange of the window completed without error.
 */
public class TikTokReportConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TikTokReportConsumer.class);

    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;

    public TikTokReportConsumer(TikTokReportEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public TikTokReportEndpoint getEndpoint() {
        return (TikTokReportEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        stateRepository = getEndpoint().getConfiguration().getStateRepository();
        if (stateRepository == null) {
            stateRepository = new MemoryStateRepository();
            ownsStateRepository = true;
        }
        ServiceHelper.startService(stateRepository);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (ownsStateRepository) {
            ServiceHelper.stopService(stateRepository);
        }
    }

    @Override
    protected int poll() throws Exception {
        TikTokReportEndpoint endpoint = getEndpoint();
        List<String> advertiserIds = endpoint.getAdvertiserIds();
        boolean tagAdvertiser = advertiserIds.size() > 1;
        LocalDate today = LocalDate.now();
        Map<String, DateWindow> windows = new LinkedHashMap<>();
        advertiserIds.forEach(id -> windows.put(id, window(id, today)));
        // one row per exchange, read sequentially: rows leave as their page arrives, so memory stays flat
        boolean stream = endpoint.getConfiguration().isSplitRows() && endpoint.getExecutor() == null;
        List<ReportFetch.Pending> parts = stream ? List.of()
                : ReportFetch.start(endpoint, windows, tagAdvertiser, this::isRunAllowed);
        int delivered = 0;
        RuntimeException failure = null;
        // one advertiser's failure does not keep the others' rows from being delivered
        for (int i = 0; i < advertiserIds.size(); i++) {
            String advertiserId = advertiserIds.get(i);
            if (!isRunAllowed()) {
                parts.forEach(ReportFetch.Pending::cancel);
                break;
            }
            try {
                if (stream) {
                    delivered += stream(advertiserId, windows.get(advertiserId), tagAdvertiser);
                } else {
                    ReportFetch fetch = parts.get(i).get();
                    forceConsumerAsReady();
                    delivered += deliver(advertiserId, fetch);
                }
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            addHealthDetails(failure);
            throw failure;
        }
        return delivered;
    }

    /** TikTok's side of a failed poll, for the consumer's health check (never a secret: messages are redacted). */
    private void addHealthDetails(RuntimeException failure) {
        TikTokApiException api = ObjectHelper.getException(TikTokApiException.class, failure);
        if (api != null) {
            if (api.getCode() != TikTokApiException.NO_CODE) {
                addLastErrorDetail(TikTokReportConstants.HEALTH_TIKTOK_CODE, api.getCode());
            }
            if (api.getApiMessage() != null) {
                addLastErrorDetail(TikTokReportConstants.HEALTH_TIKTOK_MESSAGE, api.getApiMessage());
            }
            if (api.getRequestId() != null) {
                addLastErrorDetail(TikTokReportConstants.HEALTH_TIKTOK_REQUEST_ID, api.getRequestId());
            }
            if (api.getHttpStatus() > 0) {
                addLastErrorDetail(HealthCheck.HTTP_RESPONSE_CODE, api.getHttpStatus());
            }
        }
    }

    /** The window to read: the fixed one, or from the last delivered day minus lookbackDays up to today. */
    private DateWindow window(String advertiserId, LocalDate today) {
        TikTokReportEndpoint endpoint = getEndpoint();
        if (endpoint.hasFixedWindow()) {
            return endpoint.window(today, null, null);
        }
        String lastDelivered = stateRepository.getState(stateKey(advertiserId));
        if (lastDelivered == null) {
            return endpoint.window(today, null, null);
        }
        LocalDate resumeFrom = LocalDate.parse(lastDelivered);
        if (resumeFrom.isAfter(today)) {
            resumeFrom = today;
        }
        int lookback = endpoint.getConfiguration().getLookbackDays();
        return endpoint.window(today, resumeFrom.minusDays(lookback).toString(), today.toString());
    }

    /** Key of an advertiser's progress; distinct reports may share one repository. */
    String stateKey(String advertiserId) {
        ReportRequest r = getEndpoint().getReportRequest();
        int definition = Objects.hash(r.reportType(), r.dataLevel(), r.dimensions(), r.metrics(), r.filtering(),
                r.extraParameters());
        return advertiserId + "@" + getEndpoint().getConfiguration().getReportName() + "-"
               + Integer.toHexString(definition);
    }

    private int deliver(String advertiserId, ReportFetch fetch) throws RuntimeException {
        List<Map<String, Object>> rows = fetch.rows();
        boolean splitRows = getEndpoint().getConfiguration().isSplitRows();
        Queue<Object> exchanges = new ArrayDeque<>();
        WindowCompletion completion = new WindowCompletion(advertiserId, fetch.window());
        if (splitRows) {
            for (Map<String, Object> row : rows) {
                exchanges.add(exchange(fetch, row, completion));
            }
        } else if (!rows.isEmpty()) {
            exchanges.add(exchange(fetch, rows, completion));
        }
        try {
            return processBatch(exchanges);
        } catch (Exception e) {
            throw new IllegalStateException("Failed to deliver the rows of advertiser " + advertiserId, e);
        } finally {
            completion.fetched();
        }
    }

    private Exchange exchange(ReportFetch fetch, Object body, WindowCompletion completion) {
        Exchange exchange = createExchange(false);
        exchange.getIn().setBody(body);
        fetch.setHeaders(exchange.getIn());
        completion.expect(exchange);
        return exchange;
    }

    /**
     * {@code splitRows} without concurrency: each page's rows leave as exchanges as soon as the page was read, so
     * a report of any size needs the memory of the few pages in flight. A failure after some pages leaves the
     * window's state where it was: the next poll reads the whole window again (at least once).
     */
    private int stream(String advertiserId, DateWindow window, boolean tagAdvertiser) {
        TikTokReportEndpoint endpoint = getEndpoint();
        WindowCompletion completion = new WindowCompletion(advertiserId, window);
        int[] index = { 0 };
        try {
            endpoint.getClient().fetchReport(endpoint.accessToken(), endpoint.getReportRequest(), advertiserId, window,
                    (id, page, requestId, lastPage) -> {
                        ReportFetch.checkRunAllowed(id, this::isRunAllowed);
                        forceConsumerAsReady();
                        for (int r = 0; r < page.size(); r++) {
                            Map<String, Object> row = page.get(r);
                            if (tagAdvertiser) {
                                row.put("advertiser_id", id);
                            }
                            Exchange exchange = createExchange(false);
                            exchange.getIn().setBody(row);
                            ReportFetch.setHeaders(exchange.getIn(), List.of(id), window, null);
                            exchange.getIn().setHeader(TikTokReportConstants.REQUEST_ID, requestId);
                            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index[0]++);
                            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, lastPage && r == page.size() - 1);
                            completion.expect(exchange);
                            getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
                        }
                    });
            completion.fetched();
        } catch (RuntimeException e) {
            completion.failed();
            throw e;
        }
        return index[0];
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        if (maxMessagesPerPoll > 0 && total > maxMessagesPerPoll) {
            LOG.debug("Limiting to maximum messages to poll {} as there were {} messages in this poll",
                    maxMessagesPerPoll, total);
            total = maxMessagesPerPoll;
        }
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
        }
        return total;
    }

    private void markDelivered(String advertiserId, DateWindow window) {
        if (window != null && !getEndpoint().hasFixedWindow()) {
            stateRepository.setState(stateKey(advertiserId), window.end().toString());
        }
    }

    /**
     * Advances an advertiser's state once its window was read to the end and all exchanges of it completed, none
     * failed. Counts one pending part for the read itself, so that exchanges completing while pages still arrive
     * cannot close the window early.
     */
    private final class WindowCompletion implements Synchronization {
        private final String advertiserId;
        private final DateWindow window;
        private final AtomicInteger pending = new AtomicInteger(1);
        private final AtomicBoolean failed = new AtomicBoolean();

        WindowCompletion(String advertiserId, DateWindow window) {
            this.advertiserId = advertiserId;
            this.window = window;
        }

        void expect(Exchange exchange) {
            pending.incrementAndGet();
            exchange.getExchangeExtension().addOnCompletion(this);
        }

        /** The whole window was read (or given up, see {@link #failed()}). */
        void fetched() {
            done();
        }

        void failed() {
            failed.set(true);
            pending.decrementAndGet();
        }

        private void done() {
            if (pending.decrementAndGet() == 0 && !failed.get()) {
                markDelivered(advertiserId, window);
            }
        }

        @Override
        public void onComplete(Exchange exchange) {
            done();
        }

        @Override
        public void onFailure(Exchange exchange) {
            failed();
        }
    }
}
