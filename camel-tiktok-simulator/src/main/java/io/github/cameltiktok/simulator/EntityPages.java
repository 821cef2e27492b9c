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
 * paged, {@code filtering} a JSON object, {@code fields} narrowing each object. Each rule and its source:
 * <ul>
 * <li>{@code buying_types}: default {@code ["AUCTION","RESERVATION_RF"]}; RESERVATION_TOP_VIEW "cannot be combined
 * with other values" (40002, as a peer connector recorded it); {@code /adgroup/get/} takes at most 100 a page when
 * TopView is asked (docs 1739315828649986, 1739314558673922);</li>
 * <li>{@code campaign_system_origins}: default {@code ["TT_ADS_PLATFORM"]}; Promote objects are listed with PROMOTE
 * and described by ids, name, statuses and create time only (doc 1785880454546433);</li>
 * <li>{@code primary_status} and {@code secondary_status}: the spec's strict enums ({@link SpecEnums}); deleted
 * objects are listed by STATUS_DELETE, STATUS_ALL and the {@code *_STATUS_DELETE}/{@code *_STATUS_ALL} values, the
 * default STATUS_NOT_DELETE leaves them out (same pages);</li>
 * <li>the filter keys are those of TikTok's SDK ({@code FilteringCampaignGet}, {@code FilteringAdgroupGet},
 * {@code FilteringAdGet}); page_size 1 to 1000.</li>
 * </ul>
 */
final class EntityPages {

