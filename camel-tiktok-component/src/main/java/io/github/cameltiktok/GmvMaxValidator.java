package io.github.cameltiktok;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.model.ReportRequest;

/**
 * The checks of a GMV Max report ({@code reportType=GMV_MAX}) against {@link GmvMaxCatalog}, before any request; the
 * options' shared checks (page size, date span) stay with {@link ReportValidator}, whose message helpers it uses.
 */
final class GmvMaxValidator {

    private final ReportValidator reports;

    GmvMaxValidator(ReportValidator reports) {
        this.reports = reports;
    }

    /**
     * A GMV Max report against {@link GmvMaxCatalog}: its dimensions must form one of the levels' groupings, the
     * filtering object must hold the keys that level requires, and the metrics must be the level's (TikTok answers
     * 40002 for product metrics at campaign level).
     */
    void validate(ReportRequest request, boolean validateFields, List<String> errors, List<String> warnings) {
        List<String> dimensions = request.dimensions();
        boolean knownDimensions = !dimensions.isEmpty() && GmvMaxCatalog.DIMENSIONS.containsAll(dimensions);
        if (dimensions.isEmpty()) {
            errors.add("Missing option dimensions: give at least one, e.g. dimensions=campaign_id,"
                       + TikTokReportCatalog.DAY);
        } else {
            ReportValidator.names(errors, warnings, validateFields, "dimensions", dimensions,
                    new LinkedHashSet<>(GmvMaxCatalog.DIMENSIONS), "GMV Max reports");
            ReportValidator.duplicates(errors, "dimensions", dimensions);
        }
        if (dimensions.contains(TikTokReportCatalog.DAY) && dimensions.contains(TikTokReportCatalog.HOUR)) {
            errors.add("Invalid value '" + String.join(",", dimensions) + "' for option dimensions: use one time"
                       + " dimension, stat_time_day or stat_time_hour");
        }
        JsonNode filtering = checkFiltering(errors, warnings, validateFields, request.filtering());
        String promotionType = GmvMaxOptions.promotionType(filtering);
        GmvMaxCatalog.Level level = knownDimensions ? level(errors, dimensions, promotionType) : null;
        if (level != null) {
            if (!level.timed() && dimensions.stream().anyMatch(GmvMaxCatalog::isTimeDimension)) {
                errors.add("Invalid value '" + String.join(",", dimensions) + "' for option dimensions: the "
                           + level.name() + " level of GMV Max takes no time dimension. Allowed values: "
                           + level.describeGroupings());
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
        ReportValidator.names(errors, warnings, validateFields, "metrics", request.metrics(), allowedMetrics,
                level != null ? "the " + level.name() + " level of GMV Max (TikTok answers 40002)" : "GMV Max reports");
        ReportValidator.duplicates(errors, "metrics", request.metrics());
        if (request.orderField() != null) {
            List<String> sortable = GmvMaxCatalog.sortFields(level != null && level.promotionType() != null
                    ? level.promotionType() : promotionType).stream().filter(request.metrics()::contains).toList();
            if (!sortable.contains(request.orderField())) {
                errors.add("Invalid value '" + request.orderField() + "' for option orderField (TikTok's sort_field):"
                           + " it must be a requested metric that TikTok sorts GMV Max reports by. Allowed values: "
                           + (sortable.isEmpty() ? "(none: add cost, orders, gross_revenue or roi)"
                                   : String.join(", ", sortable)));
            }
            ReportValidator.oneOf(errors, "orderType", request.orderType(), TikTokReportCatalog.ORDER_TYPES);
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
            errors.add("Invalid value '" + String.join(",", dimensions) + "' for option dimensions: not a grouping of"
                       + " GMV Max reports. Allowed values: " + String.join("; ", groupings));
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
    private JsonNode checkFiltering(List<String> errors, List<String> warnings, boolean validateFields,
                                          String filtering) {
        if (filtering == null) {
            return null;
        }
        String expected = ". Expected TikTok's GMV Max filtering object, e.g. {\"gmv_max_promotion_types\":"
                          + "[\"PRODUCT\"],\"campaign_ids\":[\"123\"]}";
        JsonNode root = reports.readFilters(errors, filtering, expected);
        if (root == null) {
            return null;
        }
        if (!root.isObject()) {
            errors.add("Invalid value '" + filtering + "' for option filters: GMV Max reports take a JSON object"
                       + expected);
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
}
