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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.model.ReadMode;
import io.github.cameltiktok.client.model.ReportFilters;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * GMV Max reports ({@code reportType=GMV_MAX}, {@code GET /gmv_max/report/get/}): one TikTok Shop store a request,
 * the stores TikTok lists for each advertiser, a filtering object rather than the integrated report's array, the
 * sort as {@code sort_field}/{@code sort_type}, no report tasks, no data level; checked against
 * {@link GmvMaxCatalog}. Its filtering object is the user's, plus the preset's promotion type and, with
 * {@code includeDeleted}, every campaign status at campaign level.
 */
public final class GmvMaxReport implements ReportKind {

    static final GmvMaxReport INSTANCE = new GmvMaxReport();

    /** GMV Max request parameters that have an option of their own and so cannot be given as {@code param.*}. */
    private static final Map<String, String> OWN_OPTIONS = Map.of(
            "store_ids", "storeId", "sort_field", "orderField", "sort_type", "orderType");

    private GmvMaxReport() {
    }

    @Override
    public String path() {
        return GmvMaxCatalog.REPORT_PATH;
    }

    @Override
    public List<String> reportTypes() {
        return List.of(GmvMaxCatalog.REPORT_TYPE);
    }

    @Override
    public void queryHead(Map<String, String> query, ReportRequest request, String id, ObjectMapper mapper) {
        query.put("advertiser_id", id);
        query.put("store_ids", HttpTransport.json(mapper, List.of(request.storeId())));
    }

    @Override
    public List<String> orderParameters() {
        return List.of("sort_field", "sort_type");
    }

    /** The additive metrics GMV Max's account level answers. */
    static final List<String> ACCOUNT_METRICS = List.of("cost", "net_cost", "orders", "gross_revenue");

    private static final List<String> TIME_AND_CAMPAIGN = List.of("campaign_id", "stat_time_day", "stat_time_hour");