    private static final Set<String> BUYING_TYPES = Set.of("AUCTION", "RESERVATION_RF", "RESERVATION_TOP_VIEW");
    private static final String TOP_VIEW = "RESERVATION_TOP_VIEW";
    private static final Set<String> ORIGINS = Set.of("TT_ADS_PLATFORM", "PROMOTE");
    /** Ad groups a page of /adgroup/get/ holds when TopView is asked. */
    static final int MAX_TOP_VIEW_ADGROUP_PAGE_SIZE = 100;
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
        Listed listed = listed(level, filter);
        if (listed == Listed.ALL && level != Level.ADGROUP && "STATUS_ALL".equals(filter.path("primary_status")
                .asText(null)) && data.quirks().other(OpenQuestion.STATUS_ALL_OMITS_DELETED)) {
            listed = Listed.NOT_DELETED;
        }
        Set<String> origins = new HashSet<>();
        filter.path("campaign_system_origins").forEach(o -> origins.add(o.asText()));
        if (origins.isEmpty()) {
            origins.add("TT_ADS_PLATFORM"); // TikTok's default leaves Promote campaigns out
        }
        Set<String> buyingTypes = new HashSet<>();
        filter.path("buying_types").forEach(b -> buyingTypes.add(b.asText()));
        if (buyingTypes.isEmpty()) {
            buyingTypes.addAll(Set.of("AUCTION", "RESERVATION_RF")); // TikTok's default leaves TopView out
        }
        List<String> fields = QueryParams.jsonArray(mapper, param.apply("fields"), "fields");
        int page = QueryParams.integer(param.apply("page"), 1, "page");
        int pageSize = QueryParams.integer(param.apply("page_size"), 10, "page_size");
        if (page < 1 || pageSize < 1 || pageSize > 1000) {
            throw ApiError.invalid("page, page_size: page from 1, page_size 1 to 1000.");
        }
        if (level == Level.ADGROUP && buyingTypes.contains(TOP_VIEW) && pageSize > MAX_TOP_VIEW_ADGROUP_PAGE_SIZE) {
            throw ApiError.invalid("page_size: Must be between 1 and " + MAX_TOP_VIEW_ADGROUP_PAGE_SIZE
                                   + " when buying_types is [\"RESERVATION_TOP_VIEW\"].");
        }
        List<Map<String, Object>> all = new ArrayList<>();
        long count = data.entitiesPerAdvertiser(level);
        for (long local = 0; local < count; local++) {
            long global = data.globalIndex(advertiser, level, local);
            SyntheticData.CampaignKind kind = data.kindOf(level, global);
            if (data.listingGaps() && data.deleted(level, global)) {
                continue;
            }
            if (!listed.lists(data.deleted(level, global)) || !matches(level, global, idFilters)
                || !origins.contains(kind.origin) || !buyingTypes.contains(kind.buyingType)) {
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
        if (data.kindOf(level, global) == SyntheticData.CampaignKind.PROMOTE) {
            // TikTok describes Promote objects by ids, name, statuses and create time only
            item.put("create_time", "2025-12-01 08:00:00");
            return item;
        }
        boolean traffic = "TRAFFIC".equals(data.objective(campaign));
        switch (level) {
            case CAMPAIGN -> {
                item.put("objective_type", data.objective(campaign));
                item.put("campaign_type", "REGULAR_CAMPAIGN");
                item.put("budget_mode", "BUDGET_MODE_DAY");
                item.put("budget", data.budgetCents(level, global) / 100.0);
                item.put("roas_bid", 0.0); // set for value-based optimisation only
            }
            case ADGROUP -> {
                item.put("optimization_goal", traffic ? "CLICK" : "CONVERT");
                item.put("billing_event", data.billingEvent(global));
                item.put("bid_type", "BID_TYPE_CUSTOM");
                item.put("bid_price", traffic ? (10 + h % 90) / 100.0 : 0.0);
                item.put("conversion_bid_price", traffic ? 0.0 : (500 + h % 900) / 100.0);
                item.put("budget_mode", "BUDGET_MODE_DAY");
                item.put("budget", data.budgetCents(level, global) / 100);
                item.put("schedule_start_time", "2025-12-01 00:00:00");
                item.put("schedule_end_time", "2027-12-01 00:00:00");
            }
            default -> {
                item.put("ad_format", "SINGLE_VIDEO");
                item.put("call_to_action", "LEARN_MORE");
                item.put("landing_page_url", "https://shop.example.com/p/" + (global + 1));
                item.put("optimization_event", traffic ? null : "SHOPPING");
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
        if (filter.path("buying_types").size() > 1) {
            filter.path("buying_types").forEach(type -> {
                if (TOP_VIEW.equals(type.asText())) {
                    throw ApiError.invalid("filtering.buying_types: The value 'RESERVATION_TOP_VIEW' cannot be"
                                           + " combined with other enum values.");
                }
            });
        }
        for (String key : List.of("primary_status", "secondary_status")) {
            if (filter.has(key)) {
                String status = filter.path(key).asText();
                List<String> allowed = key.startsWith("primary") ? SpecEnums.primaryStatuses(level)
                        : SpecEnums.secondaryStatuses(level);
                if (!allowed.contains(status)) {
                    throw ApiError.invalid("filtering." + key + ": Invalid enum value " + status + ".");
                }
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

    /** Which objects a status filter lists. */
    private enum Listed {
        ALL, DELETED, NOT_DELETED,
        /** a status none of the simulator's objects has (they are delivering, or deleted) */
        NONE;

        boolean lists(boolean deleted) {
            return this == ALL || this == DELETED && deleted || this == NOT_DELETED && !deleted;
        }
    }

    private static Listed listed(Level level, JsonNode filter) {
        String secondary = filter.path("secondary_status").asText(null);
        if (secondary != null) {
            String own = (level == Level.ADGROUP ? "ADGROUP" : level.name()) + (level == Level.CAMPAIGN
                    ? "_STATUS_ENABLE" : "_STATUS_DELIVERY_OK");
            if (secondary.endsWith("_STATUS_ALL")) {
                return Listed.ALL;
            }
            if (secondary.equals("STATUS_DELETE")
                || secondary.equals(own.replaceFirst("_STATUS_.*", "_STATUS_DELETE"))) {
                return Listed.DELETED;
            }
            if (secondary.endsWith("_STATUS_NOT_DELETE") || secondary.equals(own)
                || "STATUS_DELIVERY_OK".equals(secondary)) {
                return Listed.NOT_DELETED;
            }
            return Listed.NONE;
        }
        return switch (filter.path("primary_status").asText("STATUS_NOT_DELETE")) {
            case "STATUS_DELETE" -> Listed.DELETED;
            case "STATUS_ALL" -> Listed.ALL;
            case "STATUS_NOT_DELETE", "STATUS_DELIVERY_OK" -> Listed.NOT_DELETED;
            default -> Listed.NONE;
        };
    }
}
