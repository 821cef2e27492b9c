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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportFilters;
import io.github.cameltiktok.client.model.ReportRequest;
import io.github.cameltiktok.client.model.ReportSlice;

/**
 * TikTok's integrated report ({@code GET /report/integrated/get/}) of advertisers: BASIC, AUDIENCE, PLAYABLE_MATERIAL,
 * CATALOG and TT_SHOP reports, read synchronously or by report tasks, checked against {@link TikTokReportCatalog}.
 */
public final class IntegratedReport implements ReportKind {

    static final IntegratedReport INSTANCE = new IntegratedReport();

    /** Request parameters that have an option of their own and so cannot be given as {@code param.*}. */
    static final Map<String, String> OWN_OPTIONS = Map.ofEntries(
            Map.entry("advertiser_id", "advertiserId"), Map.entry("advertiser_ids", "advertiserId"),
            Map.entry("bc_id", "bcId"),
            Map.entry("service_type", "serviceType"), Map.entry("report_type", "reportType"),
            Map.entry("data_level", "dataLevel"), Map.entry("dimensions", "dimensions"),
            Map.entry("metrics", "metrics"), Map.entry("filtering", "filters"),
            Map.entry("order_field", "orderField"), Map.entry("order_type", "orderType"),
            Map.entry("start_date", "startDate"), Map.entry("end_date", "endDate"),
            Map.entry("query_lifetime", "queryLifetime"), Map.entry("enable_total_metrics", "enableTotalMetrics"),
            Map.entry("page", "pageSize (every page is fetched)"), Map.entry("page_size", "pageSize"),
            Map.entry("output_format", "mode (report tasks always ask for CSV_STRING)"),
            Map.entry("enable_report_title_translation", "mode (report tasks never translate titles)"));

    private IntegratedReport() {
    }

    @Override
    public String path() {
        return TikTokReportCatalog.REPORT_PATH;
    }

    @Override
    public List<String> reportTypes() {
        return TikTokReportCatalog.REPORT_TYPES.stream().filter(type -> !TikTokReportCatalog.BC.equals(type)).toList();
    }

    @Override
    public void queryHead(Map<String, String> query, ReportRequest request, String id, ObjectMapper mapper) {
        if (request.advertiserIds() != null) {
            // a batch of advertisers: TikTok ignores advertiser_id when advertiser_ids is sent, so send only these
            query.put("advertiser_ids", HttpTransport.json(mapper, request.advertiserIds()));
        } else {
            query.put("advertiser_id", id);
        }
        query.put("service_type", request.serviceType());
        typeAndLevel(query, request);
    }

    /** The report type and data level, which the integrated and the Business Center report send alike. */
    static void typeAndLevel(Map<String, String> query, ReportRequest request) {
        query.put("report_type", request.reportType());
        if (request.dataLevel() != null) {
            query.put("data_level", request.dataLevel());
        }
    }

    @Override
    public String whyNotBatched(ReportRequest request, ReadMode mode) {
        return TikTokReportCatalog.BATCHABLE_REPORT_TYPES.contains(request.reportType())
                ? IntegratedReading.whyNotBatched(request, mode) : ReportKind.super.whyNotBatched(request, mode);
    }

    @Override
    public ReconcileCheck reconcileCheck(ReportRequest request) {
        return IntegratedReading.reconcileCheck(request);
    }

    @Override
    public Recovery recovery(ReportRequest request) {
        return IntegratedReading.recovery(request);
    }

    @Override
    public void checkOptions(Options options, List<String> errors) {
        noStores(options, errors);
        ownOptions(options, errors);
    }

    /** storeId belongs to GMV Max. */
    static void noStores(Options options, List<String> errors) {
        if (options.storeId() != null) {
            errors.add("Invalid option storeId with reportType=" + options.reportType() + ": stores are for GMV Max"
                       + " reports only. Allowed values: no storeId, or reportType=GMV_MAX (e.g. tiktok-report:"
                       + "gmv-max-product)");
        }
    }

    /** A param.* that names a parameter with an option of its own. */
    static void ownOptions(Options options, List<String> errors) {
        ownOptions(options, OWN_OPTIONS, errors);
    }

    /** @param ownOptions TikTok's parameter names (lower case) and the option that sets each */
    static void ownOptions(Options options, Map<String, String> ownOptions, List<String> errors) {
        for (String name : options.parameterNames()) {
            String own = ownOptions.get(name.toLowerCase(Locale.ROOT));
            if (own != null) {
                errors.add("Invalid option param." + name + ": TikTok's " + name.toLowerCase(Locale.ROOT) + " has its"
                           + " own option, use " + own);
            }
        }
    }

