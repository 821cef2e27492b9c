package io.github.cameltiktok.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.simulator.SyntheticData.Level;

/**
 * TikTok's entity reads {@code /campaign/get/}, {@code /adgroup/get/} and {@code /ad/get/}: an advertiser's objects,
 * paged, {@code filtering} a JSON object, {@code fields} narrowing each object. As TikTok's v1.3 pages document,
 * deleted objects are listed only when {@code primary_status} asks for them ({@code STATUS_DELETE}, or
 * {@code STATUS_ALL} for ad groups) or {@code secondary_status} names a {@code *_STATUS_DELETE}; the
 * {@code *_STATUS_ALL} values older connectors send are not among the documented ones and are refused. Objects of
 * Promote campaigns are listed only when {@code campaign_system_origins} names PROMOTE (TikTok's default is
 * TT_ADS_PLATFORM).
 */
final class EntityPages {

    private static final Set<String> PRIMARY_STATUSES = Set.of("STATUS_NOT_DELETE", "STATUS_NOT_DELIVERY",
            "STATUS_DELIVERY_OK", "STATUS_DISABLE", "STATUS_DELETE", "STATUS_ALL");
    private static final Set<String> BUYING_TYPES = Set.of("AUCTION", "RESERVATION_RF", "RESERVATION_TOP_VIEW");
    private static final Set<String> ORIGINS = Set.of("TT_ADS_PLATFORM", "PROMOTE");
    /** The filter keys of TikTok's SDK for each read. */
    private static final Map<Level, Set<String>> FILTER_KEYS = Map.of(
            Level.CAMPAIGN, Set.of("campaign_ids", "campaign_name", "campaign_type", "campaign_automation_type",
                    "objective_type", "optimization_goal", "primary_status", "secondary_status", "buying_types",
                    "campaign_system_origins", "creative_campaign_type", "is_smart_performance_campaign",
                    "split_test_enabled", "sales_destination", "campaign_product_source",
                    "creation_filter_start_time", "creation_filter_end_time"),
            Level.ADGROUP, Set.of("adgroup_ids", "adgroup_name", "campaign_ids", "bid_strategy", "billing_events",
                    "buying_types", "campaign_system_origins", "creation_filter_start_time",
                    "creation_filter_end_time", "creative_material_mode", "objective_type", "optimization_goal",
                    "primary_status", "secondary_status", "promotion_type", "split_test_enabled"),
            Level.AD, Set.of("ad_ids", "ad_name", "adgroup_ids", "campaign_ids", "buying_types",
                    "campaign_system_origins", "creation_filter_start_time", "creation_filter_end_time",
                    "creative_material_mode", "destination", "modified_after", "objective_type", "optimization_goal",
                    "primary_status", "secondary_status"));

    private final SyntheticData data;
    private final ObjectMapper mapper;

    EntityPages(SyntheticData data, ObjectMapper mapper) {
        this.data = data;
        this.mapper = mapper;
    }

