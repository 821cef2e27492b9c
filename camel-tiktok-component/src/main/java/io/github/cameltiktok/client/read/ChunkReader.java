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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.http.TikTokErrorCodes;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one date chunk of one advertiser completely, or fails: never a truncated answer as if it were whole.
 * <ul>
 * <li>{@code async}: one report task for the chunk.</li>
 * <li>{@code sync}: the synchronous pages; a truncated answer fails.</li>
 * <li>{@code auto}: the synchronous pages; a truncated answer is read again by a report task, or — when TikTok
 * refuses tasks to the app — split by {@code campaign_ids}, then {@code adgroup_ids} filters of at most 100 ids.</li>
 * </ul>
 * In {@code sync} and {@code auto}, TikTok's "query too large" (40067) reads the chunk again in halves down to one
 * day, then split by ids. A part is read again only when none of its rows was handed on yet.
 */
public final class ChunkReader {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkReader.class);

    private final ReadMode mode;
    private final SyncReportPager pager;
    private final AsyncReportTasks tasks;
    private final EntityReader entities;
    /** Learned from TikTok's first refusal: the app may not create report tasks. */
    private volatile boolean tasksRefused;

    /**
     * @param entities lists the ids a truncated chunk is split by
     */
    public ChunkReader(ReadMode mode, SyncReportPager pager, AsyncReportTasks tasks, EntityReader entities) {
        this.mode = mode;
        this.pager = pager;
        this.tasks = tasks;
        this.entities = entities;
    }

    /** How chunks are read: synchronous pages, report tasks, or pages recovered by tasks. */
    ReadMode mode() {
        return mode;
    }

    /**
     * Reads the chunk of each of the request's slices, each object's rows once: the slices after the first (TopView,
     * Promote: few rows) are read first and kept, then the first one is handed on, then theirs without the rows the
     * first one held (only their keys are remembered: the first slice may be large).
     */
    ReportResult read(ReportRequest request, String advertiserId, DateWindow chunk, PageSink sink,
                      ReadContext context) {
        List<ReportRequest> reads = request.sliceReads();
        if (reads.size() == 1) {
            return readFirst(reads.get(0), advertiserId, chunk, sink, context);
        }
        Set<List<Object>> keys = new HashSet<>();
        List<ChunkBuffer> others = new ArrayList<>();
        ReportResult result = null;
        long doubled = 0;
        for (ReportRequest slice : reads.subList(1, reads.size())) {
            ChunkBuffer buffer = new ChunkBuffer();
            // filtered slices are synchronous reads (report tasks take no such filter)
            result = ReportResult.combine(result, readSync(slice, advertiserId, chunk, buffer, context));
            doubled += buffer.retain(row -> keys.add(key(request, row)));
            others.add(buffer);
        }
        Set<List<Object>> inFirst = new HashSet<>();
        // the first slice's last page waits until it is known whether rows of the others follow it
        ChunkBuffer lastPage = new ChunkBuffer();
        ReportResult main = readFirst(reads.get(0), advertiserId, chunk, (rows, requestId, last) -> {
            if (!keys.isEmpty()) {
                rows.forEach(row -> {
                    List<Object> key = key(request, row);
                    if (keys.contains(key)) {
                        inFirst.add(key);
                    }
                });
            }
            (last ? lastPage : sink.notLast()).page(rows, requestId, last);
        }, context);
        if (!inFirst.isEmpty()) {
            for (ChunkBuffer other : others) {
                doubled += other.retain(row -> !inFirst.contains(key(request, row)));
            }
        }
        int lastFull = -1;
        for (int i = 0; i < others.size(); i++) {
            lastFull = others.get(i).isEmpty() ? lastFull : i;
        }
        lastPage.drainTo(lastFull >= 0 ? sink.notLast() : sink);
        for (int i = 0; i <= lastFull; i++) {
            others.get(i).drainTo(i < lastFull ? sink.notLast() : sink);
        }
        if (doubled > 0) {
            LOG.debug("Advertiser {} ({}): {} rows came in two slices and are delivered once", advertiserId, chunk,
                    doubled);
        }
        return ReportResult.combine(main, result).lessRows(doubled);
    }

    /**
     * The request with the slices an advertiser's window has rows in: all of them when the window is one request
     * anyway (an empty slice costs that one request), else the first and those whose objects delivered in the
     * window, asked once per slice over the whole window (a BASIC report by the level's id, up to 365 days a
     * request).
     */
    ReportRequest withSlicesPresent(ReportRequest request, String advertiserId, DateWindow window, int chunks,
                                    ReadContext context) {
        if (request.slices().size() <= 1 || chunks <= 1 || window == null) {
            return request;
        }
        List<ReportSlice> present = new ArrayList<>(List.of(request.slices().get(0)));
        for (ReportSlice slice : request.slices().subList(1, request.slices().size())) {
            if (SlicePresence.delivered(pager, request, slice, advertiserId, window, context)) {
                present.add(slice);
            }
        }
        return request.withSlices(present);
    }

    /** A row's place in the report: its dimension values. */
    private static List<Object> key(ReportRequest request, Map<String, Object> row) {
        List<Object> key = new ArrayList<>(request.dimensions().size());
        request.dimensions().forEach(dimension -> key.add(row.get(dimension)));
        return key;
    }

    /** The first slice (or the whole request): a report task in {@code mode=async}. */
    private ReportResult readFirst(ReportRequest request, String advertiserId, DateWindow chunk, PageSink sink,
                                   ReadContext context) {
        if (mode == ReadMode.ASYNC) {
            return tasks.read(request, advertiserId, chunk, sink, context);
        }
        return readSync(request, advertiserId, chunk, sink, context);
    }

    private ReportResult readSync(ReportRequest request, String advertiserId, DateWindow chunk, PageSink sink,
                                  ReadContext context) {
        long[] handedOn = { 0 };
        PageSink counting = (rows, requestId, last) -> {
            handedOn[0] += rows.size();
            sink.page(rows, requestId, last);
        };
        try {
            return pager.readChunk(request, advertiserId, chunk, counting, context);
        } catch (ReportTruncatedException e) {
            if (mode == ReadMode.SYNC || handedOn[0] > 0) {
                throw e;
            }
            ReportResult recovered = recoverTruncated(request, advertiserId, chunk, sink, e, context);
            context.statistics().chunkRecovered();
            return recovered;
        } catch (TikTokApiException e) {
            if (e.getCode() != TikTokErrorCodes.QUERY_TOO_LARGE || handedOn[0] > 0) {
                throw e;
            }
            ReportResult recovered = recoverTooLarge(request, advertiserId, chunk, sink, e, context);
            context.statistics().chunkRecovered();
            return recovered;
        }
    }

    private ReportResult recoverTruncated(ReportRequest request, String advertiserId, DateWindow chunk,
                                          PageSink sink, ReportTruncatedException truncated,
                                          ReadContext context) {
        List<String> problems = pager.kind().recovery(request).whyNoReportTask();
        if (problems.isEmpty() && !tasksRefused) {
            LOG.info("TikTok truncated the report of advertiser {} ({}): {}; reading it again by a report task",
                    advertiserId, chunk, truncated.getHeader());
            try {
                return tasks.read(request, advertiserId, chunk, sink, context);
            } catch (TaskBudgetSpentException e) {
                LOG.warn("{}", e.getMessage());
                return splitByIds(request, advertiserId, chunk, sink, truncated, context);
            } catch (TikTokApiException e) {
                if (!TikTokErrorCodes.isTaskRefusal(e.getCode())) {
                    throw e;
                }
                tasksRefused = true;
                LOG.warn("TikTok refuses report tasks to this app ({}); truncated reports are split by ids instead",
                        e.getMessage());
            }
        } else {
            LOG.info("TikTok truncated the report of advertiser {} ({}): {}; splitting it by ids{}", advertiserId,
                    chunk, truncated.getHeader(), problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")");
        }
        return splitByIds(request, advertiserId, chunk, sink, truncated, context);
    }

    private ReportResult recoverTooLarge(ReportRequest request, String advertiserId, DateWindow chunk,
                                         PageSink sink, TikTokApiException tooLarge, ReadContext context) {
        if (chunk != null && !request.queryLifetime() && TikTokReportCatalog.spanDays(chunk) > 1) {
            DateWindow first = new DateWindow(chunk.start(),
                    chunk.start().plusDays(TikTokReportCatalog.spanDays(chunk) / 2 - 1));
            DateWindow second = new DateWindow(first.end().plusDays(1), chunk.end());
            LOG.info("TikTok found the report of advertiser {} too large for {}; reading {} and {}", advertiserId,
                    chunk, first, second);
            return ReportResult.combine(readSync(request, advertiserId, first, sink.notLast(), context),
                    readSync(request, advertiserId, second, sink, context));
        }
        return splitByIds(request, advertiserId, chunk, sink, tooLarge, context);
    }

    /** Reads the chunk in parts by the widest id filter the request does not name yet; parts follow each other. */
    private ReportResult splitByIds(ReportRequest request, String advertiserId, DateWindow chunk, PageSink sink,
                                    TikTokApiException cause, ReadContext context) {
        List<String> named = request.filterFields();
        String field = pager.kind().recovery(request).splitFilterFields().stream()
                .filter(f -> !named.contains(f)).findFirst().orElse(null);
        if (field == null) {
            throw cannotSplit(advertiserId, chunk, cause, "no id filter is left to split data level "
                    + request.dataLevel() + " by");
        }
        // the listing of the entity tables: every object the report can have rows for, deleted ones included
        List<String> campaignIds = "adgroup_ids".equals(field) && request.filters() != null
                ? request.filters().inValues("campaign_ids") : null;
        // the objects of the slice read: its filter lets only their rows through
        CampaignScope listed = request.slice() == null ? CampaignScope.ALL : request.slice().listing();
        List<String> ids = entities.ids("campaign_ids".equals(field) ? EntityKind.CAMPAIGNS : EntityKind.ADGROUPS,
                advertiserId, campaignIds == null ? Map.of() : Map.of("campaign_ids", campaignIds), listed, context);
        if (ids.isEmpty()) {
            throw cannotSplit(advertiserId, chunk, cause, "TikTok lists no objects for " + field);
        }
        LOG.info("Reading the report of advertiser {} ({}) in {} parts by {}", advertiserId, chunk,
                (ids.size() + TikTokReportCatalog.MAX_FILTER_IDS - 1) / TikTokReportCatalog.MAX_FILTER_IDS, field);
        ReportResult result = null;
        for (int from = 0; from < ids.size(); from += TikTokReportCatalog.MAX_FILTER_IDS) {
            int to = Math.min(ids.size(), from + TikTokReportCatalog.MAX_FILTER_IDS);
            result = ReportResult.combine(result, readSync(request.withInFilter(field, ids.subList(from, to)),
                    advertiserId, chunk, to < ids.size() ? sink.notLast() : sink, context));
        }
        return result;
    }

    private static TikTokApiException cannotSplit(String advertiserId, DateWindow chunk, TikTokApiException cause,
                                                  String why) {
        return cause.retold("The report of advertiser " + advertiserId + " (" + chunk + ") cannot be read"
                + " completely: " + why + ". " + cause.getMessage(), false, cause);
    }
}
