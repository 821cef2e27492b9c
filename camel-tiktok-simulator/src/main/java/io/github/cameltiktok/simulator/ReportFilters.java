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

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.simulator.SyntheticData.CampaignKind;
import io.github.cameltiktok.simulator.SyntheticData.Level;

/**
 * A report's {@code filtering} as TikTok applies it, and what a report holds without one. Each rule and its source:
 * <ul>
 * <li>filter types: the strict ReportFilterType of TikTok's spec ({@link SpecEnums#FILTER_TYPES}); NOT_IN and
 * CONTAIN_ANY_OF only with {@link OpenQuestion#FILTER_TYPES_OF_THE_REPORT_PAGE} (doc 1740302848100353);</li>
 * <li>{@code campaign_ids}, {@code adgroup_ids}, {@code ad_ids}: IN, at most 100 ids, at or above the data level
 * (doc 1740302848100353);</li>
 * <li>{@code campaign_status}, {@code adgroup_status}, {@code ad_status}: IN {@code ["STATUS_ALL"]} or
 * {@code ["STATUS_NOT_DELETE"]}, the default leaving deleted objects out of the level's rows (same page);</li>
 * <li>{@code buying_type}: IN; without it reports leave TopView campaigns out (same page; R&amp;F per
 * {@link OpenQuestion#REPORTS_WITHOUT_RESERVATION_RF});</li>
 * <li>{@code campaign_system_origins}: IN; without it synchronous BASIC and AUDIENCE reports leave Promote
 * campaigns out, report tasks include them; Promote rows exist by advertiser, campaign, ad group, ad and day only
 * (and AUDIENCE's audience dimensions): another dimension is 40002 (doc 1785880454546433);</li>
 * <li>{@code campaign_name} MATCH (SQL like), {@code country_code} IN with {@code country_code} among the
 * dimensions, {@code billing_event} IN, {@code campaign_automation_type} IN (docs 1740302848100353,
 * 1785880454546433);</li>
 * <li>report tasks take only {@code campaign_ids}, {@code adgroup_ids}, {@code ad_ids} and {@code country_code}
 * (doc 1740302766489602).</li>
 * </ul>
 * The advertiser level holds every ad of the account (doc 1740302848100353), Promote per
 * {@link OpenQuestion#ADVERTISER_TOTAL_WITHOUT_PROMOTE}.
 */
final class ReportFilters {

    private static final Map<String, Level> ID_FILTERS = Map.of(
            "campaign_ids", Level.CAMPAIGN, "adgroup_ids", Level.ADGROUP, "ad_ids", Level.AD);
    private static final Set<String> TASK_FILTERS = Set.of("campaign_ids", "adgroup_ids", "ad_ids", "country_code");
    private static final List<String> PAGE_ONLY_FILTER_TYPES = List.of("NOT_IN", "CONTAIN_ANY_OF");
    private static final List<String> BUYING_TYPES = List.of("AUCTION", "RESERVATION_RF", "RESERVATION_TOP_VIEW");
    private static final List<String> ORIGINS = List.of("TT_ADS_PLATFORM", "PROMOTE");
    /** Every field the simulator filters by, and the filter types TikTok takes for it. */
    private static final Map<String, String> FIELD_TYPE = Map.ofEntries(
            Map.entry("campaign_ids", "IN"), Map.entry("adgroup_ids", "IN"), Map.entry("ad_ids", "IN"),
            Map.entry("campaign_status", "IN"), Map.entry("adgroup_status", "IN"), Map.entry("ad_status", "IN"),
            Map.entry("buying_type", "IN"), Map.entry("campaign_system_origins", "IN"),
            Map.entry("campaign_name", "MATCH"), Map.entry("country_code", "IN"), Map.entry("billing_event", "IN"),
            Map.entry("campaign_automation_type", "IN"));

    private static final List<String> PROMOTE_BASIC_DIMENSIONS = List.of("advertiser_id", "campaign_id",
            "adgroup_id", "ad_id", "stat_time_day");
    private static final List<String> PROMOTE_AUDIENCE_DIMENSIONS = List.of("advertiser_id", "campaign_id",
            "adgroup_id", "ad_id", "stat_time_day", "gender", "age", "country_code", "province_id", "dma_id", "ac",
            "platform", "interest_category", "placement", "ad_type", "device_brand_id");

    private final SyntheticData data;
    private final ObjectMapper mapper;
    private final SimulatorQuirks quirks;