    /** The {@code data} of one page of campaigns, ad groups or ads ({@code level} CAMPAIGN, ADGROUP, AD). */
    Map<String, Object> page(Level level, Function<String, String> param) {
        int advertiser = data.advertiserIndex(param.apply("advertiser_id"));
        if (advertiser < 0) {
            throw new ApiError(ApiError.NO_PERMISSION, "No permission to operate advertiser "
                                                       + param.apply("advertiser_id") + ".");
        }
        JsonNode filter = filter(level, param.apply("filtering"));
        Map<Level, Set<Long>> idFilters = new LinkedHashMap<>();
        for (Level l : new Level[] { Level.CAMPAIGN, Level.ADGROUP, Level.AD }) {
            JsonNode ids = filter.path(l.idDimension + "s");
            if (ids.isArray()) {
                if (ids.size() > 100) {
                    throw ApiError.invalid("filtering." + l.idDimension + "s: at most 100 ids.");
                }
                Set<Long> set = new HashSet<>();
                ids.forEach(id -> set.add(data.globalIndexOf(l, id.asText(), advertiser)));
                idFilters.put(l, set);
            }
        }
        Boolean deleted = deletedWanted(level, filter);
        Set<String> origins = new HashSet<>();
        filter.path("campaign_system_origins").forEach(o -> origins.add(o.asText()));
        if (origins.isEmpty()) {
            origins.add("TT_ADS_PLATFORM"); // TikTok's default leaves Promote campaigns out
        }
        List<String> fields = QueryParams.jsonArray(mapper, param.apply("fields"), "fields");
        int page = QueryParams.integer(param.apply("page"), 1, "page");
        int pageSize = QueryParams.integer(param.apply("page_size"), 10, "page_size");
        if (page < 1 || pageSize < 1 || pageSize > 1000) {
            throw ApiError.invalid("page, page_size: page from 1, page_size 1 to 1000.");
        }
        List<Map<String, Object>> all = new ArrayList<>();
        long count = data.entitiesPerAdvertiser(level);
        for (long local = 0; local < count; local++) {
            long global = data.globalIndex(advertiser, level, local);
            boolean promote = promote(level, global);
            if (data.listingGaps() && data.deleted(level, global)) {
                continue;
            }
            if (deleted != null && data.deleted(level, global) != deleted || !matches(level, global, idFilters)
                || !origins.contains(promote ? "PROMOTE" : "TT_ADS_PLATFORM")) {
                continue;
            }
            Map<String, Object> item = item(level, global, advertiser);
            if (fields != null) {
                item.keySet().retainAll(fields);
            }
            all.add(item);
        }
        int from = Math.min(all.size(), (page - 1) * pageSize);
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("page", page);
        pageInfo.put("page_size", pageSize);
        pageInfo.put("total_number", all.size());
        pageInfo.put("total_page", (all.size() + pageSize - 1) / pageSize);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("list", all.subList(from, Math.min(all.size(), from + pageSize)));
        result.put("page_info", pageInfo);
        return result;
    }

    /**
     * Whether an object belongs to a Promote campaign (the 7th of every 7 campaigns of an advertiser): created in the
     * TikTok app, listed only when {@code campaign_system_origins} names PROMOTE, and described by a few fields.
     * Reports have its rows like any other.
     */
    private boolean promote(Level level, long global) {
        return data.parent(level, global, Level.CAMPAIGN) % data.entitiesPerAdvertiser(Level.CAMPAIGN) % 7 == 6;
    }

