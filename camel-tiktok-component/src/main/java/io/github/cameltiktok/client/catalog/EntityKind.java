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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.model.CampaignScope;

/**
 * TikTok's entity reads, one per kind of object: {@code /campaign/get/}, {@code /adgroup/get/}, {@code /ad/get/}
 * (paged, {@code filtering} a JSON object) and {@code /advertiser/info/} (advertiser ids in batches). The one place
 * that knows their paths, fields and filter keys. The filter keys are those of TikTok's Java SDK
 * ({@code FilteringCampaignGet}, {@code FilteringAdgroupGet}, {@code FilteringAdGet}); the field lists are the
 * fields of TikTok's SDK models and the connectors' schemas, so {@code validateFields=false} sends one they lack.
 */
public enum EntityKind {

    CAMPAIGNS("campaigns", "/open_api/v1.3/campaign/get/", "campaign_id",
            List.of("campaign_id", "campaign_name", "advertiser_id", "operation_status", "secondary_status",
                    "objective_type", "campaign_type", "budget_mode", "budget", "roas_bid", "create_time",
                    "modify_time"),
            List.of("objective", "budget_optimize_on", "bid_type", "deep_bid_type", "optimization_goal",
                    "split_test_variable", "is_new_structure", "is_smart_performance_campaign", "is_search_campaign",
                    "campaign_automation_type", "app_promotion_type", "campaign_product_source", "sales_destination",
                    "special_industries", "rta_id", "rta_bid_enabled", "rta_product_selection_enabled",
                    "catalog_enabled", "is_advanced_dedicated_campaign", "disable_skan_campaign", "bid_align_type",
                    "rf_campaign_type", "virtual_objective_type", "campaign_app_profile_page_state"),
            filters("campaign_ids:ids", "campaign_name:text", "campaign_type:text", "campaign_automation_type:text",
                    "objective_type:text", "optimization_goal:text", "primary_status:status",
                    "secondary_status:secondary", "buying_types:buying", "campaign_system_origins:origins",
                    "creative_campaign_type:text", "is_smart_performance_campaign:flag", "split_test_enabled:flag",
                    "sales_destination:text", "campaign_product_source:text", "creation_filter_start_time:text",
                    "creation_filter_end_time:text")),
    ADGROUPS("adgroups", "/open_api/v1.3/adgroup/get/", "adgroup_id",
            List.of("adgroup_id", "adgroup_name", "campaign_id", "advertiser_id", "operation_status",
                    "secondary_status", "optimization_goal", "billing_event", "bid_type", "bid_price",
                    "conversion_bid_price", "budget_mode", "budget", "schedule_start_time", "schedule_end_time",
                    "create_time", "modify_time"),
            List.of("campaign_name", "placement_type", "placements", "promotion_type", "schedule_type",
                    "optimization_event", "deep_bid_type", "deep_cpa_bid", "roas_bid", "pacing", "frequency",
                    "frequency_schedule", "dayparting", "location_ids", "age_groups", "gender", "languages",
                    "audience_ids", "excluded_audience_ids", "interest_category_ids", "operating_systems",
                    "network_types", "pixel_id", "app_id", "is_new_structure", "is_smart_performance_campaign",
                    "skip_learning_phase", "bid_display_mode", "scheduled_budget", "search_result_enabled",
                    "comment_disabled", "video_download_disabled", "share_disabled", "inventory_filter_enabled",
                    "brand_safety_type", "click_attribution_window", "view_attribution_window",
                    "attribution_event_count", "category_id", "is_hfss", "auto_targeting_enabled"),
            filters("adgroup_ids:ids", "adgroup_name:text", "campaign_ids:ids", "bid_strategy:text",
                    "billing_events:texts", "buying_types:buying", "campaign_system_origins:origins",
                    "creation_filter_start_time:text", "creation_filter_end_time:text",
                    "creative_material_mode:text", "objective_type:text", "optimization_goal:text",
                    "primary_status:status", "secondary_status:secondary", "promotion_type:text",
                    "split_test_enabled:flag")),
    ADS("ads", "/open_api/v1.3/ad/get/", "ad_id",
            List.of("ad_id", "ad_name", "adgroup_id", "campaign_id", "advertiser_id", "operation_status",
                    "secondary_status", "ad_format", "call_to_action", "landing_page_url", "optimization_event",
                    "create_time", "modify_time"),
            List.of("campaign_name", "adgroup_name", "ad_text", "ad_texts", "call_to_action_id",
                    "landing_page_urls", "display_name", "profile_image_url", "identity_id", "identity_type",
                    "identity_authorized_bc_id", "tiktok_item_id", "video_id", "image_ids", "carousel_image_index",
                    "is_aco", "is_new_structure", "creative_type", "creative_authorized", "tracking_pixel_id",
                    "tracking_app_id", "impression_tracking_url", "click_tracking_url", "deeplink", "deeplink_type",
                    "app_name", "music_id", "page_id", "playable_url", "card_id", "utm_params",
                    "product_specific_type", "catalog_id", "item_group_ids", "product_set_id", "sku_ids",
                    "dark_post_status", "branded_content_disabled"),
            filters("ad_ids:ids", "ad_name:text", "adgroup_ids:ids", "campaign_ids:ids", "buying_types:buying",
                    "campaign_system_origins:origins", "creation_filter_start_time:text",
                    "creation_filter_end_time:text", "creative_material_mode:text", "destination:text",
                    "modified_after:text", "objective_type:text", "optimization_goal:text", "primary_status:status",
                    "secondary_status:secondary")),
    ADVERTISERS("advertisers", TikTokReportCatalog.ADVERTISER_INFO_PATH, "advertiser_id",
            List.of("advertiser_id", "name", "company", "country", "currency", "timezone", "display_timezone",
                    "status", "role", "industry", "balance", "create_time"),
            List.of("address", "contacter", "description", "email", "language", "license_no", "license_url",
                    "license_city", "license_province", "cellphone_number", "telephone_number", "promotion_area",
                    "rejection_reason", "owner_bc_id", "brand"),
            Map.of());

