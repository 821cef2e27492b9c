package io.github.cameltiktok.simulator;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.simulator.SyntheticData.Level;

/**
 * A report's {@code filtering} as TikTok applies it: id filters (IN, NOT_IN, at most 100 ids) at or above the data
 * level, the status filters that bring deleted objects in, and TikTok's 40002 for anything else.
 */
final class ReportFilters {

    private static final Map<String, Level> ID_FILTERS = Map.of(
            "campaign_ids", Level.CAMPAIGN, "adgroup_ids", Level.ADGROUP, "ad_ids", Level.AD);
    private static final Set<String> STATUS_FILTERS = Set.of("campaign_status", "adgroup_status", "ad_status");

    private final SyntheticData data;
    private final ObjectMapper mapper;

    ReportFilters(SyntheticData data, ObjectMapper mapper) {
        this.data = data;
        this.mapper = mapper;
    }

    /** The global indices of the advertiser's objects at the level that the filters keep. */
    long[] entities(Level level, int advertiser, String filtering, boolean task) {
        long count = data.entitiesPerAdvertiser(level);
        Map<Level, Set<Long>> include = new LinkedHashMap<>();
        Map<Level, Set<Long>> exclude = new LinkedHashMap<>();
        // TikTok leaves deleted objects out of campaign, ad group and ad reports unless the level's status
        // filter asks for STATUS_ALL; advertiser figures include everything
        boolean deletedToo = level == Level.ADVERTISER;
        if (filtering != null) {
            JsonNode filters;
            try {
                filters = mapper.readTree(filtering);
            } catch (JsonProcessingException e) {
                throw ApiError.invalid("filtering: Not a valid JSON.");
            }
            if (filters == null || !filters.isArray()) {
                throw ApiError.invalid("filtering: Not a valid list.");
            }
            for (JsonNode filter : filters) {
                String field = filter.path("field_name").asText(null);
                String type = filter.path("filter_type").asText(null);
                String value = filter.path("filter_value").asText(null);
                if (field == null || type == null || value == null) {
                    throw ApiError.invalid("filtering: field_name, filter_type and filter_value are required.");
                }
                if (STATUS_FILTERS.contains(field)) {
                    if (task) {
                        throw ApiError.invalid("filtering: field_name " + field + " is not supported by report"
                                               + " tasks (campaign_ids, adgroup_ids, ad_ids, country_code).");
                    }
                    List<String> statuses = QueryParams.jsonArray(mapper, value, "filtering." + field);
                    if (!type.equals("IN") || statuses.isEmpty() || !Set.of("STATUS_ALL", "STATUS_NOT_DELETE")
                            .containsAll(statuses)) {
                        throw ApiError.invalid("filtering: " + field + " takes IN [\"STATUS_ALL\"] or"
                                               + " [\"STATUS_NOT_DELETE\"].");
                    }
                    if (field.equals(level.name().toLowerCase(java.util.Locale.ROOT) + "_status")
                            && statuses.contains("STATUS_ALL")) {
                        deletedToo = true;
                    }
                    continue;
                }
                Level filterLevel = ID_FILTERS.get(field);
                if (filterLevel == null) {
                    throw ApiError.invalid("filtering: field_name " + field + " is not supported by the simulator"
                                           + " (campaign_ids, adgroup_ids, ad_ids, *_status).");
                }
                if (filterLevel.ordinal() > level.ordinal()) {
                    throw ApiError.invalid("filtering: " + field + " needs data_level " + filterLevel
                                           + " or below in the simulator.");
                }
                if (!type.equals("IN") && !type.equals("NOT_IN")) {
                    throw ApiError.invalid("filtering: filter_type " + type + " is not supported for " + field + ".");
                }
                List<String> ids = QueryParams.jsonArray(mapper, value, "filtering." + field);
                if (ids.size() > 100) {
                    throw ApiError.invalid("filtering: " + field + " accepts at most 100 ids.");
                }
                Set<Long> globals = new HashSet<>();
                for (String id : ids) {
                    globals.add(data.globalIndexOf(filterLevel, id, advertiser));
                }
                (type.equals("IN") ? include : exclude).computeIfAbsent(filterLevel, l -> new HashSet<>())
                        .addAll(globals);
            }
        }
        long[] entities = new long[(int) count];
        int n = 0;
        for (long local = 0; local < count; local++) {
            long global = data.globalIndex(advertiser, level, local);
            if (matches(level, global, include, true) && matches(level, global, exclude, false)
                    && (deletedToo || !data.deleted(level, global))) {
                entities[n++] = global;
            }
        }
        return Arrays.copyOf(entities, n);
    }

    private boolean matches(Level level, long global, Map<Level, Set<Long>> filters, boolean include) {
        for (Map.Entry<Level, Set<Long>> filter : filters.entrySet()) {
            boolean contained = filter.getValue().contains(data.parent(level, global, filter.getKey()));
            if (contained != include) {
                return false;
            }
        }
        return true;
    }
}