    private boolean matches(Level level, long global, Map<Level, Set<Long>> idFilters) {
        for (Map.Entry<Level, Set<Long>> f : idFilters.entrySet()) {
            if (f.getKey().ordinal() > level.ordinal()) {
                continue; // an ad filter does not narrow the ad groups above it
            }
            if (!f.getValue().contains(data.parent(level, global, f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** One object as TikTok describes it: ids, name, statuses, objective, budget, bid and times. */
    private Map<String, Object> item(Level level, long global, int advertiser) {
        boolean deleted = data.deleted(level, global);
        String prefix = level == Level.ADGROUP ? "ADGROUP" : level.name();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("advertiser_id", data.advertiserId(advertiser));
        long campaign = data.parent(level, global, Level.CAMPAIGN);
        if (level != Level.CAMPAIGN) {
            item.put("campaign_id", data.id(Level.CAMPAIGN, campaign));
        }
        if (level == Level.AD) {
            item.put("adgroup_id", data.id(Level.ADGROUP, data.parent(level, global, Level.ADGROUP)));
        }
        item.put(level.idDimension, data.id(level, global));
        item.put(level == Level.CAMPAIGN ? "campaign_name" : level == Level.ADGROUP ? "adgroup_name" : "ad_name",
                data.name(level, global));
        item.put("operation_status", deleted ? "DISABLE" : "ENABLE");
        item.put("secondary_status", prefix + (deleted ? "_STATUS_DELETE" : level == Level.CAMPAIGN
                ? "_STATUS_ENABLE" : "_STATUS_DELIVERY_OK"));
        long h = SyntheticData.mix(global * 31 + level.ordinal());
        if (promote(level, global)) {
            // TikTok describes Promote objects by ids, name, statuses and create time only
            item.put("create_time", "2025-12-01 08:00:00");
            return item;
        }
        switch (level) {
            case CAMPAIGN -> {
                item.put("objective_type", campaign % 2 == 0 ? "TRAFFIC" : "WEB_CONVERSIONS");
                item.put("campaign_type", "REGULAR_CAMPAIGN");
                item.put("budget_mode", "BUDGET_MODE_DAY");
                item.put("budget", 50 + (h % 20) * 25 + 0.5);
            }
            case ADGROUP -> {
                item.put("optimization_goal", campaign % 2 == 0 ? "CLICK" : "CONVERT");
                item.put("billing_event", campaign % 2 == 0 ? "CPC" : "OCPM");
                item.put("bid_type", "BID_TYPE_CUSTOM");
                item.put("bid_price", (10 + h % 90) / 100.0);
                item.put("budget_mode", "BUDGET_MODE_DAY");
                item.put("budget", 20 + (h % 10) * 5);
                item.put("schedule_start_time", "2025-12-01 00:00:00");
                item.put("schedule_end_time", "2027-12-01 00:00:00");
            }
            default -> {
                item.put("ad_format", "SINGLE_VIDEO");
                item.put("call_to_action", "LEARN_MORE");
                item.put("landing_page_url", "https://shop.example.com/p/" + (global + 1));
            }
        }
        item.put("create_time", "2025-12-01 08:00:00");
        item.put("modify_time", deleted ? "2026-01-15 12:00:00" : "2025-12-02 09:30:00");
        return item;
    }

    /** The filtering object, its keys and values as TikTok checks them; an empty object for none. */
    private JsonNode filter(Level level, String filtering) {
        if (filtering == null) {
            return mapper.createObjectNode();
        }
        JsonNode filter;
        try {
            filter = mapper.readTree(filtering);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("filtering: Not a valid JSON object.");
        }
        if (filter == null || !filter.isObject()) {
            throw ApiError.invalid("filtering: Not a valid JSON object.");
        }
        filter.fieldNames().forEachRemaining(key -> {
            if (!FILTER_KEYS.get(level).contains(key)) {
                throw ApiError.invalid("filtering." + key + ": Unknown field.");
            }
        });
        values(filter, "buying_types", BUYING_TYPES);
        values(filter, "campaign_system_origins", ORIGINS);
        if (filter.has("primary_status")) {
            String status = filter.path("primary_status").asText();
            if (!PRIMARY_STATUSES.contains(status) || "STATUS_ALL".equals(status) && level != Level.ADGROUP) {
                throw ApiError.invalid("filtering.primary_status: Invalid enum value " + status + ".");
            }
        }
        return filter;
    }

    private static void values(JsonNode filter, String key, Set<String> allowed) {
        for (JsonNode value : filter.path(key)) {
            if (!allowed.contains(value.asText())) {
                throw ApiError.invalid("filtering." + key + ": Invalid enum value " + value.asText() + ".");
            }
        }
    }

    /**
     * Which objects a status filter lists: false (not deleted, TikTok's default), true (deleted only) or null
     * (all).
     */
    private static Boolean deletedWanted(Level level, JsonNode filter) {
        String prefix = (level == Level.ADGROUP ? "ADGROUP" : level.name()) + "_STATUS_";
        String secondary = filter.path("secondary_status").asText(null);
        if (secondary != null) {
            if (!secondary.startsWith(prefix) || secondary.endsWith("_STATUS_ALL")) {
                throw ApiError.invalid("filtering.secondary_status: Invalid enum value " + secondary + ".");
            }
            return secondary.endsWith("_STATUS_DELETE");
        }
        String primary = filter.path("primary_status").asText("STATUS_NOT_DELETE");
        return switch (primary) {
            case "STATUS_DELETE" -> true;
            case "STATUS_ALL" -> null;
            default -> false;
        };
    }
}
