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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;
import io.github.cameltiktok.client.model.TikTokIds;

/**
 * A kind of TikTok report and everything in which it differs from the others: the endpoint it is read from and
 * that endpoint's query, what it is read for (advertisers, a Business Center), what must be looked up first (the
 * accounts' time zones, the TikTok Shop stores), which options belong to it, TikTok's rules for its requests, and
 * how its reads are batched, recovered and reconciled. Adding a kind is adding one implementation and registering
 * it ({@link ReportKinds}); nothing else asks which kind a report is.
 */
public interface ReportKind {

    /** A text metric of any kind: no number, never summed or sorted by (the kinds' names do not clash). */
    static boolean isAttributeMetric(String metric) {
        return TikTokReportCatalog.isAttributeMetric(metric) || GmvMaxCatalog.isAttributeMetric(metric);
    }

    /** A metric of any kind whose values add up over rows (spend, impressions; not rates or unique visitors). */
    static boolean isAdditiveMetric(String metric) {
        return TikTokReportCatalog.isAdditiveMetric(metric) || GmvMaxCatalog.isAdditiveMetric(metric);
    }

    /** An amount of money in the account's currency: never summed across advertisers of different currencies. */
    static boolean isMoneyMetric(String metric) {
        return TikTokReportCatalog.isMoneyMetric(metric) || GmvMaxCatalog.isMoneyMetric(metric);
    }

