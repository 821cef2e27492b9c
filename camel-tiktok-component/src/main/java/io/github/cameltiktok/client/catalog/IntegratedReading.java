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
package io.github.cameltiktok.client.catalog;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;

/**
 * How the integrated report's reads differ from the other kinds' once the request is built: which reads share a
 * request ({@code advertiser_ids}), how a truncated chunk is read again, and how a window is reconciled with the
 * advertiser's total. {@link IntegratedReport} answers with these; the readers ask the kind.
 */
final class IntegratedReading {

    private IntegratedReading() {
    }

    /**
     * Why a BASIC or AUDIENCE report is not read in batches, or null when it can be: read synchronously; not with
     * TikTok's totals (they would be the batch's), and not ordered by a metric (TikTok orders the whole batch, so
     * ties could fall otherwise).
     */
    static String whyNotBatched(ReportRequest request, ReadMode mode) {
        if (mode == ReadMode.ASYNC) {
            return "mode=async reads one report task per advertiser";
        }
        if (request.enableTotalMetrics()) {
            return "enableTotalMetrics asks TikTok's totals per advertiser";
        }
        if (request.orderField() != null) {
            return "orderField sorts each advertiser's rows, and TikTok would sort the batch";
        }
        if (request.extraParameters().keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase("multi_adv_report_in_utc_time"))) {
            return "param.multi_adv_report_in_utc_time would move a batch's days to UTC";
        }
        return null;
    }

    /**
     * What TikTok's asynchronous report tasks refuse in a request (its create-task doc): empty when a task can
     * read it. The messages name the option.
     */
    static List<String> asyncProblems(ReportRequest request, List<String> filterFields) {
        List<String> problems = new ArrayList<>();
        if (!TikTokReportCatalog.ASYNC_REPORT_TYPES.contains(request.reportType())) {
            problems.add("reportType=" + request.reportType() + " is not available as an asynchronous report task."
                         + " Allowed values with mode=async: "
                         + String.join(", ", TikTokReportCatalog.ASYNC_REPORT_TYPES));
        }
        if (request.dimensions().isEmpty()) {
            problems.add("dimensions are required by asynchronous report tasks");
        }
        List<String> audience = request.dimensions().stream()
                .filter(TikTokReportCatalog.ASYNC_AUDIENCE_DIMENSIONS::contains).toList();
        List<String> uv = request.metrics().stream().filter(TikTokReportCatalog.UV_METRICS::contains).toList();
        if (!audience.isEmpty() && !uv.isEmpty()) {
            problems.add("metrics " + String.join(",", uv) + " (unique-visitor metrics) cannot be combined with"
                         + " audience dimensions " + String.join(",", audience) + " in asynchronous report tasks");
        }
        for (String field : filterFields) {
            if (!TikTokReportCatalog.ASYNC_FILTER_FIELDS.contains(field)) {
                problems.add("filters field_name " + field + " is not accepted by asynchronous report tasks. Allowed"
                             + " values: " + String.join(", ", TikTokReportCatalog.ASYNC_FILTER_FIELDS));
            }
        }
        return problems;
    }

    /**
     * How a truncated or too large chunk is read again: by a report task when it takes the request (the status and
     * slice filters a synchronous page adds are not among a task's filters), else split by the id filters at or
     * above the report's data level ({@code campaign_ids}, then {@code adgroup_ids}). Advertiser-level rows cannot
     * be merged from parts (rates are not additive): no split.
     */
    static ReportKind.Recovery recovery(ReportRequest request) {
        List<String> problems = new ArrayList<>(asyncProblems(request, request.filterFields()));
        if (request.statusFilterField() != null) {
            problems.add("report tasks take no " + request.statusFilterField() + " filter, so they could leave deleted"
                         + " objects out (includeDeleted=true)");
        }
        if (request.slice() != null && request.slice().filtered()) {
            problems.add("report tasks take no " + request.slice().filterField() + " filter, which reads the "
                         + request.slice().name());
        }
        String id = TikTokReportCatalog.idDimension(request.dataLevel());
        List<String> split = id == null ? List.of() : switch (id) {
            case "campaign_id" -> List.of("campaign_ids");
            case "adgroup_id", "ad_id" -> List.of("campaign_ids", "adgroup_ids");
            default -> List.of();
        };
        return new ReportKind.Recovery(problems, split);
    }

    /**
     * The integrated report's reconciliation: a BASIC report of campaigns, ad groups or ads by its id and time
     * only, whose only filter includes deleted objects, against the same report type and service type at the
     * advertiser level, per day.
     */
    static ReconcileCheck reconcileCheck(ReportRequest request) {
        List<String> metrics = request.metrics().stream().filter(TikTokReportCatalog::isAdditiveMetric).distinct()
                .toList();
        String why = whyNotComparable(request, metrics);
        if (why != null) {
            return ReconcileCheck.notComparable(why);
        }
        String serviceLevel = request.dataLevel().startsWith("RESERVATION_") ? "RESERVATION_ADVERTISER"
                : "AUCTION_ADVERTISER";
        ReportRequest totals = request.toBuilder().dataLevel(serviceLevel)
                .dimensions(List.of("advertiser_id", TikTokReportCatalog.DAY)).metrics(metrics).filtering(null)
                .statusFilterField(null).slices(List.of()).slice(null).orderField(null).orderType(null)
                .enableTotalMetrics(false).pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
        ReportRequest promote = null;
        if (request.slices().contains(ReportSlice.PROMOTE)) {
            String id = TikTokReportCatalog.idDimension(request.dataLevel());
            String time = request.dimensions().contains(TikTokReportCatalog.HOUR) ? TikTokReportCatalog.HOUR
                    : request.dimensions().contains(TikTokReportCatalog.DAY) ? TikTokReportCatalog.DAY : null;
            promote = request.toBuilder().reportType("BASIC").slices(List.of()).slice(ReportSlice.PROMOTE)
                    .dimensions(time == null ? List.of(id) : List.of(id, time)).metrics(metrics).orderField(null)
                    .orderType(null).enableTotalMetrics(false).pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
        }
        return new ReconcileCheck(null, metrics, totals, leftOut(request), promote);
    }

    /**
     * The campaigns a report of campaigns, ad groups or ads leaves out, which TikTok's advertiser total holds: those
     * {@code buyingTypes} and {@code campaignOrigins} leave out, and Promote campaigns where TikTok does not report
     * them by the report's dimensions.
     */
    static List<ReportSlice> leftOut(ReportRequest request) {
        if (request.slices().isEmpty()) {
            return List.of();
        }
        List<ReportSlice> out = new ArrayList<>();
        ReportSlice first = request.slices().get(0);
        if (!request.slices().contains(ReportSlice.TIKTOK_DEFAULT)) {
            boolean narrowed = ReportSlice.BUYING_TYPE_FILTER.equals(first.filterField())
                               && !first.equals(ReportSlice.TOP_VIEW);
            List<String> rest = CampaignScope.LISTING_DEFAULT_BUYING_TYPES.stream()
                    .filter(type -> !narrowed || !first.filterValues().contains(type)).toList();
            out.add(narrowed ? ReportSlice.buyingTypes(rest) : ReportSlice.TIKTOK_DEFAULT);
        }
        for (ReportSlice apart : List.of(ReportSlice.TOP_VIEW, ReportSlice.PROMOTE)) {
            if (!request.slices().contains(apart)) {
                out.add(apart);
            }
        }
        return List.copyOf(out);
    }

    static String whyNotComparable(ReportRequest request, List<String> additive) {
        if (!"BASIC".equals(request.reportType())) {
            return "report type " + request.reportType() + " is not reconciled (only BASIC reports are)";
        }
        String level = request.dataLevel() == null ? "" : request.dataLevel();
        if (!level.matches("(AUCTION|RESERVATION)_(CAMPAIGN|ADGROUP|AD)")) {
            return "data level " + level + " is the advertiser's total itself";
        }
        if (request.queryLifetime()) {
            return "a lifetime report has no days to compare";
        }
        if (additive.isEmpty()) {
            return "no additive metric (spend, impressions, clicks, conversion, ...) is requested";
        }
        String id = TikTokReportCatalog.idDimension(level);
        List<String> breakdowns = request.dimensions().stream().filter(d -> !d.equals(id) && !"ad_id_v2".equals(d)
                && !"advertiser_id".equals(d) && !TikTokReportCatalog.DAY.equals(d)
                && !TikTokReportCatalog.HOUR.equals(d)).toList();
        if (!breakdowns.isEmpty()) {
            return "a breakdown by " + String.join(", ", breakdowns) + " is not compared: TikTok's breakdowns lag and"
                   + " leave out what they cannot attribute (its reporting FAQ, doc 1738864850353154)";
        }
        String statusField = TikTokReportCatalog.statusFilterField(request.reportType(), level);
        // the filter of includeDeleted=true is added to each page's query, not to the request's filtering
        boolean deletedIncluded = request.statusFilterField() != null;
        if (request.filters() != null && request.filters().failure() != null) {
            return "the filters are not JSON";
        }
        for (JsonNode filter : request.filters() == null ? List.<JsonNode>of() : request.filters().filters()) {
            boolean statusAll = filter.path("field_name").asText().equals(statusField)
                                && "IN".equals(filter.path("filter_type").asText())
                                && filter.path("filter_value").asText().replace(" ", "").equals("[\"STATUS_ALL\"]");
            if (!statusAll) {
                return "the filter on " + filter.path("field_name").asText() + " narrows the report";
            }
            deletedIncluded = true;
        }
        if (!deletedIncluded) {
            return "deleted objects are left out (includeDeleted=false, or mode=async), so the report is not the"
                   + " advertiser's whole total";
        }
        return null;
    }
}
