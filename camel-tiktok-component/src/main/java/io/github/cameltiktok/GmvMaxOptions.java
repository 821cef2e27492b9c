package io.github.cameltiktok;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.model.ReadMode;

/**
 * The options of a GMV Max report ({@code reportType=GMV_MAX}) resolved at start-up: which other options it cannot
 * take, and the filtering object it sends — the user's, plus the preset's promotion type and, with
 * {@code includeDeleted}, every campaign status at campaign level.
 */
final class GmvMaxOptions {

    /** GMV Max request parameters that have an option of their own and so cannot be given as {@code param.*}. */
    private static final Map<String, String> OWN_OPTIONS = Map.of(
            "store_ids", "storeId", "sort_field", "orderField", "sort_type", "orderType");

    private GmvMaxOptions() {
    }

    /** The options a GMV Max report does not take, and the ones that are GMV Max only. */
    static void check(TikTokReportConfiguration c, String reportType, ReadMode mode, List<String> errors) {
        boolean gmvMax = GmvMaxCatalog.REPORT_TYPE.equals(reportType);
        if (!gmvMax) {
            if (c.getStoreId() != null) {
                errors.add("Invalid option storeId with reportType=" + reportType + ": stores are for GMV Max reports"
                           + " only. Allowed values: no storeId, or reportType=GMV_MAX (e.g. tiktok-report:"
                           + "gmv-max-product)");
            }
            return;
        }
        if (c.getDataLevel() != null) {
            errors.add("Invalid option dataLevel=" + c.getDataLevel() + " with reportType=GMV_MAX: GMV Max reports take"
                       + " no data level, their dimensions and promotion type pick the level. Allowed values: none");
        }
        if (!"AUCTION".equals(c.getServiceType())) {
            errors.add("Invalid value '" + c.getServiceType() + "' for option serviceType with reportType=GMV_MAX."
                       + " Allowed values: AUCTION");
        }
        if (mode == ReadMode.ASYNC) {
            errors.add("Invalid option mode=async with reportType=GMV_MAX: TikTok has no report tasks for GMV Max."
                       + " Allowed values: auto, sync");
        }
        if (c.isQueryLifetime()) {
            errors.add("Invalid option queryLifetime=true with reportType=GMV_MAX: GMV Max reports always cover dates."
                       + " Allowed values: false");
        }
        for (String name : c.getParameters().keySet()) {
            String own = OWN_OPTIONS.get(name.toLowerCase(Locale.ROOT));
            if (own != null) {
                errors.add("Invalid option param." + name + ": TikTok's " + name.toLowerCase(Locale.ROOT) + " has its"
                           + " own option, use " + own);
            }
        }
    }

    /**
     * The filtering object to send: the user's keys as written, then the preset's keys the user did not name, then
     * with {@code includeDeleted} at campaign level {@code campaign_statuses} with every status TikTok's SDK lists
     * (TikTok's default leaves deleted campaigns out). Returns the user's text unchanged when it is not a JSON object
     * (the validator says why), and null when nothing is to be sent.
     */
    static String filtering(ObjectMapper mapper, String userFilters, String presetFilters, boolean includeDeleted,
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
        try {
            return mapper.writeValueAsString(merged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one promotion type a filtering object names, or null for none or both. */
    static String promotionType(JsonNode filtering) {
        JsonNode types = filtering == null ? null : filtering.get(GmvMaxCatalog.PROMOTION_TYPES_FILTER);
        return types != null && types.isArray() && types.size() == 1 ? types.get(0).asText() : null;
    }
}