    /**
     * An amount or a ratio of amounts, typed {@link java.math.BigDecimal} even when TikTok writes it without
     * decimals: the money metrics the catalog knows, and by its name any other cost, spend, value, revenue, price,
     * ROAS or ROI (TikTok's names for them, e.g. cost_per_consideration, complete_payment_roas).
     */
    static boolean isAmount(String metric) {
        if (isMoneyMetric(metric)) {
            return true;
        }
        for (String part : metric.split("_")) {
            if (AMOUNT_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The words of TikTok's metric names that make it an amount or a ratio of amounts. */
    java.util.Set<String> AMOUNT_WORDS = java.util.Set.of("cost", "spend", "value", "revenue", "price", "roas",
            "roi", "cpc", "cpm", "cpa", "cpv", "gmv", "budget", "bid");

    /** The values of the {@code reportType} option this kind reads. */
    List<String> reportTypes();

    /** The path of the synchronous report, under the base URL. */
    String path();

    /**
     * The query of one page: what the page is read for ({@link #queryHead}), then what every kind sends alike.
     * Arrays and objects are JSON text (the transport percent-encodes every value).
     *
     * @param id    what the part is read for: an advertiser, or a Business Center
     * @param chunk the days, or null for a lifetime report
     */
    default Map<String, String> pageQuery(ReportRequest request, String id, DateWindow chunk, int page,
                                          ObjectMapper mapper) {
        Map<String, String> query = new LinkedHashMap<>();
        queryHead(query, request, id, mapper);
        query.put("dimensions", HttpTransport.json(mapper, request.dimensions()));
        if (!request.metrics().isEmpty()) {
            query.put("metrics", HttpTransport.json(mapper, request.metrics()));
        }
        String filtering = request.sentFiltering();
        if (filtering != null) {
            query.put("filtering", filtering);
        }
        if (request.orderField() != null) {
            query.put(orderParameters().get(0), request.orderField());
            query.put(orderParameters().get(1), request.orderType());
        }
        if (request.queryLifetime()) {
            query.put("query_lifetime", "true");
        } else if (chunk != null) {
            query.put("start_date", chunk.start().toString());
            query.put("end_date", chunk.end().toString());
        }
        if (request.enableTotalMetrics()) {
            query.put("enable_total_metrics", "true");
        }
        query.putAll(request.extraParameters());
        query.put("page", Integer.toString(page));
        query.put("page_size", Integer.toString(request.pageSize()));
        return query;
    }

    /** The first parameters of a page's query, where the kinds differ: the ids read, the report type and level. */
    void queryHead(Map<String, String> query, ReportRequest request, String id, ObjectMapper mapper);

    /** TikTok's names of the parameters a report is ordered by: the field, then the direction. */
    default List<String> orderParameters() {
        return List.of("order_field", "order_type");
    }

    /**
     * Why a report of this kind is not read several advertisers a request ({@code advertiserBatchSize}), or null
     * when this one can be. Decided once, when the endpoint is resolved.
     */
    default String whyNotBatched(ReportRequest request, ReadMode mode) {
        return "TikTok reads several advertisers in one request for reportType "
               + String.join(" and ", TikTokReportCatalog.BATCHABLE_REPORT_TYPES) + " only";
    }

    /** How each window of this report is compared with TikTok's own total ({@code reconcile}), or why not. */
    default ReconcileCheck reconcileCheck(ReportRequest request) {
        return ReconcileCheck.notComparable("report type " + request.reportType() + " is not reconciled");
    }

    /**
     * How a chunk TikTok cut short or found too large is read again: whether by a report task, and by which id
     * filters it can be split. A kind without either has the chunk fail with TikTok's error.
     */
    default Recovery recovery(ReportRequest request) {
        return new Recovery(List.of("reportType=" + request.reportType() + " has no report tasks"), List.of());
    }

    /**
     * How a chunk is read again.
     *
     * @param whyNoReportTask   why a report task cannot read it; empty when one can
     * @param splitFilterFields the id filters it can be split by, widest first; empty when it cannot be split
     */
    record Recovery(List<String> whyNoReportTask, List<String> splitFilterFields) {
        public Recovery {
            whyNoReportTask = List.copyOf(whyNoReportTask);
            splitFilterFields = List.copyOf(splitFilterFields);
        }
    }

    /** Whether each id is an ad account, whose time zone (its "today") and currency TikTok's account info tells. */
    default boolean readsAccounts() {
        return true;
    }

    /** Whether each advertiser's report is read per TikTok Shop store, the stores TikTok lists for it. */
    default boolean readsStores() {
        return false;
    }

    /**
     * The field that names the id a report of this kind is read by, first in each of its rows whatever the number
     * of ids read: {@code advertiser_id}; a Business Center report's is {@code bc_id}.
     */
    default String idField() {
        return "advertiser_id";
    }

    /**
     * The ids an endpoint reads, from the option that names them for this kind; the reasons added to
     * {@code errors} when they are missing or bad, and the options of other kinds that were given. A kind read
     * for advertisers takes {@code advertiserId}, or none to read every advertiser TikTok lists for the token.
     */
    default List<String> ids(Options options, List<String> errors) {
        if (options.bcId() != null) {
            errors.add("Invalid option bcId with reportType=" + options.reportType() + ": bcId is for reportType=BC"
                       + " only");
        }
        if (options.discovers()) {
            return List.of();   // every advertiser TikTok lists for the token, asked at run time
        }
        if (options.advertiserId() == null || options.advertiserId().isBlank()) {
            errors.add("Missing option advertiserId: give a TikTok advertiser id, or several separated by commas (or"
                       + " appId and appSecret beside the token, to read every advertiser TikTok lists for it)");
            return List.of();
        }
        return TikTokIds.parse(options.advertiserId(), "option advertiserId", "advertiser", errors);
    }

    /** The options the endpoint gave that this kind does not take (with the allowed values), added to errors. */
    void checkOptions(Options options, List<String> errors);

    /**
     * The filters to send: the user's, merged with what the preset and {@code includeDeleted} add where the kind's
     * filters are an object; null when there are none. By default the user's, as given.
     *
     * @param presetFilters the preset's filters, or null
     */
    default String filtering(ObjectMapper mapper, String userFilters, String presetFilters, boolean includeDeleted,
                             List<String> dimensions) {
        return userFilters;
    }

    /**
     * The request with the status filter that includes deleted objects, where the kind has one and the user's
     * filters do not name it; what cannot be honoured is told to {@code warn}. By default the request unchanged.
     */
    default ReportRequest withDeletedObjects(ReportRequest request, ReadMode mode, ObjectMapper mapper,
                                             Consumer<String> warn) {
        return request;
    }

    /**
     * The slices the report is read by, so that it counts the campaigns {@code scope} names although TikTok serves
     * some of them only apart ({@link ReportSlice}); empty when it is read as it is. A kind that does not count by
     * campaign says so when the scope is narrower than every campaign (set on the component, it applies to the
     * kinds that do).
     */
    default List<ReportSlice> slices(ReportRequest request, CampaignScope scope, ReadMode mode, ObjectMapper mapper,
                                     List<String> errors, List<String> warnings) {
        if (!scope.isAll()) {
            warnings.add("buyingTypes and campaignOrigins have no effect on reportType=" + request.reportType()
                         + (request.dataLevel() == null ? "" : " at data level " + request.dataLevel()) + ": they"
                         + " narrow campaign, ad group and ad reports (BASIC, AUDIENCE, service type AUCTION) and"
                         + " entity tables");
        }
        return List.of();
    }

    /** The request against TikTok's rules for the kind: errors fail the start, warnings are logged. */
    void validate(ReportRequest request, Validation validation, List<String> errors, List<String> warnings);

    /**
     * The options of an endpoint that decide what it reads, as the user gave them (null when not given).
     *
     * @param parameterNames the names of the {@code param.*} options
     * @param advertiserFields whether {@code advertiserFields} asks for account fields
     */
    /** @param discovers no advertiserId, and the app's id and secret to list the token's advertisers with */
    record Options(String reportType, String dataLevel, String serviceType, ReadMode mode, boolean queryLifetime,
                   Set<String> parameterNames, String advertiserId, String bcId, String storeId,
                   boolean advertiserFields, boolean discovers) {
    }

    /**
     * How a request is checked.
     *
     * @param window         the configured window, or null when the dates are computed at run time (rolling window)
     * @param fieldCheck     how dimensions and metrics the catalog does not know are treated (validateFields)
     * @param splitDateRange false turns a window longer than TikTok allows into an error
     */
    record Validation(ObjectMapper mapper, ReadMode mode, DateWindow window, FieldCheck fieldCheck,
                      boolean splitDateRange) {
    }
}
