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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.IntSupplier;

import io.github.cameltiktok.client.catalog.KnownNames;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way reports are read: advertisers and their windows in, rows out to a {@link RowListener}, per advertiser
 * in date order. Windows are split into the chunks TikTok allows for the time dimension (one task per window for
 * {@code mode=async}); each chunk is read completely by a {@link ChunkReader}. With a chunk executor, up to
 * several chunks of all advertisers are read at once (a fixed number, or as many as the app's rate and TikTok's
 * latency keep busy), and only a bounded number of finished chunks wait.
 */
public final class ReportReader {

    /** Reads of one chunk before its pages' inconsistency fails it: TikTok's rows settle within seconds. */
    public static final int MAX_CHUNK_READS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ReportReader.class);

    private final ReportRequest request;
    private final ChunkReader chunkReader;
    private final ExecutorService chunkExecutor;
    private final IntSupplier readers;
    private final boolean adaptive;
    /** How often a long read logs its progress (0: never). */
    private final Duration progressEvery;
    /** Compares each window with TikTok's advertiser total; null for none. */
    private final Reconciler reconciler;
    private final AdvertiserBatches batches;

    /**
     * @param chunkReader   reads one chunk of one advertiser completely, in the endpoint's read mode
     * @param batches       reads the chunk of several advertisers in one request, as the report's kind allows
     * @param chunkExecutor reads chunks in parallel, or null to read them in the calling thread
     * @param readers       how many chunks to read at once, asked anew as chunks are started (auto: from the
     *                      app's rate and TikTok's latency)
     * @param adaptive      the number adapts: a streaming listener then reads one chunk at a time (flat memory)
     * @param progressEvery how often a long read logs its progress (0: never)
     * @param reconciler    compares each window with TikTok's advertiser total; null for none
     */
    public ReportReader(ReportRequest request, ChunkReader chunkReader, AdvertiserBatches batches,
                        ExecutorService chunkExecutor, IntSupplier readers, boolean adaptive, Duration progressEvery,
                        Reconciler reconciler) {
        this.request = Objects.requireNonNull(request, "request");
        this.chunkReader = Objects.requireNonNull(chunkReader, "chunkReader");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.chunkExecutor = chunkExecutor;
        this.readers = readers;
        this.adaptive = adaptive;
        this.progressEvery = Objects.requireNonNull(progressEvery, "progressEvery");
        this.reconciler = reconciler;
    }

    /** The requests a window takes: TikTok's span for the time dimension, the whole window for a task. */
    public List<DateWindow> chunks(DateWindow window) {
        if (window == null || request.queryLifetime()) {
            return Collections.singletonList(null);
        }
        return chunkReader.mode() == ReadMode.ASYNC ? List.of(window) : TikTokReportCatalog.chunks(window, request.dimensions());
    }

    /**
     * Reads every part and tells the listener. A stop (the context no longer running) ends the read before the next
     * advertiser; one noticed between two pages fails that advertiser's report.
     */
    public void read(List<ReadPart> parts, RowListener listener, ReadContext context) {
        int chunkCount = 0;
        for (ReadPart part : parts) {
            chunkCount += chunks(part.window()).size();
        }
        ReadProgress progress = new ReadProgress(context.label(), progressEvery, chunkCount, parts.size());
        Map<ReadPart, Reconciler.Tally> tallies = new HashMap<>();
        RowListener counted = new RowListener() {
            @Override
            public void onPage(ReadPart part, List<Map<String, Object>> rows, String requestId, boolean lastPage) {
                context.statistics().rows(rows.size());
                progress.rows += rows.size();
                if (reconciler != null) {
                    reconciler.add(tallies.computeIfAbsent(part, p -> reconciler.newTally()), rows);
                }
                listener.onPage(part, rows, requestId, lastPage);
            }

            @Override
            public void onReportEnd(ReadPart part, ReportResult result) {
                Reconciler.Tally tally = tallies.remove(part);
                ReconcileOutcome outcome;
                try {
                    outcome = reconciler == null ? null : reconciler.checkDelivered(part,
                            tally == null ? reconciler.newTally() : tally, context);
                } catch (RuntimeException e) {
                    onReportFailed(part, e);
                    return;
                }
                context.statistics().reportEnded();
                listener.onReportEnd(part, result == null ? null
                        : result.withReconciliation(outcome).inCurrency(part.currency()));
            }

            @Override
            public void onReportFailed(ReadPart part, RuntimeException failure) {
                tallies.remove(part);
                context.statistics().reportFailed(failure);
                progress.failed++;
                // TikTok's error names the advertiser it was met for, once
                RuntimeException told = failure instanceof TikTokApiException tiktok
                        && !String.valueOf(tiktok.getMessage()).contains(part.advertiserId())
                        ? tiktok.withContext("met while reading the report of " + part.describe()) : failure;
                listener.onReportFailed(part, KnownNames.retoldForNewNames(request, told));
            }

            @Override
            public boolean streaming() {
                return listener.streaming();
            }
        };
        Map<ReadPart, ReportRequest> sliced = new java.util.concurrent.ConcurrentHashMap<>();
        Function<ReadPart, ReportRequest> requestOf = part -> sliced.computeIfAbsent(part,
                p -> chunkReader.withSlicesPresent(request.forStore(p.storeId()), p.advertiserId(), p.window(),
                        chunks(p.window()).size(), context));
        try {
            if (chunkExecutor == null || adaptive && listener.streaming()) {
                readSequentially(parts, counted, context, progress, requestOf);
            } else {
                readConcurrently(parts, counted, context, progress, requestOf);
            }
        } finally {
            progress.summary();
        }
    }

    private void readSequentially(List<ReadPart> parts, RowListener listener, ReadContext context,
                                  ReadProgress progress, Function<ReadPart, ReportRequest> requestOf) {
        for (List<ReadPart> group : batches.groups(parts, this::chunks)) {
            if (!context.running()) {
                return;
            }
            if (group.size() > 1) {
                deliverGroup(group, readGroup(group, context), listener, context, progress);
                continue;
            }
            ReadPart part = group.get(0);
            ReportResult result = null;
            try {
                ReportRequest partRequest = requestOf.apply(part);
                List<DateWindow> chunks = chunks(part.window());
                for (int c = 0; c < chunks.size(); c++) {
                    PageSink out = toListener(listener, part, c == chunks.size() - 1);
                    // streaming: rows leave as pages arrive; otherwise a chunk leaves once it was read whole
                    ChunkBuffer buffer = listener.streaming() ? null : new ChunkBuffer();
                    result = ReportResult.combine(result, readChunk(partRequest, part.withWindow(chunks.get(c)),
                            buffer != null ? buffer : out, buffer, context));
                    if (buffer != null) {
                        buffer.drainTo(out);
                    }
                    progress.chunkDone(part.withWindow(chunks.get(c)));
                }
            } catch (RuntimeException e) {
                listener.onReportFailed(part, e);
                continue;
            }
            listener.onReportEnd(part, result);
        }
    }

    private void readConcurrently(List<ReadPart> parts, RowListener listener, ReadContext context,
                                  ReadProgress progress, Function<ReadPart, ReportRequest> requestOf) {
        List<List<ReadPart>> groups = batches.groups(parts, this::chunks);
        // one work item per chunk of a part read alone, one per group read together (a group's window is one chunk)
        List<Callable<List<ChunkBuffer>>> items = new ArrayList<>();
        List<Integer> chunkCounts = new ArrayList<>();
        for (List<ReadPart> group : groups) {
            if (group.size() > 1) {
                items.add(() -> readGroup(group, context));
                chunkCounts.add(1);
                continue;
            }
            ReadPart whole = group.get(0);
            List<DateWindow> chunks = chunks(whole.window());
            for (DateWindow chunk : chunks) {
                ReadPart part = whole.withWindow(chunk);
                items.add(() -> List.of(readBuffered(requestOf.apply(whole), part, context)));
            }
            chunkCounts.add(chunks.size());
        }
        // finished chunks wait for their turn in memory: start no more than twice the readers ahead
        try (BoundedPrefetch<List<ChunkBuffer>> chunks = new BoundedPrefetch<>(items.iterator(),
                () -> 2 * readers.getAsInt(), chunkExecutor)) {
            for (int g = 0; g < groups.size(); g++) {
                List<ReadPart> group = groups.get(g);
                if (!context.running()) {
                    return;
                }
                if (group.size() > 1) {
                    List<ChunkBuffer> members;
                    try {
                        members = chunks.take();
                    } catch (RuntimeException e) {
                        group.forEach(part -> listener.onReportFailed(part, e));
                        continue;
                    }
                    deliverGroup(group, members, listener, context, progress);
                    continue;
                }
                ReadPart part = group.get(0);
                List<DateWindow> partChunks = part.window() == null ? null : chunks(part.window());
                ReportResult result = null;
                RuntimeException failure = null;
                for (int c = chunkCounts.get(g); c > 0; c--) {
                    if (failure != null) {
                        chunks.skip();
                        continue;
                    }
                    try {
                        ChunkBuffer buffer = chunks.take().get(0);
                        buffer.drainTo(toListener(listener, part, c == 1));
                        result = ReportResult.combine(result, buffer.result);
                        // the progress line names the chunk's days, not the whole window's
                        progress.chunkDone(partChunks == null || partChunks.size() < c ? part
                                : part.withWindow(partChunks.get(partChunks.size() - c)));
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
                if (failure == null) {
                    listener.onReportEnd(part, result);
                } else {
                    listener.onReportFailed(part, failure);
                }
            }
        }
    }

    /**
     * The window of a group of advertisers (one chunk), in one request when TikTok's answer splits into exactly the
     * rows unbatched reads give, else one advertiser after the other.
     *
     * @return per member, in order, its rows and result or its failure
     */
    private List<ChunkBuffer> readGroup(List<ReadPart> group, ReadContext context) {
        DateWindow chunk = chunks(group.get(0).window()).get(0);
        List<ChunkBuffer> buffers = new ArrayList<>();
        try {
            List<ChunkBuffer> members = batches.read(group, chunk, context);
            context.statistics().batch(false);
            return members;
        } catch (AdvertiserBatches.BatchNotUsable e) {
            context.statistics().batch(true);
            LOG.info("{}: the batch of advertisers {} ({}) is read again one advertiser at a time: {}",
                    context.label(), group.stream().map(ReadPart::advertiserId).toList(),
                    chunk == null ? "lifetime" : chunk, e.getMessage());
        } catch (RuntimeException e) {
            // stopped: every member fails, and is read again after the restart
            group.forEach(part -> buffers.add(ChunkBuffer.failed(e)));
            return buffers;
        }
        for (ReadPart part : group) {
            try {
                buffers.add(readBuffered(request.forStore(part.storeId()), part.withWindow(chunk), context));
            } catch (RuntimeException e) {
                buffers.add(ChunkBuffer.failed(e));
            }
        }
        return buffers;
    }

    /** The members of a group read together, each handed on as its own report. */
    private void deliverGroup(List<ReadPart> group, List<ChunkBuffer> members, RowListener listener,
                              ReadContext context, ReadProgress progress) {
        for (int m = 0; m < group.size(); m++) {
            ReadPart part = group.get(m);
            if (!context.running()) {
                return;
            }
            ChunkBuffer buffer = members.get(m);
            if (buffer.failure != null) {
                listener.onReportFailed(part, buffer.failure);
                continue;
            }
            try {
                buffer.drainTo(toListener(listener, part, true));
            } catch (RuntimeException e) {
                listener.onReportFailed(part, e);
                continue;
            }
            progress.chunkDone(part);
            listener.onReportEnd(part, buffer.result);
        }
    }

    /** Reads one chunk whole into a buffer of its own, to be handed on when its turn comes. */
    private ChunkBuffer readBuffered(ReportRequest partRequest, ReadPart chunk, ReadContext context) {
        ChunkBuffer buffer = new ChunkBuffer();
        buffer.result = readChunk(partRequest, chunk, buffer, buffer, context);
        return buffer;
    }

    /**
     * Reads one chunk, again when its pages did not add up ({@link ReportInconsistentException}) and nothing of it
     * left yet: a buffered chunk starts over empty, a streamed one only when no row was handed on.
     *
     * @param partRequest the report of the chunk's advertiser (its store, the slices it has rows in)
     * @param buffer      the chunk's buffer when the sink is one, else null
     */
    private ReportResult readChunk(ReportRequest partRequest, ReadPart chunk, PageSink sink, ChunkBuffer buffer,
                                   ReadContext context) {
        long[] handedOn = { 0 };
        PageSink counting = (rows, requestId, last) -> {
            handedOn[0] += rows.size();
            sink.page(rows, requestId, last);
        };
        for (int read = 1; ; read++) {
            try {
                return chunkReader.read(partRequest, chunk.advertiserId(), chunk.window(),
                        stopping(counting, chunk.advertiserId(), context), context);
            } catch (ReportInconsistentException e) {
                boolean untouched = buffer != null || handedOn[0] == 0;
                if (read >= MAX_CHUNK_READS || !untouched || !context.running()) {
                    throw read > 1 ? e.afterReads(read) : e;
                }
                LOG.info("{}; reading it again ({} of {})", e.getMessage(), read + 1, MAX_CHUNK_READS);
                context.statistics().reread();
                if (buffer != null) {
                    buffer.clear();
                }
            }
        }
    }

    /**
     * Pages of a chunk to the listener, each row with the part's fields (its ids first, the advertiser's fields
     * last); the last page of the last chunk is the report's last.
     */
    private static PageSink toListener(RowListener listener, ReadPart part, boolean lastChunk) {
        ReportRow.Reshape lead = part.leadingFields().isEmpty() ? null : ReportRow.Reshape.lead(part.leadingFields());
        Map<String, Object> trailing = part.rowFields();
        return (rows, requestId, last) -> {
            if (lead != null) {
                rows.replaceAll(lead::apply);
            }
            if (!trailing.isEmpty()) {
                rows.forEach(row -> row.putAll(trailing));
            }
            listener.onPage(part, rows, requestId, lastChunk && last);
        };
    }

    /** Stopping: give the window up between pages; nothing more of it is handed on. */
    private static PageSink stopping(PageSink sink, String advertiserId, ReadContext context) {
        return (rows, requestId, last) -> {
            if (!context.running()) {
                throw SyncReportPager.stopped(advertiserId);
            }
            sink.page(rows, requestId, last);
        };
    }
}
