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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.github.cameltiktok.client.catalog.ReportKind;

/**
 * What TikTok said about a report besides its rows.
 *
 * @param requestId        request_id of the last page read (of the last task call for asynchronous reports)
 * @param totalNumber      rows TikTok reported, summed over the date chunks and the parts of a split chunk
 * @param pages            pages fetched (task downloads count as one)
 * @param totalMetrics     the totals of every row described: TikTok's {@code data.total_metrics} for one chunk; over
 *                         several chunks, advertisers or parts the additive metrics summed and the others null;
 *                         over advertisers of different currencies money metrics null too. Null when
 *                         {@code enable_total_metrics} was not asked or a part came without totals (report tasks)
 * @param reconciliation   the window compared with TikTok's advertiser total, or null when it was not
 * @param totalsByCurrency the totals per account currency (money is never summed across currencies), or null when
 *                         no currency is known
 */
public record ReportResult(String requestId, long totalNumber, int pages, Map<String, Object> totalMetrics,
                           ReconcileOutcome reconciliation, Map<String, Map<String, Object>> totalsByCurrency) {

    public ReportResult(String requestId, long totalNumber, int pages, Map<String, Object> totalMetrics) {
        this(requestId, totalNumber, pages, totalMetrics, null, null);
    }

    /** The same result with its window's reconciliation. */
    public ReportResult withReconciliation(ReconcileOutcome outcome) {
        return new ReportResult(requestId, totalNumber, pages, totalMetrics, outcome, totalsByCurrency);
    }

    /** The same result, fewer rows reported: rows TikTok sent in two slices of a report, delivered once. */
    public ReportResult lessRows(long doubled) {
        return doubled == 0 ? this : new ReportResult(requestId, totalNumber - doubled, pages, totalMetrics,
                reconciliation, totalsByCurrency);
    }

    /** The same result of one advertiser whose account's currency is known. */
    public ReportResult inCurrency(String currency) {
        if (currency == null || totalMetrics == null) {
            return this;
        }
        Map<String, Map<String, Object>> byCurrency = new TreeMap<>();
        byCurrency.put(currency, totalMetrics);
        return new ReportResult(requestId, totalNumber, pages, totalMetrics, reconciliation,
                Collections.unmodifiableMap(byCurrency));
    }

    /**
     * The result of two disjoint parts of one report (date chunks, id parts, advertisers): counts and additive totals
     * summed (money only within one currency), the later one's request id.
     */
    public static ReportResult combine(ReportResult earlier, ReportResult later) {
        if (earlier == null) {
            return later;
        }
        if (later == null) {
            return earlier;
        }
        Map<String, Map<String, Object>> byCurrency = combineByCurrency(earlier, later);
        Map<String, Object> totals = combineTotals(earlier.totalMetrics, earlier.totalNumber, later.totalMetrics,
                later.totalNumber);
        if (totals != null && byCurrency != null && byCurrency.size() > 1) {
            Map<String, Object> withoutMoney = new LinkedHashMap<>(totals);
            withoutMoney.replaceAll((name, value) -> ReportKind.isMoneyMetric(name) ? null : value);
            totals = Collections.unmodifiableMap(withoutMoney);
        }
        return new ReportResult(later.requestId != null ? later.requestId : earlier.requestId,
                earlier.totalNumber + later.totalNumber, earlier.pages + later.pages, totals,
                ReconcileOutcome.combine(earlier.reconciliation, later.reconciliation), byCurrency);
    }

    private static Map<String, Map<String, Object>> combineByCurrency(ReportResult earlier, ReportResult later) {
        if (earlier.totalsByCurrency == null || later.totalsByCurrency == null) {
            return earlier.totalsByCurrency == null ? later.totalsByCurrency : earlier.totalsByCurrency;
        }
        Map<String, Map<String, Object>> byCurrency = new TreeMap<>(earlier.totalsByCurrency);
        later.totalsByCurrency.forEach((currency, totals) -> byCurrency.merge(currency, totals,
                (a, b) -> combineTotals(a, 1, b, 1)));
        return Collections.unmodifiableMap(byCurrency);
    }

    private static Map<String, Object> combineTotals(Map<String, Object> earlier, long earlierRows,
                                                     Map<String, Object> later, long laterRows) {
        // an empty part may come without totals: it adds nothing
        if (earlier == null && earlierRows == 0) {
            return later;
        }
        if (later == null && laterRows == 0) {
            return earlier;
        }
        if (earlier == null || later == null) {
            return null;
        }
        Map<String, Object> sums = new LinkedHashMap<>();
        earlier.keySet().forEach(name -> sums.put(name, null));
        later.keySet().forEach(name -> sums.put(name, null));
        for (String name : sums.keySet()) {
            if (ReportKind.isAdditiveMetric(name)) {
                sums.put(name, MetricValues.sum(earlier.get(name), later.get(name)));
            }
        }
        return Collections.unmodifiableMap(sums);
    }
}
