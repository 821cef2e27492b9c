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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.github.cameltiktok.client.catalog.ReconcileCheck;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * Advertiser batching ({@code advertiserBatchSize}): the one-request windows of up to N advertisers that share
 * them are read with TikTok's {@code advertiser_ids}, and each advertiser's rows are handed on as its own, the same
 * rows an unbatched read gives. TikTok allows it for BASIC and AUDIENCE reports (at most five advertisers of one
 * TikTok for Business user); each row then carries {@code advertiser_id}, {@code currency} and {@code timezone},
 * which are split by and left out again. An answer that cannot be split into exactly the unbatched rows throws
 * {@link BatchNotUsable}: the reader then reads the advertisers one at a time.
 */
public final class AdvertiserBatches {

    /** TikTok's most advertisers in one request. */
    public static final int MAX_SIZE = 5;

    private static final String ADVERTISER_ID = "advertiser_id";
    /** What TikTok adds to each row of a batched request. */
    private static final List<String> ADDED_BY_TIKTOK = List.of(ADVERTISER_ID, "currency", "timezone");

    private final ReportRequest request;
    private final int size;
    private final SyncReportPager pager;
    /** The dimensions of a batched request: the report's, and advertiser_id to split the rows by. */
    private final List<String> batchDimensions;
    /** The metrics of a batched request: the report's, and impressions when the batch is checked by them. */
    private final List<String> batchMetrics;
    /** Leaves out of each batched row what TikTok adds and unbatched rows do not have. */
    private final ReportRow.Reshape cut;
    /** Whether each advertiser's rows of a batch are checked against TikTok's advertiser total (see checkNotCut). */
    private final boolean checked;

    /**
     * @param size the most advertisers in one request, as the endpoint resolved it (1 where the kind reads no
     *             batches, see {@link ReportKind#whyNotBatched}); 1 reads each advertiser on its own
     */
    public AdvertiserBatches(ReportRequest request, int size, SyncReportPager pager) {
        this.request = Objects.requireNonNull(request, "request");
        this.pager = pager;
        this.size = Math.min(size, MAX_SIZE);
        ReconcileCheck check = size > 1 ? pager.kind().reconcileCheck(
                request.toBuilder().metrics(List.of(CHECK_METRIC)).build()) : null;
        this.checked = check != null && check.notComparable() == null && check.leftOut().isEmpty();
        boolean addId = !request.dimensions().contains(ADVERTISER_ID);
        List<String> dimensions = new ArrayList<>(request.dimensions());
        Set<String> dropped = new HashSet<>(ADDED_BY_TIKTOK);
        dropped.removeAll(request.metrics());
        if (addId) {
            dimensions.add(ADVERTISER_ID);
        } else {
            dropped.remove(ADVERTISER_ID);
        }
        List<String> metrics = new ArrayList<>(request.metrics());
        if (checked && !metrics.contains(CHECK_METRIC)) {
            metrics.add(CHECK_METRIC);
            dropped.add(CHECK_METRIC);
        }
        this.batchDimensions = List.copyOf(dimensions);
        this.batchMetrics = List.copyOf(metrics);
        this.cut = dropped.isEmpty() ? null : ReportRow.Reshape.cut(dropped);
    }

    /** The count a batch is checked by: every ad delivering has impressions. */
    static final String CHECK_METRIC = "impressions";

    /**
     * The parts in groups read together: those whose window is one request (the same days) up to N a group, in the
     * order of each group's first part; the others alone. Parts keep their order within a group.
     *
     * @param chunks the chunks of a window
     */
    List<List<ReadPart>> groups(List<ReadPart> parts, Function<DateWindow, List<DateWindow>> chunks) {
        List<List<ReadPart>> groups = new ArrayList<>();
        // the group still open for each window; a lifetime report's window is null (a HashMap key like any)
        Map<DateWindow, List<ReadPart>> open = new HashMap<>();
        for (ReadPart part : parts) {
            if (size <= 1 || chunks.apply(part.window()).size() != 1) {
                groups.add(List.of(part));
                continue;
            }
            List<ReadPart> group = open.get(part.window());
            if (group == null || group.size() >= size) {
                group = new ArrayList<>();
                groups.add(group);
                open.put(part.window(), group);
            }
            group.add(part);
        }
        return groups;
    }

