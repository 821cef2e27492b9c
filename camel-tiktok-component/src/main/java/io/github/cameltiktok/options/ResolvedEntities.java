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
package io.github.cameltiktok.options;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportConfiguration;
import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.EntityQuery;
import io.github.cameltiktok.client.model.TikTokIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The options of an entity endpoint ({@code tiktok-report:campaigns}, {@code :adgroups}, {@code :ads},
 * {@code :advertisers}) resolved once, at start-up: every option checked, nothing left to parse per read.
 */
public record ResolvedEntities(String name, EntityKind kind, List<String> advertiserIds, EntityQuery query) {

    private static final Logger LOG = LoggerFactory.getLogger(ResolvedEntities.class);

    /** The options not every endpoint reads ({@link OptionFor}), with those that read them. */
    private static final Map<String, Set<OptionFor.Endpoints>> READERS
            = OptionFor.Endpoints.readers(TikTokReportConfiguration.class);
    /** Query parameters the reader sets itself: a {@code param.*} may not replace them. */
    private static final Set<String> OWN_PARAMETERS = Set.of("advertiser_id", "advertiser_ids", "fields", "filtering",
            "page", "page_size");

    public ResolvedEntities {
        advertiserIds = List.copyOf(advertiserIds);
    }

    /**
     * Options the endpoint URI sets that the endpoint would ignore: they are for the other kind of endpoint.
     *
     * @param kind  the entity kind, or null for a report
     * @param given the option names of the endpoint URI
     */
    public static void checkGiven(EntityKind kind, Set<String> given, List<String> errors) {
        OptionFor.Endpoints endpoint = kind == null ? OptionFor.Endpoints.REPORTS
                : kind == EntityKind.ADVERTISERS ? OptionFor.Endpoints.ADVERTISER_TABLE
                : OptionFor.Endpoints.PAGED_TABLES;
        Set<String> wrong = new TreeSet<>();
        for (String option : given) {
            READERS.forEach((name, readers) -> {
                if (name.equalsIgnoreCase(option) && !readers.contains(endpoint)) {
                    wrong.add(name);
                }
            });
        }
        if (wrong.isEmpty()) {
            return;
        }
        if (kind == null) {
            errors.add("Invalid option " + String.join(", ", wrong) + " on a report endpoint: it is for the entity"
                       + " tables (tiktok-report:" + String.join(", :", EntityKind.presets()) + "). Allowed values:"
                       + " dimensions and metrics name a report's columns");
        } else {
            errors.add("Invalid option " + String.join(", ", wrong) + " on tiktok-report:" + kind.preset()
                       + ": it is for reports, not entity tables. Allowed values: advertiserId, "
                       + String.join(", ", readBy(endpoint)) + ", param.*, the connection options and splitRows");
        }
    }

    /** The options only some endpoints read that this one reads. */
    private static List<String> readBy(OptionFor.Endpoints endpoint) {
        return READERS.entrySet().stream().filter(e -> e.getValue().contains(endpoint)).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Checks every option before any request.
     *
     * @throws IllegalArgumentException naming each bad option, its value and what is allowed
     */
    public static ResolvedEntities resolve(TikTokReportConfiguration c, EntityKind kind, ObjectMapper mapper,
                                           List<String> earlierErrors) {
        List<String> errors = new ArrayList<>(earlierErrors);
        List<String> warnings = new ArrayList<>();
        // none named, with the app's id and secret: every advertiser TikTok lists for the token, asked at run time
        List<String> advertiserIds = c.discoversAdvertisers() ? List.of()
                : TikTokIds.parse(c.getAdvertiserId(), "option advertiserId", "advertiser", errors);
        OptionChecks.checkConnection(c, errors);
        CampaignScope scope = OptionChecks.campaignScope(c, errors);
        List<String> fields = c.getFields() == null ? kind.defaultFields()
                : kind.checkFields(Arrays.asList(c.getFields().split(",", -1)), OptionChecks.fieldCheck(c, errors),
                        errors, warnings);
        Map<String, Object> filtering = Map.of();
        if (c.getFilters() != null && !c.getFilters().isBlank()) {
            JsonNode filters = null;
            try {
                filters = mapper.readTree(c.getFilters());
            } catch (JsonProcessingException e) {
                // reported below as not an object
            }
            kind.checkFilters(filters, errors);
            if (filters != null && filters.isObject()) {
                filtering = mapper.convertValue(filters, new TypeReference<LinkedHashMap<String, Object>>() {
                });
                OptionChecks.scopeNotNamedTwice(scope, filtering.containsKey(CampaignScope.BUYING_TYPES_FILTER_KEY),
                        filtering.containsKey(CampaignScope.ORIGINS_FILTER_KEY), "filters.", errors);
            }
        }
        OptionChecks.between(errors, "pageSize", c.getPageSize(), 1, EntityKind.MAX_PAGE_SIZE, "objects a page");
        Map<String, String> extra = new LinkedHashMap<>();
        c.getParameters().forEach((key, value) -> {
            if (OWN_PARAMETERS.contains(key.toLowerCase(Locale.ROOT))) {
                errors.add("Invalid option param." + key + ": the component sends " + key + " itself. Allowed values:"
                           + " the options advertiserId, fields, filters and pageSize set it");
            } else {
                extra.put(key, value == null ? "" : value.toString());
            }
        });
        OptionChecks.logWarningsOrFail(LOG, kind.preset(), errors, warnings);
        return new ResolvedEntities(kind.preset(), kind, advertiserIds,
                new EntityQuery(fields, filtering, c.isIncludeDeleted(), c.getPageSize(), extra, scope));
    }
}