    /** What a filter key holds: which JSON values TikTok accepts for it. */
    public enum FilterValue {
        /** a JSON array of ids, at most {@link TikTokReportCatalog#MAX_FILTER_IDS} */
        IDS,
        /** a string */
        TEXT,
        /** a JSON array of strings */
        TEXTS,
        /** true or false */
        FLAG,
        /** one of the kind's primary statuses ({@link #primaryStatuses()}) */
        STATUS,
        /** one of the kind's secondary statuses ({@link #secondaryStatuses()}) */
        SECONDARY,
        /** a JSON array of {@link CampaignScope#BUYING_TYPES}, TopView alone */
        BUYING,
        /** a JSON array of {@link CampaignScope#ORIGINS} */
        ORIGINS
    }

    /** The status that lists deleted objects (documented for campaigns, ad groups and ads). */
    public static final String DELETED_STATUS = "STATUS_DELETE";
    /** Objects one page of {@code /campaign/get/}, {@code /adgroup/get/}, {@code /ad/get/} holds (connectors'). */
    public static final int MAX_PAGE_SIZE = 1000;
    /** Ad groups one page of {@code /adgroup/get/} holds when TopView is asked (doc 1739314558673922). */
    public static final int MAX_TOP_VIEW_ADGROUP_PAGE_SIZE = 100;

    private final String preset;
    private final String path;
    private final String idField;
    private final List<String> defaultFields;
    private final Set<String> fields;
    private final Map<String, FilterValue> filterKeys;

    EntityKind(String preset, String path, String idField, List<String> defaultFields, List<String> moreFields,
               Map<String, FilterValue> filterKeys) {
        this.preset = preset;
        this.path = path;
        this.idField = idField;
        this.defaultFields = defaultFields;
        Set<String> all = new LinkedHashSet<>(defaultFields);
        all.addAll(moreFields);
        this.fields = java.util.Collections.unmodifiableSet(all);
        this.filterKeys = filterKeys;
    }