    /**
     * A campaign report (product or LIVE) by campaign and time only, whose only filters are the promotion type and
     * every campaign status, against the store's account level of the same promotion type, per day.
     */
    @Override
    public ReconcileCheck reconcileCheck(ReportRequest request) {
        List<String> metrics = request.metrics().stream().filter(ACCOUNT_METRICS::contains).distinct().toList();
        if (!request.dimensions().contains("campaign_id") || !TIME_AND_CAMPAIGN.containsAll(request.dimensions())) {
            return ReconcileCheck.notComparable("GMV Max reports are reconciled at the campaign level only"
                                                + " (dimensions campaign_id and a time dimension)");
        }
        if (metrics.isEmpty()) {
            return ReconcileCheck.notComparable("no metric of GMV Max's account level (cost, net_cost, orders,"
                                                + " gross_revenue) is requested");
        }
        JsonNode filtering = request.filters() == null ? JsonNodeFactory.instance.objectNode() : request.filters().tree();
        if (filtering == null || !filtering.isObject()) {
            return ReconcileCheck.notComparable("the filters are not TikTok's filtering object");
        }
        for (java.util.Iterator<String> keys = filtering.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!GmvMaxCatalog.PROMOTION_TYPES_FILTER.equals(key) && !GmvMaxCatalog.CAMPAIGN_STATUSES.equals(key)) {
                return ReconcileCheck.notComparable("the filter on " + key + " narrows the report");
            }
        }
        Set<String> statuses = new LinkedHashSet<>();
        filtering.path(GmvMaxCatalog.CAMPAIGN_STATUSES).forEach(s -> statuses.add(s.asText()));
        if (!statuses.containsAll(GmvMaxCatalog.ALL_CAMPAIGN_STATUSES)) {
            return ReconcileCheck.notComparable("deleted campaigns are left out (includeDeleted=false, or"
                    + " campaign_statuses narrows), so the report is not the store's whole total");
        }
        JsonNode types = filtering.path(GmvMaxCatalog.PROMOTION_TYPES_FILTER);
        String promotion = types.isMissingNode() ? null
                : JsonNodeFactory.instance.objectNode().set(GmvMaxCatalog.PROMOTION_TYPES_FILTER, types).toString();
        ReportRequest totals = request.toBuilder().dimensions(List.of("advertiser_id", "stat_time_day"))
                .metrics(metrics).filtering(promotion).orderField(null).orderType(null).enableTotalMetrics(false)
                .pageSize(TikTokReportCatalog.MAX_PAGE_SIZE).build();
        return new ReconcileCheck(null, metrics, totals, List.of(), null);
    }

    /** Each advertiser's report is read per TikTok Shop store. */
    @Override
    public boolean readsStores() {
        return true;
    }

    /** The options a GMV Max report does not take. */
    @Override
    public void checkOptions(Options options, List<String> errors) {
        if (options.dataLevel() != null) {
            errors.add("Invalid option dataLevel=" + options.dataLevel() + " with reportType=GMV_MAX: GMV Max reports take"
                       + " no data level, their dimensions and promotion type pick the level. Allowed values: none");
        }
        if (!"AUCTION".equals(options.serviceType())) {
            errors.add("Invalid value '" + options.serviceType() + "' for option serviceType with reportType=GMV_MAX."
                       + " Allowed values: AUCTION");
        }
        if (options.mode() == ReadMode.ASYNC) {
            errors.add("Invalid option mode=async with reportType=GMV_MAX: TikTok has no report tasks for GMV Max."
                       + " Allowed values: auto, sync");
        }
        if (options.queryLifetime()) {
            errors.add("Invalid option queryLifetime=true with reportType=GMV_MAX: GMV Max reports always cover dates."
                       + " Allowed values: false");
        }
        IntegratedReport.ownOptions(options, OWN_OPTIONS, errors);
    }

    /**
     * The filtering object to send: the user's keys as written, then the preset's keys the user did not name, then
     * with {@code includeDeleted} at campaign level {@code campaign_statuses} with every status TikTok's SDK lists
     * (TikTok's default leaves deleted campaigns out). Returns the user's text unchanged when it is not a JSON object
     * (the validator says why), and null when nothing is to be sent.
     */
    @Override
    public String filtering(ObjectMapper mapper, String userFilters, String presetFilters, boolean includeDeleted,
                            List<String> dimensions) {
        ObjectNode merged;
        try {
            JsonNode user = userFilters == null ? mapper.createObjectNode() : mapper.readTree(userFilters);
            if (!(user instanceof ObjectNode object)) {
                return userFilters;
            }
            merged = object;
            if (presetFilters != null) {
                mapper.readTree(presetFilters).fields().forEachRemaining(preset -> {
                    if (!merged.has(preset.getKey())) {
                        merged.set(preset.getKey(), preset.getValue());
                    }
                });
            }
        } catch (JsonProcessingException e) {
            return userFilters;
        }
        boolean campaignLevel = GmvMaxCatalog.level(dimensions, promotionType(merged))
                .map(GmvMaxCatalog.Level::campaignStatuses).orElse(false);
        if (includeDeleted && campaignLevel && !merged.has(GmvMaxCatalog.CAMPAIGN_STATUSES)) {
            GmvMaxCatalog.ALL_CAMPAIGN_STATUSES.forEach(merged.putArray(GmvMaxCatalog.CAMPAIGN_STATUSES)::add);
        }
        if (merged.isEmpty()) {
            return null;
        }
        return HttpTransport.json(mapper, merged);
    }

    @Override
    public void validate(ReportRequest request, Validation validation, List<String> errors, List<String> warnings) {
        validate(request, validation.mapper(), validation.fieldCheck(), errors, warnings);
        Checks.checkPageSize(errors, request);
        Checks.checkSpan(errors, request, validation.mode(), validation.window(), validation.splitDateRange());
    }

    /**
     * A GMV Max report against {@link GmvMaxCatalog}: its dimensions must form one of the levels' groupings, the
     * filtering object must hold the keys that level requires, and the metrics must be the level's (TikTok answers
     * 40002 for product metrics at campaign level).
     */
    private static void validate(ReportRequest request, ObjectMapper mapper, FieldCheck check,
                                 List<String> errors, List<String> warnings) {
        List<String> dimensions = request.dimensions();
        boolean knownDimensions = !dimensions.isEmpty() && GmvMaxCatalog.DIMENSIONS.containsAll(dimensions);
        if (dimensions.isEmpty()) {
            errors.add("Missing option dimensions: give at least one, e.g. dimensions=campaign_id,"
                       + TikTokReportCatalog.DAY);
        } else {
            Checks.names(errors, warnings, check, "dimensions", dimensions,
                    new LinkedHashSet<>(GmvMaxCatalog.DIMENSIONS), KnownNames.catalogDimensions(),
                    ReportFields.allDimensions(), "GMV Max reports");
            Checks.duplicates(errors, "dimensions", dimensions);
        }
        if (dimensions.contains(TikTokReportCatalog.DAY) && dimensions.contains(TikTokReportCatalog.HOUR)) {
            errors.add(Checks.invalidValue("dimensions", String.join(",", dimensions), Checks.ONE_TIME_DIMENSION));
        }
        JsonNode filtering = checkFiltering(mapper, errors, warnings, check != FieldCheck.OFF, request.filters());
        String promotionType = promotionType(filtering);
        GmvMaxCatalog.Level level = knownDimensions ? level(errors, dimensions, promotionType) : null;
        if (level != null) {
            if (!level.timed() && dimensions.stream().anyMatch(GmvMaxCatalog::isTimeDimension)) {
                errors.add(Checks.invalidValue("dimensions", String.join(",", dimensions), "the " + level.name()
                        + " level of GMV Max takes no time dimension", level.describeGroupings()));
            }
            for (String key : level.requiredFilters()) {
                if (filtering == null || !filtering.has(key)) {
                    errors.add("Missing key " + key + " in option filters: the " + level.name() + " level of GMV Max"
                               + " (dimensions " + String.join(",", dimensions) + ") needs it, e.g. filters={\""
                               + key + "\":[\"" + (key.equals(GmvMaxCatalog.PROMOTION_TYPES_FILTER)
                                       ? level.promotionType() : "123") + "\"]}");
                }
            }
        }
        if (request.metrics().isEmpty()) {
            errors.add("Missing option metrics: give at least one, e.g. metrics=cost,orders,gross_revenue");
        }
        Set<String> allowedMetrics = new LinkedHashSet<>();
        if (level != null) {
            allowedMetrics.addAll(level.metrics());
        } else {
            GmvMaxCatalog.LEVELS.forEach(l -> allowedMetrics.addAll(l.metrics()));
        }
        Checks.names(errors, warnings, check, "metrics", request.metrics(), allowedMetrics,
                KnownNames.catalogMetrics(), ReportFields.allMetrics(), level != null ? "the " + level.name() + " level of GMV Max (TikTok answers 40002)" : "GMV Max reports");
        Checks.duplicates(errors, "metrics", request.metrics());
        if (request.orderField() != null) {
            List<String> sortable = GmvMaxCatalog.sortFields(level != null && level.promotionType() != null
                    ? level.promotionType() : promotionType).stream().filter(request.metrics()::contains).toList();
            if (!sortable.contains(request.orderField())) {
                errors.add("Invalid value '" + request.orderField() + "' for option orderField (TikTok's sort_field):"
                           + " it must be a requested metric that TikTok sorts GMV Max reports by. Allowed values: "
                           + (sortable.isEmpty() ? "(none: add cost, orders, gross_revenue or roi)"
                                   : String.join(", ", sortable)));
            }
            Checks.oneOf(errors, "orderType", request.orderType(), TikTokReportCatalog.ORDER_TYPES);
        }
    }

    /** The level of GMV Max reporting the dimensions ask for, or null with the reason added to the errors. */
    private static GmvMaxCatalog.Level level(List<String> errors, List<String> dimensions,
                                                  String promotionType) {
        Optional<GmvMaxCatalog.Level> level = GmvMaxCatalog.level(dimensions, promotionType);
        if (level.isPresent()) {
            return level.get();
        }
        List<GmvMaxCatalog.Level> grouped = GmvMaxCatalog.levelsWithGrouping(dimensions);
        if (grouped.isEmpty()) {
            List<String> groupings = GmvMaxCatalog.LEVELS.stream()
                    .map(l -> l.name() + ": " + l.describeGroupings()).toList();
            errors.add(Checks.invalidValue("dimensions", String.join(",", dimensions),
                    "not a grouping of GMV Max reports", String.join("; ", groupings)));
        } else if (promotionType == null) {
            errors.add("Missing key gmv_max_promotion_types in option filters: dimensions "
                       + String.join(",", dimensions) + " are a level of both PRODUCT and LIVE GMV Max, name one, e.g."
                       + " filters={\"gmv_max_promotion_types\":[\"PRODUCT\"]}");
        } else {
            errors.add("Invalid value '" + String.join(",", dimensions) + "' for option dimensions with"
                       + " gmv_max_promotion_types " + promotionType + ": a level of "
                       + grouped.get(0).promotionType() + " GMV Max only. Allowed values: " + String.join("; ",
                       GmvMaxCatalog.LEVELS.stream().filter(l -> l.promotionType() == null
                                                                 || l.promotionType().equals(promotionType))
                               .map(l -> l.name() + ": " + l.describeGroupings()).toList()));
        }
        return null;
    }

    /** The filtering object of a GMV Max report, checked key by key; null when absent or not an object. */
    private static JsonNode checkFiltering(ObjectMapper mapper, List<String> errors, List<String> warnings,
                                           boolean validateFields, ReportFilters filters) {
        if (filters == null) {
            return null;
        }
        String filtering = filters.text();
        String expected = ". Expected TikTok's GMV Max filtering object, e.g. {\"gmv_max_promotion_types\":"
                          + "[\"PRODUCT\"],\"campaign_ids\":[\"123\"]}";
        JsonNode root = Checks.readFilters(errors, filters, expected);
        if (root == null) {
            return null;
        }
        if (!root.isObject()) {
            errors.add(Checks.invalidValue("filters", filtering, "GMV Max reports take a JSON object" + expected));
            return null;
        }
        root.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            List<String> allowed = GmvMaxCatalog.LIST_FILTERS.get(key);
            if (allowed != null) {
                boolean strings = value.isArray() && !value.isEmpty();
                for (JsonNode item : value) {
                    strings &= item.isTextual();
                }
                if (!strings) {
                    errors.add("Invalid value " + value + " for key " + key + " in option filters: a non-empty JSON"
                               + " array of strings, e.g. [\"" + (allowed.isEmpty() ? "123" : allowed.get(0)) + "\"]");
                } else if (value.size() > GmvMaxCatalog.MAX_FILTER_IDS) {
                    errors.add("Invalid value for key " + key + " in option filters: " + value.size() + " entries."
                               + " Allowed values: at most " + GmvMaxCatalog.MAX_FILTER_IDS);
                } else if (!allowed.isEmpty()) {
                    value.forEach(item -> {
                        if (!allowed.contains(item.asText())) {
                            errors.add("Invalid value '" + item.asText() + "' for key " + key + " in option filters."
                                       + " Allowed values: " + String.join(", ", allowed));
                        }
                    });
                }
            } else if (GmvMaxCatalog.TEXT_FILTERS.contains(key)) {
                if (!value.isTextual()) {
                    errors.add("Invalid value " + value + " for key " + key + " in option filters: a string");
                }
            } else {
                String text = "Invalid key '" + key + "' in option filters: not a GMV Max filter. Allowed values: "
                              + String.join(", ", GmvMaxCatalog.LIST_FILTERS.keySet().stream().sorted().toList())
                              + ", " + String.join(", ", GmvMaxCatalog.TEXT_FILTERS);
                if (validateFields) {
                    errors.add(text + " (set validateFields=false to send keys this component does not know yet)");
                } else {
                    warnings.add(text + "; sent anyway because validateFields=false");
                }
            }
        });
        return root;
    }
    /** The one promotion type a filtering object names, or null for none or both. */
    static String promotionType(JsonNode filtering) {
        JsonNode types = filtering == null ? null : filtering.get(GmvMaxCatalog.PROMOTION_TYPES_FILTER);
        return types != null && types.isArray() && types.size() == 1 ? types.get(0).asText() : null;
    }
}