    ReportFilters(SyntheticData data, ObjectMapper mapper, SimulatorQuirks quirks) {
        this.data = data;
        this.mapper = mapper;
        this.quirks = quirks;
    }

    /** What the query's filters keep: its entities, the ads summed into them, its countries. */
    void apply(ReportEngine.Query q, String filtering, boolean task) {
        Level level = q.level;
        Map<Level, Set<Long>> include = new LinkedHashMap<>();
        Map<Level, Set<Long>> exclude = new LinkedHashMap<>();
        boolean deletedToo = level == Level.ADVERTISER;
        Set<String> buying = null;
        Set<String> origins = null;
        Set<String> billing = null;
        String nameLike = null;
        boolean manualOnly = true;
        for (JsonNode filter : filters(filtering)) {
            String field = filter.path("field_name").asText(null);
            String type = filter.path("filter_type").asText(null);
            String value = filter.path("filter_value").asText(null);
            if (field == null || type == null || value == null) {
                throw ApiError.invalid("filtering: field_name, filter_type and filter_value are required.");
            }
            boolean pageType = PAGE_ONLY_FILTER_TYPES.contains(type)
                               && quirks.other(OpenQuestion.FILTER_TYPES_OF_THE_REPORT_PAGE);
            if (!SpecEnums.FILTER_TYPES.contains(type) && !pageType) {
                throw ApiError.invalid("filtering.filter_type: Must be one of " + String.join(", ",
                        SpecEnums.FILTER_TYPES) + ".");
            }
            if (task && !TASK_FILTERS.contains(field)) {
                throw ApiError.invalid("filtering: field_name " + field + " is not supported by report tasks"
                                       + " (campaign_ids, adgroup_ids, ad_ids, country_code).");
            }
            String expected = FIELD_TYPE.get(field);
            if (expected == null) {
                throw ApiError.invalid("filtering: field_name " + field + " is not supported for report_type "
                                       + q.reportType + ".");
            }
            boolean notIn = "NOT_IN".equals(type) && pageType && ID_FILTERS.containsKey(field);
            if (!expected.equals(type) && !notIn) {
                throw ApiError.invalid("filtering: filter_type " + type + " is not supported for " + field + " ("
                                       + expected + ").");
            }
            if ("campaign_name".equals(field)) {
                nameLike = value.toLowerCase(Locale.ROOT);
                continue;
            }
            List<String> values = QueryParams.jsonArray(mapper, value, "filtering." + field);
            switch (field) {
                case "campaign_status", "adgroup_status", "ad_status" -> {
                    if (values.isEmpty() || !Set.of("STATUS_ALL", "STATUS_NOT_DELETE").containsAll(values)) {
                        throw ApiError.invalid("filtering: " + field + " takes IN [\"STATUS_ALL\"] or"
                                               + " [\"STATUS_NOT_DELETE\"].");
                    }
                    if (field.equals(level.name().toLowerCase(Locale.ROOT) + "_status")
                        && values.contains("STATUS_ALL")) {
                        deletedToo = true;
                    }
                }
                case "buying_type" -> buying = enumValues(values, BUYING_TYPES, field);
                case "campaign_system_origins" -> origins = enumValues(values, ORIGINS, field);
                case "billing_event" -> billing = new HashSet<>(values);
                case "campaign_automation_type" -> manualOnly = values.contains("MANUAL");
                case "country_code" -> {
                    if (!q.breakdowns.contains("country_code")) {
                        throw ApiError.invalid("filtering: country_code needs country_code in dimensions.");
                    }
                    q.countries = SyntheticData.COUNTRIES.stream().filter(values::contains).toList();
                }
                default -> {
                    Level filterLevel = ID_FILTERS.get(field);
                    if (filterLevel.ordinal() > level.ordinal()) {
                        throw ApiError.invalid("filtering: " + field + " needs data_level " + filterLevel
                                               + " or below.");
                    }
                    if (values.size() > 100) {
                        throw ApiError.invalid("filtering: " + field + " accepts at most 100 ids.");
                    }
                    Set<Long> globals = new HashSet<>();
                    values.forEach(id -> globals.add(data.globalIndexOf(filterLevel, id, q.advertiser)));
                    (notIn ? exclude : include).computeIfAbsent(filterLevel, l -> new HashSet<>()).addAll(globals);
                }
            }
        }
        if (origins != null && origins.contains("PROMOTE")) {
            // TikTok reports Promote campaigns by these dimensions only (doc 1785880454546433)
            List<String> promoteDimensions = "AUDIENCE".equals(q.reportType) ? PROMOTE_AUDIENCE_DIMENSIONS
                    : PROMOTE_BASIC_DIMENSIONS;
            for (String dimension : q.dimensions) {
                if (!promoteDimensions.contains(dimension)) {
                    throw ApiError.invalid("dimensions: " + dimension + " is not supported for Promote campaigns.");
                }
            }
        }
        Set<String> keptBuying = buying != null ? buying : defaultBuyingTypes(level, task);
        Set<String> keptOrigins = origins != null ? origins : defaultOrigins(level, task);
        Set<String> keptBilling = billing;
        String like = nameLike;
        boolean anyCampaign = manualOnly;
        LongPredicate ads = ad -> {
            if (!anyCampaign) {
                return false;
            }
            long campaign = data.parent(Level.AD, ad, Level.CAMPAIGN);
            CampaignKind kind = data.campaignKind(campaign);
            return keptBuying.contains(kind.buyingType) && keptOrigins.contains(kind.origin)
                   && (keptBilling == null
                       || keptBilling.contains(data.billingEvent(data.parent(Level.AD, ad, Level.ADGROUP))))
                   && (like == null || data.name(Level.CAMPAIGN, campaign).toLowerCase(Locale.ROOT).contains(like));
        };
        long count = data.entitiesPerAdvertiser(level);
        long[] entities = new long[(int) count];
        int n = 0;
        for (long local = 0; local < count; local++) {
            long global = data.globalIndex(q.advertiser, level, local);
            boolean kept = level == Level.ADVERTISER || ads.test(global * data.adsPerEntity(level));
            if (kept && matches(level, global, include, true) && matches(level, global, exclude, false)
                    && (deletedToo || !data.deleted(level, global))) {
                entities[n++] = global;
            }
        }
        q.entities = Arrays.copyOf(entities, n);
        q.ads = ads;
    }

