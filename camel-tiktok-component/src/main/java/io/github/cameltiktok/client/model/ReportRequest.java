package io.github.cameltiktok.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;

/**
 * What to report, independent of advertiser and dates: the resolved, immutable parameters of one TikTok
 * report, read synchronously or by a report task.
 *
 * @param filtering         the {@code filtering} JSON array as the user wrote it, or null
 * @param extraParameters   free request parameters passed through unchanged (the "Add Field" of no-code tools)
 * @param statusFilterField {@code campaign_status}, {@code adgroup_status} or {@code ad_status}: synchronous reads
 *                          ask for that field {@code IN ["STATUS_ALL"]} so that deleted objects are included; null
 *                          to leave TikTok's default (deleted objects left out)
 * @param storeId           the one TikTok Shop a GMV Max report is asked for ({@code store_ids}); null for other
 *                          reports and before a read picks the store
 */
public record ReportRequest(
        String serviceType,
        String reportType,
        String dataLevel,
        List<String> dimensions,
        List<String> metrics,
        String filtering,
        String orderField,
        String orderType,
        boolean queryLifetime,
        boolean enableTotalMetrics,
        Map<String, String> extraParameters,
        int pageSize,
        String statusFilterField,
        String storeId) {

    /** TikTok's status filter value that includes deleted objects. */
    public static final String STATUS_ALL = "STATUS_ALL";

    public ReportRequest {
        dimensions = List.copyOf(dimensions);
        metrics = List.copyOf(metrics);
        extraParameters = Map.copyOf(extraParameters);
    }

    /**
     * The field names the filters name, in order: the {@code field_name}s of the integrated report's array, the keys
     * of GMV Max's object; none when there are no filters or they are not JSON.
     */
    public List<String> filterFields(ObjectMapper mapper) {
        List<String> fields = new ArrayList<>();
        try {
            JsonNode filters = filtering == null ? null : mapper.readTree(filtering);
            if (filters != null && filters.isArray()) {
                filters.forEach(filter -> fields.add(filter.path("field_name").asText()));
            } else if (filters != null && filters.isObject()) {
                filters.fieldNames().forEachRemaining(fields::add);
            }
        } catch (JsonProcessingException e) {
            // not JSON: the validator reports it at start-up
        }
        return fields;
    }

    /** The same report with other filters (a part of a report split by ids). */
    public ReportRequest withFiltering(String otherFiltering) {
        return new ReportRequest(serviceType, reportType, dataLevel, dimensions, metrics, otherFiltering, orderField,
                orderType, queryLifetime, enableTotalMetrics, extraParameters, pageSize, statusFilterField, storeId);
    }

    /** The same report of one TikTok Shop (GMV Max); unchanged for a null store. */
    public ReportRequest forStore(String store) {
        if (store == null || store.equals(storeId)) {
            return this;
        }
        return new ReportRequest(serviceType, reportType, dataLevel, dimensions, metrics, filtering, orderField,
                orderType, queryLifetime, enableTotalMetrics, extraParameters, pageSize, statusFilterField, store);
    }

    /** A GMV Max report ({@code /gmv_max/report/get/}) rather than the integrated one. */
    public boolean isGmvMax() {
        return GmvMaxCatalog.REPORT_TYPE.equals(reportType);
    }

    /**
     * The {@code filtering} a synchronous page is asked with: the user's filters, plus the status filter that
     * includes deleted objects when there is one.
     */
    public String sentFiltering(ObjectMapper mapper) {
        return statusFilterField == null ? filtering
                : withInFilter(mapper, filtering, statusFilterField, List.of(STATUS_ALL));
    }

    /**
     * Filters with one more: {@code field IN values}, the value a JSON-encoded string as TikTok wants.
     *
     * @param filtering a JSON array of filters (the validator lets nothing else through), or null
     */
    public static String withInFilter(ObjectMapper mapper, String filtering, String field, List<String> values) {
        try {
            ArrayNode filters = filtering == null ? mapper.createArrayNode() : (ArrayNode) mapper.readTree(filtering);
            filters.addObject().put("field_name", field).put("filter_type", "IN")
                    .put("filter_value", mapper.writeValueAsString(values));
            return mapper.writeValueAsString(filters);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("filters are not a JSON array", e);
        }
    }
}
