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
 * TikTok's entity reads {@code /campaign/get/} and {@code /adgroup/get/}: an advertiser's campaigns or ad groups,
 * paged, {@code filtering} a JSON object ({@code campaign_ids} narrows ad groups).
 */
final class EntityPages {

    private final SyntheticData data;
    private final ObjectMapper mapper;

    EntityPages(SyntheticData data, ObjectMapper mapper) {
        this.data = data;
        this.mapper = mapper;
    }

    /** The {@code data} of one page of campaigns ({@code level} CAMPAIGN) or ad groups (ADGROUP). */
    Map<String, Object> page(Level level, Function<String, String> param) {
        int advertiser = data.advertiserIndex(param.apply("advertiser_id"));
        if (advertiser < 0) {
            throw new ApiError(ApiError.NO_PERMISSION, "No permission to operate advertiser "
                                                       + param.apply("advertiser_id") + ".");
        }
        Set<Long> campaigns = campaignFilter(param.apply("filtering"), advertiser);
        boolean deletedToo = allStatuses(param.apply("filtering"));
        int page = number(param.apply("page"), 1);
        int pageSize = number(param.apply("page_size"), 10);
        if (page < 1 || pageSize < 1 || pageSize > 1000) {
            throw ApiError.invalid("page, page_size: page from 1, page_size 1 to 1000.");
        }
        List<Map<String, Object>> all = new ArrayList<>();
        long count = data.entitiesPerAdvertiser(level);
        for (long local = 0; local < count; local++) {
            long global = data.globalIndex(advertiser, level, local);
            long campaign = data.parent(level, global, Level.CAMPAIGN);
            if (campaigns != null && !campaigns.contains(campaign) || !deletedToo && data.deleted(level, global)) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put(level.idDimension, data.id(level, global));
            item.put(level == Level.CAMPAIGN ? "campaign_name" : "adgroup_name", data.name(level, global));
            if (level == Level.ADGROUP) {
                item.put("campaign_id", data.id(Level.CAMPAIGN, campaign));
            }
            item.put("advertiser_id", data.advertiserId(advertiser));
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

    private Set<Long> campaignFilter(String filtering, int advertiser) {
        if (filtering == null) {
            return null;
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
        if (!filter.has("campaign_ids")) {
            return null;
        }
        Set<Long> campaigns = new HashSet<>();
        filter.get("campaign_ids").forEach(id -> campaigns.add(data.globalIndexOf(Level.CAMPAIGN, id.asText(),
                advertiser)));
        if (campaigns.size() > 100) {
            throw ApiError.invalid("filtering.campaign_ids: at most 100 ids.");
        }
        return campaigns;
    }

    /** TikTok lists deleted objects only when {@code secondary_status} asks for every status. */
    private boolean allStatuses(String filtering) {
        try {
            JsonNode filter = filtering == null ? null : mapper.readTree(filtering);
            return filter != null && filter.path("secondary_status").asText("").endsWith("_STATUS_ALL");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static int number(String value, int defaultValue) {
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.invalid("page, page_size: Not a valid integer.");
        }
    }
}
