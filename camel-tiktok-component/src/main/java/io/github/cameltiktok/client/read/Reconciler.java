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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.github.cameltiktok.client.catalog.ReconcileCheck;
import io.github.cameltiktok.client.catalog.ReportKind;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares what a window delivered with TikTok's own total: the integrated report of the same advertiser, days,
 * report type and service type at the advertiser level, for the additive metrics among those requested, per day.
 * One cheap request per advertiser and window (a day a row) proves a report complete, or shows it is not. It never
 * cries wolf:
 * <ul>
 * <li>Comparable are BASIC reports below the advertiser level by their id and time (and advertiser) only, whose only
 * filter is the status filter that includes deleted objects, and GMV Max campaign reports (product or LIVE) whose
 * only filters are the promotion type and every campaign status, against the store's account level of the same
 * promotion type. A breakdown (country, audience, event) lags and filters (TikTok's FAQ): not compared.</li>
 * <li>Only settled days are judged: {@code reconcileSettleHours} after their end in the advertiser's zone. The
 * figures of a day TikTok may still change are listed, never a mismatch.</li>
 * <li>Money is equal within its rounding (half a unit of its last decimal per delivered row and for TikTok's total);
 * counts exactly. A check TikTok truncated compares nothing.</li>
 * <li>A mismatch is looked at again once (TikTok's data fix may fall between the reads), then without the Promote
 * campaigns' rows (whether TikTok's total holds them is not documented), then reported with the causes it could not
 * rule out.</li>
 * </ul>
 */
public final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** What a mismatch does: nothing (no check), a warning and the headers, or a failed window. */
    public enum Mode {
        OFF, WARN, FAIL;

        public String optionValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Sums of one part's delivered rows, per day and additive metric, and how many rows each day has. */
    public static final class Tally {
        private final Map<String, Map<String, Object>> byDay = new TreeMap<>();
        private final Map<String, Integer> rowsByDay = new TreeMap<>();

        void add(List<Map<String, Object>> rows, List<String> metrics) {
            for (Map<String, Object> row : rows) {
                String day = day(row);
                Map<String, Object> sums = byDay.computeIfAbsent(day, d -> new LinkedHashMap<>());
                for (String metric : metrics) {
                    sums.put(metric, MetricValues.sum(sums.get(metric), row.get(metric)));
                }
                rowsByDay.merge(day, 1, Integer::sum);
            }
        }

        /** The sums less another tally's (the delivered rows without some campaigns'). */
        Tally minus(Tally other, List<String> metrics) {
            Tally rest = new Tally();
            byDay.forEach((day, sums) -> {
                Map<String, Object> left = new LinkedHashMap<>();
                for (String metric : metrics) {
                    Object theirs = other.byDay.getOrDefault(day, Map.of()).get(metric);
                    left.put(metric, theirs == null ? sums.get(metric)
                            : MetricValues.sum(sums.get(metric), negate(theirs)));
                }
                rest.byDay.put(day, left);
            });
            rest.rowsByDay.putAll(rowsByDay);
            return rest;
        }

        private static Object negate(Object value) {
            return value instanceof Long l ? (Object) (-l) : new BigDecimal(value.toString()).negate();
        }
    }

    /** The key of a row's day, or of the whole window when the report has no time dimension. */
    static final String WINDOW = "window";

    private final Mode mode;
    private final ReportRequest request;
    private final SyncReportPager pager;
    /** The kind's answer: what is compared, against which report of TikTok's totals. */
    private final ReconcileCheck check;
    /** Why the endpoint's windows cannot be compared, or null when they can. */
    private final String notComparable;
    private final List<String> metrics;
    /** How long after a day ends (in the advertiser's zone) TikTok's figures of it are settled. */
    private final Duration settle;
    private final Clock clock;
    /** Whether an advertiser runs GMV Max (a likely cause of a mismatch), or null when unknown. */
    private final Function<String, Boolean> runsGmvMax;

    /**
     * @param kind       the report's kind, which tells whether and how its windows are compared
     * @param pager      reads the kind's report (the check is always one)
     * @param settle     how long after its end a day is judged ({@code reconcileSettleHours})
     * @param runsGmvMax whether an advertiser has TikTok Shop stores for GMV Max, asked only to explain a mismatch
     */
    public Reconciler(Mode mode, ReportKind kind, ReportRequest request, SyncReportPager pager, Duration settle,
                      Clock clock, Function<String, Boolean> runsGmvMax) {
        this.settle = Objects.requireNonNull(settle, "settle");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.runsGmvMax = runsGmvMax;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.request = Objects.requireNonNull(request, "request");
        this.pager = pager;
        this.check = kind.reconcileCheck(request);
        this.metrics = check.metrics();
        this.notComparable = mode == Mode.OFF ? "reconcile=off" : check.notComparable();
    }

    public Mode mode() {
        return mode;
    }

    /** Null when the endpoint's windows are checked; else why not (for the statistics). */
    public String notComparable() {
        return notComparable;
    }

    /** A tally for one part's rows, or null when nothing is compared. */
    public Tally newTally() {
        return notComparable == null ? new Tally() : null;
    }

    public void add(Tally tally, List<Map<String, Object>> rows) {
        if (tally != null) {
            tally.add(rows, metrics);
        }
    }

    /**
     * Compares a window that was read whole with TikTok's advertiser total, as the mode says: a mismatch is
     * logged, or (fail, on a day that can no longer move) thrown.
     *
     * @return the outcome, or null when nothing was compared
     * @throws ReportMismatchException with {@code reconcile=fail}, when a closed day does not match
     * @throws RuntimeException        when the check itself failed and {@code reconcile=fail} (with {@code warn}
     *                                 the window is delivered without a reconciliation, and the failure logged)
     */
    public ReconcileOutcome checkDelivered(ReadPart part, Tally tally, ReadContext context) {
        if (mode == Mode.OFF || part.window() == null) {
            return null;
        }
        if (tally == null) {
            context.statistics().notReconciled(notComparable);
            return null;
        }
        ReconcileOutcome outcome;
        try {
            for (ReportSlice slice : check.leftOut()) {
                if (SlicePresence.delivered(pager, request.forStore(part.storeId()), slice, part.advertiserId(),
                        part.window(), context)) {
                    context.statistics().notReconciled("the report leaves out the " + slice.name() + " of "
                                                       + part.describe() + ", which TikTok's advertiser total holds");
                    return null;
                }
            }
            outcome = check(part, tally, context);
        } catch (ReadStoppedException e) {
            throw e;
        } catch (ReportTruncatedException e) {
            // TikTok's own total is cut at 20,000 ads on a big account: there is nothing to compare with
            context.statistics().notReconciled("TikTok truncated its advertiser total of " + part.describe()
                                               + " (" + e.getHeader() + ")");
            return null;
        } catch (RuntimeException e) {
            if (mode == Mode.FAIL) {
                throw e;
            }
            context.statistics().notReconciled("the check failed: " + e.getMessage());
            LOG.warn("{}: {} ({}) is delivered without reconciliation: TikTok's advertiser total could not be"
                     + " read: {}", context.label(), part.describe(), part.window(), e.getMessage());
            return null;
        }
        if (outcome.closedMismatch()) {
            String text = outcome.describe(part);
            if (mode == Mode.FAIL) {
                throw new ReportMismatchException(text, outcome);
            }
            LOG.warn("{}: {}", context.label(), text);
        } else if (!outcome.openDays().isEmpty()) {
            LOG.debug("{}: {} days not judged yet (TikTok may still change them): {}", context.label(),
                    part.describe(), outcome.openDays());
        }
        return outcome;
    }

    /**
     * Checks one part's window against TikTok's advertiser-level report.
     *
     * @return the outcome, or null when nothing is compared
     */
    public ReconcileOutcome check(ReadPart part, Tally delivered, ReadContext context) {
        if (delivered == null || part.window() == null) {
            return null;
        }
        Map<String, Map<String, Object>> tiktok = tiktok(part, context);
        ReconcileOutcome outcome = compare(part, delivered, tiktok);
        if (outcome.closedMismatch()) {
            // TikTok's daily data fix may have changed the day between the report and the check: look once more
            tiktok = tiktok(part, context);
            outcome = compare(part, delivered, tiktok);
        }
        if (outcome.closedMismatch() && check.promote() != null) {
            // whether TikTok's advertiser total holds Promote campaigns is not documented: compare without them
            Tally promote = promoteRows(part, context);
            ReconcileOutcome without = compare(part, delivered.minus(promote, metrics), tiktok);
            if (!promote.byDay.isEmpty() && without.reconciled()) {
                outcome = without.with(List.of("TikTok's advertiser total leaves Promote campaigns out: compared"
                                               + " without their rows, which are delivered"), List.of());
            }
        }
        if (outcome.closedMismatch()) {
            outcome = outcome.with(List.of(), likelyCauses(part));
        }
        if (outcome.judged()) {
            context.statistics().reconciled(outcome.reconciled());
        } else {
            context.statistics().notReconciled("only days TikTok may still change (within " + settle.toHours()
                                               + " hours of their end, reconcileSettleHours) were compared");
        }
        return outcome;
    }

    /** The Promote campaigns' rows of the part's window, summed per day (one request a chunk). */
    private Tally promoteRows(ReadPart part, ReadContext context) {
        ReportRequest promote = check.promote();
        Tally sums = new Tally();
        for (DateWindow chunk : TikTokReportCatalog.chunks(part.window(), promote.dimensions())) {
            context.statistics().reconcileCheck();
            pager.readChunk(promote, part.advertiserId(), chunk, (rows, requestId, last) -> sums.add(rows, metrics),
                    context);
        }
        return sums;
    }

    /** What could explain a mismatch that the check could not rule out. */
    private List<String> likelyCauses(ReadPart part) {
        List<String> causes = new ArrayList<>();
        Boolean gmvMax = null;
        try {
            gmvMax = runsGmvMax == null ? null : runsGmvMax.apply(part.advertiserId());
        } catch (RuntimeException e) {
            LOG.debug("Whether advertiser {} runs GMV Max could not be learned: {}", part.advertiserId(),
                      e.getMessage());
        }
        if (!Boolean.FALSE.equals(gmvMax)) {
            causes.add((gmvMax == null ? "the account may run" : "the account runs") + " GMV Max campaigns, whose"
                       + " spend TikTok's advertiser total may count (not documented)");
        }
        causes.add("TikTok changed the day after it was read (a late data fix): the next poll reads it again");
        return causes;
    }

    /** TikTok's per-day totals of the part's window, as the kind's check reads them. */
    private Map<String, Map<String, Object>> tiktok(ReadPart part, ReadContext context) {
        ReportRequest totalsRequest = check.totals().forStore(part.storeId());
        Tally totals = new Tally();
        for (DateWindow chunk : TikTokReportCatalog.chunks(part.window(), totalsRequest.dimensions())) {
            context.statistics().reconcileCheck();
            pager.readChunk(totalsRequest, part.advertiserId(), chunk,
                    (rows, requestId, last) -> totals.add(rows, metrics), context);
        }
        return totals.byDay;
    }

    private ReconcileOutcome compare(ReadPart part, Tally delivered, Map<String, Map<String, Object>> tiktok) {
        boolean byDay = hasTimeDimension();
        Map<String, Map<String, Object>> theirs = byDay ? tiktok : Map.of(WINDOW, windowSums(tiktok));
        Map<String, Map<String, Object>> ours = byDay ? delivered.byDay : Map.of(WINDOW, windowSums(delivered.byDay));
        TreeSet<String> days = new TreeSet<>(theirs.keySet());
        days.addAll(ours.keySet());
        List<ReconcileOutcome.Figure> figures = new ArrayList<>();
        for (String day : days) {
            LocalDate last = WINDOW.equals(day) ? part.window().end() : LocalDate.parse(day);
            boolean closed = settled(last, part.zone());
            int rows = WINDOW.equals(day) ? delivered.rowsByDay.values().stream().mapToInt(Integer::intValue).sum()
                    : delivered.rowsByDay.getOrDefault(day, 0);
            for (String metric : metrics) {
                Object ours0 = ours.getOrDefault(day, Map.of()).get(metric);
                Object theirs0 = theirs.getOrDefault(day, Map.of()).get(metric);
                figures.add(new ReconcileOutcome.Figure(part.advertiserId(), day, metric, ours0, theirs0, closed,
                        tolerance(metric, rows, ours0, theirs0)));
            }
        }
        return new ReconcileOutcome(figures);
    }

    /**
     * Whether TikTok's figures of a day have settled: {@code reconcileSettleHours} after the day ended in the
     * advertiser's zone (the zone furthest behind, UTC-12, when it was not looked up).
     */
    boolean settled(LocalDate day, ZoneId zone) {
        ZoneId in = zone == null ? ZoneOffset.ofHours(-12) : zone;
        return !clock.instant().isBefore(day.plusDays(1).atStartOfDay(in).toInstant().plus(settle));
    }

    /**
     * Money equal within its rounding: each delivered row and TikTok's total are rounded to the currency's last
     * decimal (half a unit each); counts exactly.
     */
    static BigDecimal tolerance(String metric, int rows, Object delivered, Object tiktok) {
        if (!ReportKind.isMoneyMetric(metric)) {
            return BigDecimal.ZERO;
        }
        int scale = Math.max(scale(delivered), scale(tiktok));
        return BigDecimal.valueOf(5, scale + 1).multiply(BigDecimal.valueOf(rows + 1L));
    }

    private static int scale(Object value) {
        return value instanceof BigDecimal d ? Math.max(0, d.scale()) : 0;
    }

    private boolean hasTimeDimension() {
        return request.dimensions().contains("stat_time_day") || request.dimensions().contains("stat_time_hour");
    }

    private Map<String, Object> windowSums(Map<String, Map<String, Object>> byDay) {
        Map<String, Object> sums = new LinkedHashMap<>();
        byDay.values().forEach(day -> metrics.forEach(m -> sums.put(m, MetricValues.sum(sums.get(m), day.get(m)))));
        return sums;
    }

    /** The day of a row: the date part of stat_time_day or stat_time_hour, or the whole window without them. */
    static String day(Map<String, Object> row) {
        Object time = row.containsKey("stat_time_day") ? row.get("stat_time_day") : row.get("stat_time_hour");
        String text = time == null ? null : time.toString();
        return text == null || text.length() < 10 ? WINDOW : text.substring(0, 10);
    }
}
