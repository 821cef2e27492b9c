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
package io.github.cameltiktok;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.read.ReadPlanner;
import io.github.cameltiktok.client.read.ReadPart;
import io.github.cameltiktok.client.read.ReportResult;
import io.github.cameltiktok.client.read.Restatements;
import io.github.cameltiktok.client.read.RowListener;
import io.github.cameltiktok.options.ResolvedReport;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.HeadersMapFactory;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the endpoint's report: per advertiser, one exchange carrying the window's rows, or one exchange per row with
 * {@code splitRows=true}. A rolling window resumes from the last day delivered for that advertiser, minus
 * {@code lookbackDays}; that day advances only when every exchange of the window completed without error.
 */
public class TikTokReportConsumer extends TikTokPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(TikTokReportConsumer.class);
    /** Suffix of the state key under which a window's reconciled totals per day are kept. */
    static final String TOTALS = "#totals";

    private StateRepository<String, String> stateRepository;
    private boolean ownsStateRepository;

    /** Whether this JVM was told that a consumer keeps its state in memory. */
    static final java.util.concurrent.atomic.AtomicBoolean IN_MEMORY_WARNED
            = new java.util.concurrent.atomic.AtomicBoolean();

    /** The advertisers TikTok refused, already named in a warning; one read again is forgotten. */
    private final java.util.Set<String> forbidden = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TikTokReportConsumer(TikTokReportEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void doStart() throws Exception {
        stateRepository = getEndpoint().getConfiguration().getStateRepository();
        if (stateRepository == null) {
            stateRepository = new MemoryStateRepository();
            ownsStateRepository = true;
            if (getEndpoint().getReport().windows().resumes()) {
                // said once per JVM: a route of many endpoints (or a Kamelet started often) is not a wall of WARNs
                String message = "tiktok-report:{} keeps the last day delivered per advertiser in memory: after a"
                                 + " restart it reads from {} again, and days missed while it was down for longer than"
                                 + " lookbackDays are never read. Fix: set stateRepository=#name to a persistent"
                                 + " StateRepository bean (e.g. a FileStateRepository; the Kamelet's stateRepository"
                                 + " property the same). Said once; the other endpoints in memory are logged at DEBUG";
                Object[] arguments = { getEndpoint().getReport().reportName(),
                        getEndpoint().getReport().windows().startDate() != null ? "startDate"
                                : "lookbackDays before today" };
                if (IN_MEMORY_WARNED.compareAndSet(false, true)) {
                    LOG.warn(message, arguments);
                } else {
                    LOG.debug(message, arguments);
                }
            }
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
        ResolvedReport report = endpoint.getReport();
        // an unreadable state value fails its advertiser (or store) only: the others are read
        ReadPlanner.ReadPlan parts = endpoint.getPlanner().plan(endpoint.advertiserIds(true), report.storeIds(),
                this::lastDelivered);
        PollListener poll = new PollListener(endpoint.getConfiguration().isSplitRows());
        parts.failures().forEach((id, e) -> poll.record(id.contains("/") ? id.substring(0, id.indexOf('/')) : id, e));
        // a stop, or the poll's deadline, ends the read at the next page: no request is sent, and no row leaves,
        // once shutdown began
        long timeout = endpoint.getConfiguration().getPollTimeout();
        long deadline = System.nanoTime() + timeout * 1_000_000;
        AtomicBoolean cut = new AtomicBoolean();
        BooleanSupplier inTime = () -> {
            if (timeout > 0 && System.nanoTime() - deadline >= 0) {
                cut.set(true);
            }
            return !cut.get();
        };
        endpoint.getReader().read(parts.parts(), poll,
                endpoint.readContext(() -> isBatchAllowed() && inTime.getAsBoolean()));
        if (cut.get() && isBatchAllowed()) {
            IllegalStateException late = new IllegalStateException("The poll ran longer than pollTimeout (" + timeout
                    + " ms) and ended at a page boundary; the windows it did not complete are read again by the next"
                    + " poll");
            if (poll.failure != null) {
                late.addSuppressed(poll.failure);
            }
            poll.failure = late;
        }
        if (poll.failure != null) {
            ReportMessages.healthDetails(poll.failure).forEach(this::addLastErrorDetail);
            throw poll.failure;
        }
        return poll.delivered;
    }

    /**
     * Turns what the reader hands on into exchanges: per advertiser one exchange with the window's rows, or with
     * {@code splitRows} one exchange per row as its page arrives (memory stays flat). One advertiser's failure does
     * not keep the others' rows from being delivered; it fails the poll at its end.
     */
    private final class PollListener implements RowListener {
        private final boolean splitRows;
        private final Map<ReadPart, WindowCompletion> streamed = new HashMap<>();
        private List<Map<String, Object>> rows = new ArrayList<>();
        private int batchIndex;
        private int delivered;
        private RuntimeException failure;

        PollListener(boolean splitRows) {
            this.splitRows = splitRows;
        }

        @Override
        public boolean streaming() {
            return splitRows;
        }

        @Override
        public void onPage(ReadPart part, List<Map<String, Object>> page, String requestId,
                           boolean lastPage) {
            forceConsumerAsReady();
            if (!splitRows) {
                rows.addAll(page);
                return;
            }
            WindowCompletion completion = streamed.computeIfAbsent(part, WindowCompletion::new);
            HeadersMapFactory headersMaps = getEndpoint().getCamelContext().getCamelContextExtension()
                    .getHeadersMapFactory();
            Map<String, Object> headers = ReportMessages.streamedRowHeaders(getEndpoint().getCamelContext(), part,
                    requestId);
            for (int r = 0; r < page.size(); r++) {
                Exchange exchange = createExchange(false);
                exchange.getIn().setBody(page.get(r));
                exchange.getIn().setHeaders(headersMaps.newMap(headers));
                exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, batchIndex++);
                exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, lastPage && r == page.size() - 1);
                completion.expect(exchange);
                delivered++;
                getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
            }
        }

        @Override
        public void onReportEnd(ReadPart part, ReportResult result) {
            forceConsumerAsReady();
            WindowCompletion completion = streamed.computeIfAbsent(part, WindowCompletion::new);
            try {
                List<Map<String, Object>> restated = List.of();
                if (result != null && result.reconciliation() != null) {
                    completion.totals = Restatements.encode(result.reconciliation());
                    restated = Restatements.changes(Restatements.decode(stateRepository.getState(
                            stateKey(part.advertiserId(), part.storeId()) + TOTALS)), result.reconciliation());
                    if (!restated.isEmpty()) {
                        getEndpoint().getStatistics().restated(part.advertiserId(), restated);
                    }
                }
                if (!splitRows) {
                    delivered += deliver(part, result, completion, restated);
                }
            } catch (RuntimeException e) {
                record(part.advertiserId(), e);
            } finally {
                forbidden.remove(part.advertiserId());
                completion.fetched();
                batchIndex = 0;
                rows = new ArrayList<>();
            }
        }

        @Override
        public void onReportFailed(ReadPart part, RuntimeException e) {
            WindowCompletion completion = streamed.get(part);
            if (completion != null) {
                completion.failed();
            }
            batchIndex = 0;
            rows = new ArrayList<>();
            record(part.advertiserId(), e);
        }

        private int deliver(ReadPart part, ReportResult result, WindowCompletion completion,
                            List<Map<String, Object>> restated) {
            Queue<Object> exchanges = new ArrayDeque<>();
            if (!rows.isEmpty()) {
                Exchange exchange = createExchange(false);
                exchange.getIn().setBody(rows);
                ReportMessages.setHeaders(exchange.getIn(), List.of(part), result);
                if (!restated.isEmpty()) {
                    exchange.getIn().setHeader(TikTokReportConstants.RESTATED_DAYS, restated);
                }
                completion.expect(exchange);
                exchanges.add(exchange);
            }
            try {
                return processBatch(exchanges);
            } catch (Exception e) {
                throw new IllegalStateException("Failed to deliver the rows of " + part.describe(), e);
            }
        }

        /** A failure of an advertiser's read: one TikTok refuses (40001) is skipped, named once, unless told not to. */
        void record(String advertiserId, RuntimeException e) {
            if (getEndpoint().skipsRefused(e)) {
                if (forbidden.add(advertiserId)) {
                    LOG.warn("tiktok-report:{} skips advertiser {}, which TikTok refuses: {}. Likely causes: the app is"
                             + " not (or no longer) authorised for it, the token lacks the scope of the call, or the"
                             + " account was deleted or disabled. Authorise it again (connect) or remove it from"
                             + " advertiserId. The others are delivered; it is tried again at each poll, and this is"
                             + " said once (onForbiddenAdvertiser=fail fails the poll instead)",
                            getEndpoint().getConfiguration().getReportName(), advertiserId, e.getMessage());
                } else {
                    LOG.debug("tiktok-report:{} skips advertiser {} again: {}",
                            getEndpoint().getConfiguration().getReportName(), advertiserId, e.getMessage());
                }
                return;
            }
            record(e);
        }

        void record(RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * The last day delivered for an advertiser (and GMV Max store), or null when none was; the planner asks only
     * when the window resumes (it ends today).
     *
     * @throws IllegalStateException naming the key when the stored value is not a day
     */
    private LocalDate lastDelivered(String advertiserId, String storeId) {
        String key = stateKey(advertiserId, storeId);
        String value = stateRepository.getState(key);
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("The state of advertiser " + advertiserId
                    + (storeId == null ? "" : " and store " + storeId) + " (key '" + key + "' of the"
                    + " stateRepository) holds '" + value + "', not a day as yyyy-MM-dd: correct or remove that entry."
                    + " The other advertisers are read", e);
        }
    }

    /** Key of an advertiser's progress (reports without stores). */
    String stateKey(String advertiserId) {
        return stateKey(advertiserId, null);
    }

    /** Key of an advertiser's (and GMV Max store's) progress; distinct reports may share one repository. */
    String stateKey(String advertiserId, String storeId) {
        ReportRequest r = getEndpoint().getReport().request();
        int definition = Objects.hash(r.reportType(), r.dataLevel(), r.dimensions(), r.metrics(), r.filtering(),
                r.extraParameters());
        return advertiserId + (storeId == null ? "" : "/" + storeId) + "@" + getEndpoint().getReport().reportName() + "-"
               + Integer.toHexString(definition);
    }

    private void markDelivered(ReadPart part, String totals) {
        if (totals != null) {
            // the totals this window delivered: the next read of these days tells what TikTok restated
            stateRepository.setState(stateKey(part.advertiserId(), part.storeId()) + TOTALS, totals);
        }
        if (part.window() != null && getEndpoint().getReport().windows().resumes()) {
            stateRepository.setState(stateKey(part.advertiserId(), part.storeId()), part.window().end().toString());
            getEndpoint().getStatistics().delivered(part.advertiserId()
                    + (part.storeId() == null ? "" : "/" + part.storeId()), part.window().end());
        }
    }

    /**
     * Advances an advertiser's state once its window was read to the end and all exchanges of it completed, none
     * failed. Counts one pending part for the read itself, so that exchanges completing while pages still arrive
     * cannot close the window early.
     */
    private final class WindowCompletion implements Synchronization {
        private final ReadPart part;
        private final AtomicInteger pending = new AtomicInteger(1);
        private final AtomicBoolean failed = new AtomicBoolean();
        /** The window's reconciled totals, kept once it completed; null when it was not reconciled. */
        private volatile String totals;

        WindowCompletion(ReadPart part) {
            this.part = part;
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
                markDelivered(part, totals);
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