    /**
     * With includeDeleted: the status filter of the report's level, unless the user's filters name it already. Report
     * tasks take no status filter ({@code mode=async}): they are read with TikTok's default, which is said once.
     */
    @Override
    public ReportRequest withDeletedObjects(ReportRequest request, ReadMode mode, ObjectMapper mapper,
                                            Consumer<String> warn) {
        String field = TikTokReportCatalog.statusFilterField(request.reportType(), request.dataLevel());
        if (field == null || request.filterFields().contains(field)) {
            return request;
        }
        if (mode == ReadMode.ASYNC) {
            warn.accept("includeDeleted cannot be honoured with mode=async: TikTok's report tasks take no " + field
                        + " filter, so deleted objects may be left out. Use mode=auto or sync to include them, or"
                        + " includeDeleted=false to accept TikTok's default");
            return request;
        }
        return request.toBuilder().statusFilterField(field).build();
    }

    /** Campaign, ad group and ad reports count what Ads Manager counts: see {@link IntegratedSlices}. */
    @Override
    public List<ReportSlice> slices(ReportRequest request, CampaignScope scope, ReadMode mode, ObjectMapper mapper,
                                    List<String> errors, List<String> warnings) {
        List<ReportSlice> slices = IntegratedSlices.of(request, scope, mode, errors, warnings);
        return slices != null ? slices : ReportKind.super.slices(request, scope, mode, mapper, errors, warnings);
    }

    @Override
    public void validate(ReportRequest request, Validation validation, List<String> errors, List<String> warnings) {
        validate(request, validation, errors, warnings, false);
    }

    /** @param businessCenter a Business Center's report: no data level */
    void validate(ReportRequest request, Validation validation, List<String> errors, List<String> warnings,
                  boolean businessCenter) {
        ObjectMapper mapper = validation.mapper();
        ReadMode mode = validation.mode();
        DateWindow window = validation.window();
        FieldCheck fieldCheck = validation.fieldCheck();
        boolean splitDateRange = validation.splitDateRange();
        if (request.enableTotalMetrics() && mode != ReadMode.ASYNC) {
            TikTokReportCatalog.totalMetricsProblem(request).ifPresent(problem -> errors.add(
                    "Invalid option enableTotalMetrics=true: " + problem + ". Allowed values: false"));
        }
        Checks.oneOf(errors, "serviceType", request.serviceType(), TikTokReportCatalog.SERVICE_TYPES);
        boolean knownType = Checks.oneOf(errors, "reportType", request.reportType(), ReportKinds.reportTypes());
        if ("RESERVATION".equals(request.serviceType()) && !"BASIC".equals(request.reportType())) {
            errors.add("Invalid value '" + request.reportType() + "' for option reportType with serviceType=RESERVATION."
                       + " Allowed values: BASIC");
        }
        List<String> levels = TikTokReportCatalog.dataLevels(request.serviceType());
        if (request.dataLevel() == null) {
            if (knownType && TikTokReportCatalog.requiresDataLevel(request.reportType())) {
                errors.add("Missing option dataLevel: report type " + request.reportType() + " needs one."
                           + " Allowed values: " + String.join(", ", levels));
            }
        } else if (TikTokReportCatalog.TT_SHOP.equals(request.reportType())) {
            Checks.oneOf(errors, "dataLevel", request.dataLevel(), TikTokReportCatalog.TT_SHOP_DATA_LEVELS);
        } else if (!businessCenter) {
            Checks.oneOf(errors, "dataLevel", request.dataLevel(), levels);
        }

        if (request.dimensions().isEmpty()) {
            errors.add("Missing option dimensions: give at least one, e.g. dimensions=" + exampleDimensions(request));
        } else if (knownType) {
            Set<String> allowed = TikTokReportCatalog.allowedDimensions(request.reportType(), request.dataLevel());
            Checks.names(errors, warnings, fieldCheck, "dimensions", request.dimensions(), allowed,
                    KnownNames.catalogDimensions(), ReportFields.allDimensions(),
                    "report type " + request.reportType() + at(request.dataLevel()));
            Checks.duplicates(errors, "dimensions", request.dimensions());
        }
        if (request.dimensions().contains(TikTokReportCatalog.DAY)
                && request.dimensions().contains(TikTokReportCatalog.HOUR)) {
            errors.add(Checks.invalidValue("dimensions", String.join(",", request.dimensions()),
                    Checks.ONE_TIME_DIMENSION));
        }
        if (knownType) {
            Checks.names(errors, warnings, fieldCheck, "metrics", request.metrics(),
                    TikTokReportCatalog.allowedMetrics(request.reportType()), KnownNames.catalogMetrics(),
                    ReportFields.allMetrics(), "report type " + request.reportType());
            Checks.duplicates(errors, "metrics", request.metrics());
        }

        checkFiltering(mapper, errors, warnings, request.filters());
        checkOrder(errors, request);

        Checks.checkPageSize(errors, request);
        if (request.queryLifetime()) {
            if (knownType && !TikTokReportCatalog.supportsLifetime(request.reportType())) {
                errors.add("Invalid value 'true' for option queryLifetime with reportType=" + request.reportType()
                           + ". queryLifetime is allowed for report types: BASIC, PLAYABLE_MATERIAL");
            }
            if (request.dimensions().contains(TikTokReportCatalog.DAY)
                    || request.dimensions().contains(TikTokReportCatalog.HOUR)) {
                errors.add("Invalid value 'true' for option queryLifetime: lifetime reports take no time dimension,"
                           + " remove stat_time_day/stat_time_hour from dimensions");
            }
        } else {
            Checks.checkSpan(errors, request, mode, window, splitDateRange);
        }
        if (mode == ReadMode.ASYNC && knownType) {
            checkAsync(mapper, errors, request);
        }
    }