    private static Map<String, FilterValue> filters(String... keys) {
        Map<String, FilterValue> byKey = new LinkedHashMap<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            byKey.put(key.substring(0, colon),
                    FilterValue.valueOf(key.substring(colon + 1).toUpperCase(java.util.Locale.ROOT)));
        }
        return java.util.Collections.unmodifiableMap(byKey);
    }

    /** The entity kind of a name of the URI contract ({@code tiktok-report:campaigns}), or null for a report. */
    public static EntityKind ofPreset(String name) {
        return Arrays.stream(values()).filter(k -> k.preset.equals(name)).findFirst().orElse(null);
    }

    public static List<String> presets() {
        return Arrays.stream(values()).map(EntityKind::preset).toList();
    }

    /** The name of its endpoint: {@code tiktok-report:<preset>}. */
    public String preset() {
        return preset;
    }

    public String path() {
        return path;
    }

    /** The field that identifies an object: {@code campaign_id}, {@code adgroup_id}, {@code ad_id}. */
    public String idField() {
        return idField;
    }

    /** The fields a BI table needs: ids, name, parent ids, statuses, objective, budget, bid, times. */
    public List<String> defaultFields() {
        return defaultFields;
    }

    /** Every field this component knows for the kind. */
    public Set<String> fields() {
        return fields;
    }

    /** TikTok's filter keys and what each holds; empty for advertisers (no filtering). */
    public Map<String, FilterValue> filterKeys() {
        return filterKeys;
    }

    /** Whether TikTok pages the kind by {@code page}/{@code page_size} (all but advertisers). */
    public boolean paged() {
        return this != ADVERTISERS;
    }

    /**
     * Checks the {@code fields} option: names of this kind's objects, comma-separated without spaces.
     *
     * @return the id field, then the names in order, without repeats
     */
    public List<String> checkFields(List<String> names, FieldCheck check, List<String> errors,
                                    List<String> warnings) {
        Checks.names(errors, warnings, check, "fields", names, fields, fields, Set.of(), "tiktok-report:" + preset);
        // the id always comes along: objects are told apart (and deleted ones merged in) by it
        Set<String> unique = new LinkedHashSet<>();
        unique.add(idField);
        unique.addAll(names);
        return List.copyOf(unique);
    }

    /**
     * Checks the {@code filters} option of an entity endpoint: TikTok's filtering object, its keys those TikTok
     * documents for this kind and each value of the type the key holds.
     */
    public void checkFilters(JsonNode filters, List<String> errors) {
        if (this == ADVERTISERS) {
            errors.add("Invalid option filters on tiktok-report:advertisers: TikTok's /advertiser/info/ takes no"
                       + " filtering. Allowed values: none; name the advertisers with advertiserId");
            return;
        }
        if (filters == null || !filters.isObject()) {
            errors.add("Invalid value for option filters of tiktok-report:" + preset + ": not a JSON object. Allowed"
                       + " values: TikTok's filtering object, e.g. {\"primary_status\":\"STATUS_DELIVERY_OK\"}");
            return;
        }
        filters.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            FilterValue type = filterKeys.get(key);
            if (type == null) {
                Checks.oneOf(errors, "filters (key of tiktok-report:" + preset + ")", key, filterKeys.keySet());
                return;
            }
            checkFilterValue(key, type, entry.getValue(), errors);
        });
    }

    private void checkFilterValue(String key, FilterValue type, JsonNode value, List<String> errors) {
        String option = "filters." + key;
        boolean array = type == FilterValue.IDS || type == FilterValue.TEXTS || type == FilterValue.BUYING
                        || type == FilterValue.ORIGINS;
        if (array) {
            if (!value.isArray() || value.isEmpty()) {
                errors.add(Checks.invalidValue(option, value, "not a non-empty JSON array"));
                return;
            }
            if (type == FilterValue.IDS && value.size() > TikTokReportCatalog.MAX_FILTER_IDS) {
                errors.add("Invalid value for option " + option + ": " + value.size() + " ids. Allowed values: 1 to "
                           + TikTokReportCatalog.MAX_FILTER_IDS + " ids");
            }
            List<String> allowed = allowedValues(key);
            for (JsonNode element : value) {
                if (!element.isTextual() && !(type == FilterValue.IDS && element.isIntegralNumber())) {
                    errors.add("Invalid value '" + element + "' in option " + option + ": not a string");
                } else if (allowed != null) {
                    Checks.oneOf(errors, option, element.asText(), allowed);
                }
            }
        } else if (type == FilterValue.FLAG) {
            if (!value.isBoolean()) {
                errors.add(Checks.invalidValue(option, value, null, "true, false"));
            }
        } else if (!value.isTextual()) {
            errors.add(Checks.invalidValue(option, value, "not a string"));
        } else if (allowedValues(key) != null) {
            Checks.oneOf(errors, option, value.asText(), allowedValues(key));
        }
    }

    /** The allowed values of a filter key that holds a choice, or null for free values. */
    public List<String> allowedValues(String key) {
        return switch (filterKeys.getOrDefault(key, FilterValue.TEXT)) {
            case STATUS -> primaryStatuses();
            case SECONDARY -> secondaryStatuses();
            case BUYING -> CampaignScope.BUYING_TYPES;
            case ORIGINS -> CampaignScope.ORIGINS;
            default -> null;
        };
    }

    /**
     * TikTok's {@code primary_status} values of this kind's listing: the spec's strict CampaignPrimaryStatus,
     * AdgPrimaryStatus and PrimaryStatus ({@code tiktok-sdk-enums.tsv}).
     */
    public List<String> primaryStatuses() {
        return TikTokSpec.values(specFile(), "filtering.primary_status");
    }

    /** TikTok's {@code secondary_status} values of this kind's listing (the spec's strict secondary enums). */
    public List<String> secondaryStatuses() {
        return TikTokSpec.values(specFile(), "filtering.secondary_status");
    }

    /** The spec file whose filtering enums the kind's listing shares. */
    private String specFile() {
        return switch (this) {
            case CAMPAIGNS -> "smart_plus_campaign_get.yml";
            case ADGROUPS -> "smart_plus_adgroup_get.yml";
            case ADS -> "smart_plus_ad_get.yml";
            case ADVERTISERS -> throw new IllegalStateException("/advertiser/info/ takes no filtering");
        };
    }
}
