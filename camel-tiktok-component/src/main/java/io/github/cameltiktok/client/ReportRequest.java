package io.github.cameltiktok.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What to report, independent of advertiser and dates: the resolved, immutable parameters of one TikTok
 * report, read synchronously or by a report task.
 *
 * @param filtering       the {@code filtering} JSON array as the user wrote it, or null
 * @param extraParameters free request parameters passed through unchanged (the "Add Field" of no-code tools)
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
        int pageSize) {

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
                orderType, queryLifetime, enableTotalMetrics, extraParameters, pageSize);
    }
}
