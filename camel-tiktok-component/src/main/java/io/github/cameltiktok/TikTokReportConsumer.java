package io.github.cameltiktok;

import java.time.LocalDate;
import java.util.ArrayDeque;
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
        int delivered = 0;
        RuntimeException failure = null;
        // one advertiser's failure does not keep the others' rows from being delivered
        for (String advertiserId : advertiserIds) {
            if (!isRunAllowed()) {
                break;
            }
            try {
                DateWindow window = window(advertiserId, today);
                ReportFetch fetch = ReportFetch.read(endpoint, List.of(advertiserId), window, tagAdvertiser,
                        this::isRunAllowed);
                forceConsumerAsReady();
                delivered += deliver(advertiserId, fetch);
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
        Throwable cause = failure;
        while (cause != null && !(cause instanceof TikTokApiException)) {
            cause = cause.getCause();
        }
        if (cause instanceof TikTokApiException api) {
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
        if (rows.isEmpty()) {
            markDelivered(advertiserId, fetch.window());
            return 0;
        }
        int count = splitRows ? rows.size() : 1;
        WindowCompletion completion = new WindowCompletion(advertiserId, fetch.window(), count);
        if (splitRows) {
            for (Map<String, Object> row : rows) {
                exchanges.add(exchange(fetch, row, completion));
            }
        } else {
            exchanges.add(exchange(fetch, rows, completion));
        }
        try {
            return processBatch(exchanges);
        } catch (Exception e) {
            throw new IllegalStateException("Failed to deliver the rows of advertiser " + advertiserId, e);
        }
    }

    private Exchange exchange(ReportFetch fetch, Object body, WindowCompletion completion) {
        Exchange exchange = createExchange(false);
        exchange.getIn().setBody(body);
        fetch.setHeaders(exchange.getIn());
        exchange.getExchangeExtension().addOnCompletion(completion);
        return exchange;
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

    /** Advances an advertiser's state once all exchanges of its window completed, none failed. */
    private final class WindowCompletion implements Synchronization {
        private final String advertiserId;
        private final DateWindow window;
        private final AtomicInteger pending;
        private final AtomicBoolean failed = new AtomicBoolean();

        WindowCompletion(String advertiserId, DateWindow window, int exchanges) {
            this.advertiserId = advertiserId;
            this.window = window;
            this.pending = new AtomicInteger(exchanges);
        }

        @Override
        public void onComplete(Exchange exchange) {
            if (pending.decrementAndGet() == 0 && !failed.get()) {
                markDelivered(advertiserId, window);
            }
        }

        @Override
        public void onFailure(Exchange exchange) {
            failed.set(true);
            pending.decrementAndGet();
        }
    }
}
