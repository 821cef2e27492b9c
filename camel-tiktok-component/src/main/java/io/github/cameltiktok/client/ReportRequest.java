package io.github.cameltiktok.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * What to report, independent of advertiser and dates: the resolved, immutable parameters of one TikTok
 * report, read synchronously or by a report task.
 *
 * @param filtering         the {@code filtering} JSON array as the user wrote it, or null
 * @param extraParameters   free request parameters passed through unchanged (the "Add Field" of no-code tools)
 * @param statusFilterField {@code campaign_status}, {@code adgroup_status} or {@code ad_status}: synchronous reads
 *                          ask for that field {@code IN ["STATUS_ALL"]} so that deleted objects are included; null
 *                          to leave TikTok's default (deleted objects left out)
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
        String statusFilterField) {

    /** TikTok's status filter value that includes deleted objects. */
    public static final String STATUS_ALL = "STATUS_ALL";

    public ReportRequest {
        dimensions = List.copyOf(dimensions);
        metrics = List.copyOf(metrics);
        extraParameters = Map.copyOf(extraParameters);
    }

    /** The field names the filters name, in order; none when there are no filters or they are not a JSON array. */
    public List<String> filterFields(ObjectMapper mapper) {
        List<String> fields = new ArrayList<>();
        try {
            JsonNode filters = filtering == null ? null : mapper.readTree(filtering);
            if (filters != null && filters.isArray()) {
                filters.forEach(filter -> fields.add(filter.path("field_name").asText()));
            }
        } catch (JsonProcessingException e) {
            // not JSON: the validator reports it at start-up
        }
        return fields;
    }

    /** The same report with other filters (a part of a report split by ids). */
    public ReportRequest withFiltering(String otherFiltering) {
        return new ReportRequest(serviceType, reportType, dataLevel, dimensions, metrics, otherFiltering, orderField,
                orderType, queryLifetime, enableTotalMetrics, extraParameters, pageSize, statusFilterField);
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
    static String withInFilter(ObjectMapper mapper, String filtering, String field, List<String> values) {
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
