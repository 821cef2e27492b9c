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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;

/**
 * A kind of TikTok report and everything in which it differs from the others: the endpoint it is read from and
 * that endpoint's query, what it is read for (advertisers, a Business Center), what must be looked up first (the
 * accounts' time zones, the TikTok Shop stores), which options belong to it and TikTok's rules for its requests.
 * Adding a kind is adding one implementation and naming it in {@link ReportKinds#of(String)}.
 */
public interface ReportKind {

    /** The values of the {@code reportType} option: TikTok's report_type values, and GMV Max. */
    List<String> REPORT_TYPES = Stream.concat(TikTokReportCatalog.REPORT_TYPES.stream(),
            Stream.of(GmvMaxCatalog.REPORT_TYPE)).toList();

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

    /** The path of the synchronous report, under the base URL. */
    String path();

    /**
     * The query of one page: arrays and objects as JSON text (the transport percent-encodes every value).
     *
     * @param id    what the part is read for: an advertiser, or a Business Center
     * @param chunk the days, or null for a lifetime report
     */
    Map<String, String> pageQuery(ReportRequest request, String id, DateWindow chunk, int page, ObjectMapper mapper);

    /** Whether each id is an ad account, whose time zone (its "today") and currency TikTok's account info tells. */
    boolean readsAccounts();

    /** Whether each advertiser's report is read per TikTok Shop store, the stores TikTok lists for it. */
    boolean readsStores();

    /**
     * The field that names the id a report of this kind is read by, first in each of its rows whatever the number
     * of ids read: {@code advertiser_id}; a Business Center report's is {@code bc_id}.
     */
    default String idField() {
        return "advertiser_id";
    }

    /**
     * The ids an endpoint reads, from the option that names them for this kind; the reasons added to
     * {@code errors} when they are missing or bad, and the options of other kinds that were given.
     */
    List<String> ids(Options options, List<String> errors);

    /** The options the endpoint gave that this kind does not take (with the allowed values), added to errors. */
    void checkOptions(Options options, List<String> errors);

    /**
     * The filters to send: the user's, merged with what the preset and {@code includeDeleted} add where the kind's
     * filters are an object; null when there are none.
     *
     * @param presetFilters the preset's filters, or null
     */
    String filtering(ObjectMapper mapper, String userFilters, String presetFilters, boolean includeDeleted,
                     List<String> dimensions);

    /**
     * The request with the status filter that includes deleted objects, where the kind has one and the user's
     * filters do not name it; what cannot be honoured is told to {@code warn}.
     */
    ReportRequest withDeletedObjects(ReportRequest request, ReadMode mode, ObjectMapper mapper,
                                     Consumer<String> warn);

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