    /** Why a batch is read again one advertiser at a time. */
    static final class BatchNotUsable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchNotUsable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /**
     * Reads one chunk of the group in one request per slice of the report (every page of it) and splits the rows by
     * advertiser, each object's rows once; then checks each advertiser's rows against TikTok's advertiser total.
     *
     * @return per member, in the group's order, its rows as one page (none when it has no rows) and its result
     * @throws ReadStoppedException when the caller stops
     * @throws BatchNotUsable       when TikTok refused or truncated the batch, or its rows are not what unbatched
     *                              reads give (money as {@code "-"} or without its decimals, a row of another
     *                              advertiser, fewer than TikTok's advertiser total counts)
     */
    List<ChunkBuffer> read(List<ReadPart> group, DateWindow chunk, ReadContext context) {
        List<String> ids = group.stream().map(ReadPart::advertiserId).toList();
        Map<String, List<Map<String, Object>>> byAdvertiser = new LinkedHashMap<>();
        ids.forEach(id -> byAdvertiser.put(id, new ArrayList<>()));
        Map<String, Set<List<Object>>> keys = new HashMap<>();
        Map<String, Map<String, Long>> counted = new HashMap<>();
        List<ReportRequest> reads = request.sliceReads();
        ReportResult result = null;
        // slice after slice, as an unbatched read hands them on; a row already delivered by one is left out later
        for (int i = 0; i < reads.size(); i++) {
            ReportRequest batched = reads.get(i).toBuilder().advertiserIds(ids).dimensions(batchDimensions)
                    .metrics(batchMetrics).build();
            List<Map<String, Object>> rows = new ArrayList<>();
            try {
                result = ReportResult.combine(result, pager.readChunk(batched, String.join(",", ids), chunk,
                        (page, requestId, last) -> rows.addAll(page), context));
            } catch (ReadStoppedException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BatchNotUsable(e.getMessage(), e);
            }
            List<Map<String, Object>> kept = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                Object id = row.get(ADVERTISER_ID);
                if (id == null || !byAdvertiser.containsKey(id.toString())) {
                    throw new BatchNotUsable("a row came for advertiser " + id + ", which was not asked", null);
                }
                checkMoney(row, id);
                if (keys.computeIfAbsent(id.toString(), a -> new HashSet<>()).add(key(row))) {
                    kept.add(row);
                    if (checked) {
                        counted.computeIfAbsent(id.toString(), a -> new HashMap<>()).merge(Reconciler.day(row),
                                row.get(CHECK_METRIC) instanceof Number n ? n.longValue() : 0L, Long::sum);
                    }
                }
            }
            for (Map<String, Object> row : kept) {
                byAdvertiser.get(row.get(ADVERTISER_ID).toString()).add(cut == null ? row : cut.apply(row));
            }
        }
        if (checked) {
            checkNotCut(ids, chunk, counted, context);
        }
        List<ChunkBuffer> members = new ArrayList<>();
        for (List<Map<String, Object>> own : byAdvertiser.values()) {
            ChunkBuffer member = new ChunkBuffer();
            if (!own.isEmpty()) {
                member.page(own, result.requestId(), true);
            }
            member.result = new ReportResult(result.requestId(), own.size(), result.pages(), null);
            members.add(member);
        }
        return members;
    }

    /** A row's place in an advertiser's report: its dimension values. */
    private List<Object> key(Map<String, Object> row) {
        List<Object> key = new ArrayList<>(batchDimensions.size());
        batchDimensions.forEach(dimension -> key.add(row.get(dimension)));
        return key;
    }

    /**
     * TikTok cuts a report of several advertisers at 20,000 ads, the newest first, and documents its
     * {@code X-Tt-Ads-Throttle} warning for one account only (doc 1740302848100353): each advertiser's rows are
     * compared with TikTok's own total of the same days, read for that account alone (where TikTok documents the
     * warning), at the advertiser level. An advertiser whose rows count fewer impressions was cut.
     */
    private void checkNotCut(List<String> ids, DateWindow chunk, Map<String, Map<String, Long>> counted,
                             ReadContext context) {
        boolean byDay = request.dimensions().contains(TikTokReportCatalog.DAY)
                        || request.dimensions().contains(TikTokReportCatalog.HOUR);
        ReportRequest totals = request.toBuilder().advertiserIds(null).dataLevel("AUCTION_ADVERTISER")
                .dimensions(byDay ? List.of(ADVERTISER_ID, TikTokReportCatalog.DAY) : List.of(ADVERTISER_ID))
                .metrics(List.of(CHECK_METRIC)).filtering(null).statusFilterField(null).slices(List.of()).slice(null)
                .orderField(null).orderType(null).enableTotalMetrics(false)
                .pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
        for (String id : ids) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try {
                pager.readChunk(totals, id, chunk, (page, requestId, last) -> rows.addAll(page), context);
            } catch (ReadStoppedException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new BatchNotUsable("TikTok's advertiser total of advertiser " + id + " could not be read: "
                                         + e.getMessage(), e);
            }
            for (Map<String, Object> row : rows) {
                long tiktok = row.get(CHECK_METRIC) instanceof Number n ? n.longValue() : 0L;
                String day = Reconciler.day(row);
                long delivered = counted.getOrDefault(id, Map.of()).getOrDefault(day, 0L);
                if (delivered < tiktok) {
                    throw new BatchNotUsable("the batch's rows of advertiser " + id + " count " + delivered + " "
                                             + CHECK_METRIC + (Reconciler.WINDOW.equals(day) ? "" : " on " + day)
                                             + ", TikTok's advertiser total " + tiktok + ": TikTok cut the batch",
                            null);
                }
            }
        }
    }

    /**
     * Money as unbatched reads give it: TikTok answers {@code "-"} for cost metrics of a batch without an id
     * dimension, and its documentation says that cost metrics of batches come "without a decimal point".
     */
    private void checkMoney(Map<String, Object> row, Object advertiserId) {
        for (String metric : request.metrics()) {
            if (!ReportKind.isMoneyMetric(metric) || !row.containsKey(metric)) {
                continue;
            }
            Object value = row.get(metric);
            if (value == null || value instanceof Long || value instanceof BigDecimal d && d.scale() <= 0) {
                throw new BatchNotUsable("TikTok answered " + metric + " of advertiser " + advertiserId + " as "
                                         + (value == null ? "'-'" : "'" + value + "' (no decimals)"), null);
            }
        }
    }
}
