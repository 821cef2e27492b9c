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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one window's check against TikTok's advertiser total ({@link Reconciler}). Only closed days are
 * judged: the figures of a day TikTok may still change are listed, never counted as a mismatch.
 *
 * @param figures      every figure compared
 * @param notes        what the comparison took into account (e.g. TikTok's total leaving Promote campaigns out)
 * @param likelyCauses what could explain a mismatch that the component could not rule out
 */
public record ReconcileOutcome(List<Figure> figures, List<String> notes, List<String> likelyCauses) {

    public ReconcileOutcome {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
        likelyCauses = List.copyOf(likelyCauses);
    }

    public ReconcileOutcome(List<Figure> figures) {
        this(figures, List.of(), List.of());
    }

    /** Whether a closed day was compared. */
    public boolean judged() {
        return figures.stream().anyMatch(Figure::closed);
    }

    /** Every closed day's figures match (within the rounding of money); open days do not count. */
    public boolean reconciled() {
        return figures.stream().filter(Figure::closed).allMatch(Figure::equal);
    }

    /** A closed day's figure differs: a finding. */
    public boolean closedMismatch() {
        return !reconciled();
    }

    public List<Figure> mismatches() {
        return figures.stream().filter(f -> f.closed() && !f.equal()).toList();
    }

    /** The days TikTok may still change, compared but not judged. */
    public List<String> openDays() {
        return figures.stream().filter(f -> !f.closed()).map(Figure::day).distinct().sorted().toList();
    }

    /** The same outcome with more notes and likely causes. */
    public ReconcileOutcome with(List<String> moreNotes, List<String> moreCauses) {
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(moreNotes);
        List<String> allCauses = new ArrayList<>(likelyCauses);
        allCauses.addAll(moreCauses);
        return new ReconcileOutcome(figures, allNotes, allCauses);
    }

    /** Two parts' outcomes in one message (a producer's advertisers). */
    public static ReconcileOutcome combine(ReconcileOutcome a, ReconcileOutcome b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        List<Figure> all = new ArrayList<>(a.figures);
        all.addAll(b.figures);
        return new ReconcileOutcome(all, distinct(a.notes, b.notes), distinct(a.likelyCauses, b.likelyCauses));
    }

    private static List<String> distinct(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * One compared figure: a day (or the whole window without a time dimension) and metric of an advertiser.
     *
     * @param closed    whether TikTok's figures of the day have settled, so that a difference is a finding
     * @param tolerance how far the delivered figure may be from TikTok's and still be equal: money is rounded to the
     *                  currency's last decimal in every row and in TikTok's total, half a unit each; counts: 0
     */
    public record Figure(String advertiserId, String day, String metric, Object delivered, Object tiktok,
                         boolean closed, BigDecimal tolerance) {

        public boolean equal() {
            return difference().abs().compareTo(tolerance) <= 0;
        }

        /** Delivered less TikTok's: negative when rows are missing. */
        public BigDecimal difference() {
            return decimal(delivered).subtract(decimal(tiktok));
        }

        /** As the header lists it. */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("advertiser_id", advertiserId);
            map.put("day", day);
            map.put("metric", metric);
            map.put("delivered", delivered);
            map.put("tiktok", tiktok);
            map.put("difference", difference());
            map.put("tolerance", tolerance);
            map.put("closed", closed);
            map.put("equal", equal());
            return map;
        }
    }

    /**
     * One message for a log or an exception: the advertiser, each differing day and metric with both figures and the
     * difference, and what could explain it.
     */
    public String describe(ReadPart part) {
        List<Figure> mismatches = mismatches();
        StringBuilder text = new StringBuilder("The report of ").append(part.describe()).append(" does not match"
                + " TikTok's advertiser total on a settled day: ");
        mismatches.stream().limit(5).forEach(f -> text.append(f.day()).append(' ').append(f.metric())
                .append(" delivered ").append(f.delivered()).append(", TikTok ").append(f.tiktok()).append(" (")
                .append(f.difference().signum() > 0 ? "+" : "").append(f.difference().toPlainString()).append("); "));
        if (mismatches.size() > 5) {
            text.append("and ").append(mismatches.size() - 5).append(" more; ");
        }
        List<String> causes = new ArrayList<>(likelyCauses);
        causes.add(mismatches.stream().anyMatch(f -> f.difference().signum() < 0)
                ? "objects whose rows TikTok's report left out (compare the campaigns table)"
                : "TikTok's total leaving objects out that its report of the level holds");
        return text.append("likely causes the component could not rule out: ").append(String.join("; ", causes))
                .append(" (every figure: header CamelTikTokReportReconciliation)").toString();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Number ? new BigDecimal(value.toString()) : BigDecimal.ZERO;
    }
}