    /** What TikTok's report tasks refuse, named by option, before any task is created. */
    private static void checkAsync(ObjectMapper mapper, List<String> errors, ReportRequest request) {
        IntegratedReading.asyncProblems(request, request.filterFields())
                .forEach(problem -> errors.add("Invalid option with mode=async: " + problem));
        if (request.enableTotalMetrics()) {
            errors.add("Invalid option enableTotalMetrics=true with mode=async: report tasks answer a CSV without"
                       + " totals. Allowed values: false, or mode=auto/sync");
        }
    }

    private static String at(String dataLevel) {
        return dataLevel == null ? "" : " at data level " + dataLevel;
    }

    private static String exampleDimensions(ReportRequest request) {
        String id = TikTokReportCatalog.idDimension(request.dataLevel());
        return (id == null ? "campaign_id" : id) + "," + TikTokReportCatalog.DAY;
    }

    private static void checkFiltering(ObjectMapper mapper, List<String> errors, List<String> warnings,
                                       ReportFilters filters) {
        if (filters == null) {
            return;
        }
        String filtering = filters.text();
        String expected = ". Expected a JSON array of objects with field_name, filter_type and filter_value, e.g."
                          + " [{\"field_name\":\"campaign_ids\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"123\\\"]\"}]";
        JsonNode root = Checks.readFilters(errors, filters, expected);
        if (root == null) {
            return;
        }
        if (!root.isArray()) {
            errors.add(Checks.invalidValue("filters", filtering, "not a JSON array" + expected));
            return;
        }
        for (JsonNode filter : root) {
            if (!filter.isObject() || !filter.hasNonNull("field_name") || !filter.hasNonNull("filter_type")
                    || !filter.hasNonNull("filter_value")) {
                errors.add("Invalid value '" + filter + "' in option filters: each filter needs field_name,"
                           + " filter_type and filter_value" + expected);
            } else if (!filter.get("filter_value").isTextual()) {
                errors.add("Invalid filter_value " + filter.get("filter_value") + " in option filters (field_name "
                           + filter.get("field_name").asText() + "): TikTok wants a string, a JSON-encoded one for"
                           + " lists, e.g. \"filter_value\":\"[\\\"123\\\"]\"" );
            } else if (TikTokReportCatalog.PAGE_ONLY_FILTER_TYPES.contains(filter.get("filter_type").asText())) {
                warnings.add("filter_type " + filter.get("filter_type").asText() + " (field_name "
                             + filter.get("field_name").asText() + ") is documented on TikTok's report page but is"
                             + " not among the filter types of TikTok's API spec (" + String.join(", ",
                                     TikTokReportCatalog.FILTER_TYPES) + "): if TikTok answers 40002, use IN with"
                             + " the values to keep");
            } else if (!TikTokReportCatalog.FILTER_TYPES.contains(filter.get("filter_type").asText())) {
                errors.add("Invalid filter_type '" + filter.get("filter_type").asText() + "' in option filters."
                           + " Allowed values: " + String.join(", ", TikTokReportCatalog.FILTER_TYPES) + " (and "
                           + String.join(", ", TikTokReportCatalog.PAGE_ONLY_FILTER_TYPES) + ", which only"
                           + " TikTok's report page documents)");
            }
        }
    }

    private static void checkOrder(List<String> errors, ReportRequest request) {
        if (request.orderField() == null) {
            return;
        }
        List<String> sortable = request.metrics().stream()
                .filter(m -> !TikTokReportCatalog.isAttributeMetric(m)).toList();
        if (!sortable.contains(request.orderField())) {
            errors.add(Checks.invalidValue("orderField", request.orderField(), "it must be one of the requested"
                    + " metrics that is not an attribute (name, budget, type)",
                    sortable.isEmpty() ? "(none: add a numeric metric)" : String.join(", ", sortable)));
        }
        Checks.oneOf(errors, "orderType", request.orderType(), TikTokReportCatalog.ORDER_TYPES);
    }
}