    /**
     * What a report holds without a buying_type filter: every ad at the advertiser level; TopView campaigns never
     * below it, R&amp;F campaigns unless {@link OpenQuestion#REPORTS_WITHOUT_RESERVATION_RF}; a report task holds
     * TopView only with {@link OpenQuestion#TASKS_WITH_TOP_VIEW}.
     */
    private Set<String> defaultBuyingTypes(Level level, boolean task) {
        Set<String> types = new HashSet<>(BUYING_TYPES);
        if (level == Level.ADVERTISER) {
            return types;
        }
        if (!task || !quirks.other(OpenQuestion.TASKS_WITH_TOP_VIEW)) {
            types.remove("RESERVATION_TOP_VIEW");
        }
        if (!task && quirks.other(OpenQuestion.REPORTS_WITHOUT_RESERVATION_RF)) {
            types.remove("RESERVATION_RF");
        }
        return types;
    }

    /**
     * What a report holds without a campaign_system_origins filter: synchronous reports leave Promote campaigns out
     * below the advertiser level, report tasks include them; the advertiser level per
     * {@link OpenQuestion#ADVERTISER_TOTAL_WITHOUT_PROMOTE}.
     */
    private Set<String> defaultOrigins(Level level, boolean task) {
        boolean promote = level == Level.ADVERTISER ? !quirks.other(OpenQuestion.ADVERTISER_TOTAL_WITHOUT_PROMOTE)
                : task;
        return promote ? new HashSet<>(ORIGINS) : Set.of("TT_ADS_PLATFORM");
    }

    private static Set<String> enumValues(List<String> values, List<String> allowed, String field) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw ApiError.invalid("filtering." + field + ": Invalid enum value " + value + ".");
            }
        }
        if (values.isEmpty()) {
            throw ApiError.invalid("filtering." + field + ": Length must be at least 1.");
        }
        return new HashSet<>(values);
    }

    private List<JsonNode> filters(String filtering) {
        if (filtering == null) {
            return List.of();
        }
        JsonNode filters;
        try {
            filters = mapper.readTree(filtering);
        } catch (JsonProcessingException e) {
            throw ApiError.invalid("filtering: Not a valid JSON.");
        }
        if (filters == null || !filters.isArray()) {
            throw ApiError.invalid("filtering: Not a valid list.");
        }
        List<JsonNode> list = new java.util.ArrayList<>();
        filters.forEach(list::add);
        return list;
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
