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
package io.github.cameltiktok.client.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.ReadStoppedException;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.CampaignScope;
import io.github.cameltiktok.client.model.EntityQuery;

/**
 * Lists an advertiser's campaigns, ad groups or ads (every page), or describes advertisers: the entity tables users
 * read, and the listing a truncated report is split by, so that recovery trusts the listing users see.
 * <p>
 * "Every object" means every object a report can have rows for: TikTok's defaults leave out deleted objects
 * ({@code primary_status} STATUS_NOT_DELETE), Promote campaigns ({@code campaign_system_origins}) and TopView
 * objects ({@code buying_types}), so the listing names the origins and buying types counted
 * ({@code campaignOrigins}, {@code buyingTypes}) where the user's filtering does not, lists TopView apart (TikTok
 * refuses it combined), and with {@code includeDeleted} reads the deleted objects in a second pass
 * ({@code primary_status} STATUS_DELETE, the status TikTok documents for listing them).
 */
public final class EntityReader {

    /** Money fields: BigDecimal whether TikTok sends a number or a string. */
    static final Set<String> MONEY_FIELDS = Set.of("budget", "bid_price", "conversion_bid_price", "roas_bid",
            "deep_cpa_bid", "balance", "scheduled_budget");
    /** Listings whose pages shifted (objects created or deleted meanwhile) are read again this often. */
    static final int ATTEMPTS = 3;

    private final HttpTransport transport;

    public EntityReader(HttpTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * The objects of one advertiser, one map per object in TikTok's order (deleted ones after the others, TopView
     * ones after the others), each with its {@code advertiser_id}, each once.
     *
     * @throws TikTokApiException when TikTok refuses, or its pages keep shifting while they are read
     */
    public List<Map<String, Object>> list(EntityKind kind, String advertiserId, EntityQuery query,
                                          ReadContext context) {
        return list(kind, advertiserId, query, context, objects -> count(context, objects));
    }

    /** @param counted told the number of objects of each page read */
    private List<Map<String, Object>> list(EntityKind kind, String advertiserId, EntityQuery query,
                                           ReadContext context, IntConsumer counted) {
        if (!kind.paged()) {
            return advertisers(List.of(advertiserId), query, context);
        }
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        boolean statusNamed = query.filtering().containsKey("primary_status")
                              || query.filtering().containsKey("secondary_status");
        try {
            for (EntityQuery listing : listings(kind, query)) {
                pages(kind, advertiserId, listing, context, counted)
                        .forEach(row -> byId.putIfAbsent(id(kind, row), row));
                if (query.includeDeleted() && !statusNamed) {
                    pages(kind, advertiserId, listing.withFilter("primary_status", EntityKind.DELETED_STATUS),
                            context, counted).forEach(row -> byId.putIfAbsent(id(kind, row), row));
                }
            }
        } catch (TikTokApiException e) {
            throw String.valueOf(e.getMessage()).contains(advertiserId) ? e
                    : e.withContext("met while listing the " + kind.preset() + " of advertiser " + advertiserId);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The listings that together hold every object the query counts: its campaign origins named (TikTok's default
     * leaves Promote out), and its buying types in the groups TikTok accepts, TopView alone (TikTok refuses it
     * combined with another value, docs 1739315828649986, 1739314558673922) and at most
     * {@link EntityKind#MAX_TOP_VIEW_ADGROUP_PAGE_SIZE} ad groups a page.
     */
    static List<EntityQuery> listings(EntityKind kind, EntityQuery query) {
        Object origins = query.filtering().containsKey(CampaignScope.ORIGINS_FILTER_KEY)
                ? query.filtering().get(CampaignScope.ORIGINS_FILTER_KEY) : query.scope().origins();
        List<List<String>> buyingTypes = query.filtering().get(CampaignScope.BUYING_TYPES_FILTER_KEY)
                instanceof List<?> named ? CampaignScope.apart(named.stream().map(String::valueOf).toList())
                : query.scope().listingBuyingTypes();
        List<EntityQuery> listings = new ArrayList<>();
        for (List<String> group : buyingTypes) {
            EntityQuery listing = query.withFilter(CampaignScope.BUYING_TYPES_FILTER_KEY, group)
                    .withFilter(CampaignScope.ORIGINS_FILTER_KEY, origins);
            if (kind == EntityKind.ADGROUPS && group.contains(CampaignScope.TOP_VIEW)) {
                listing = listing.withPageSize(Math.min(query.pageSize(), EntityKind.MAX_TOP_VIEW_ADGROUP_PAGE_SIZE));
            }
            listings.add(listing);
        }
        return listings;
    }

    /**
     * The ids of every object of a kind (deleted ones included) that some campaigns hold, e.g. to split a report of
     * those campaigns by them. The listing is not counted as the endpoint's output.
     */
    public List<String> ids(EntityKind kind, String advertiserId, Map<String, Object> filtering, CampaignScope scope,
                            ReadContext context) {
        EntityQuery query = new EntityQuery(List.of(kind.idField()), filtering, true, EntityKind.MAX_PAGE_SIZE,
                Map.of(), scope);
        return list(kind, advertiserId, query, context, objects -> { }).stream().map(row -> id(kind, row)).toList();
    }

    /** {@code /advertiser/info/} of advertisers, at most {@link TikTokReportCatalog#MAX_ADVERTISER_INFO_IDS} a call. */
    public List<Map<String, Object>> advertisers(List<String> advertiserIds, EntityQuery query,
                                                 ReadContext context) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int from = 0; from < advertiserIds.size(); from += TikTokReportCatalog.MAX_ADVERTISER_INFO_IDS) {
            checkRunning(context);
            List<String> batch = advertiserIds.subList(from,
                    Math.min(advertiserIds.size(), from + TikTokReportCatalog.MAX_ADVERTISER_INFO_IDS));
            Map<String, String> params = new LinkedHashMap<>(query.extraParameters());
            params.put("advertiser_ids", transport.json(batch));
            params.put("fields", transport.json(query.fields()));
            JsonNode data = transport.getData(EntityKind.ADVERTISERS.path(), params);
            count(context, data.path("list").size());
            for (JsonNode item : data.path("list")) {
                rows.add(row(item, null));
            }
        }
        return rows;
    }

    /**
     * Every page of one listing; read again from the first page when it is not a consistent snapshot: its total
     * changed meanwhile, a page before the last was empty, or the objects read are not the total, each once.
     */
    private List<Map<String, Object>> pages(EntityKind kind, String advertiserId, EntityQuery query,
                                            ReadContext context, IntConsumer counted) {
        for (int attempt = 1; ; attempt++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            long total = -1;
            boolean shifted = false;
            int totalPage = 1;
            for (int page = 1; page <= totalPage; page++) {
                checkRunning(context);
                JsonNode data = transport.getData(kind.path(), query(advertiserId, query, page));
                JsonNode pageInfo = data.path("page_info");
                long pageTotal = pageInfo.path("total_number").asLong(-1);
                if (total >= 0 && pageTotal != total) {
                    shifted = true;
                    break;
                }
                total = pageTotal;
                totalPage = pageInfo.path("total_page").asInt(1);
                JsonNode list = data.path("list");
                counted.accept(list.size());
                for (JsonNode item : list) {
                    rows.add(row(item, advertiserId));
                }
                if (list.isEmpty()) {
                    // an empty page before the last one: objects moved between pages
                    shifted = page < totalPage;
                    break;
                }
            }
            // every object TikTok counted, each once: otherwise one slipped between two pages
            shifted |= total >= 0 && rows.size() != total
                       || rows.stream().map(row -> id(kind, row)).distinct().count() != rows.size();
            if (!shifted) {
                return rows;
            }
            if (attempt == ATTEMPTS) {
                throw TikTokApiException.unusableAnswer("The " + kind.preset() + " of advertiser " + advertiserId
                        + " changed while they were listed, " + ATTEMPTS + " times in a row (TikTok's pages did not add"
                        + " up to its total_number); nothing of the listing is delivered, the next read tries again");
            }
        }
    }

    private Map<String, String> query(String advertiserId, EntityQuery query, int page) {
        Map<String, String> params = new LinkedHashMap<>(query.extraParameters());
        params.put("advertiser_id", advertiserId);
        params.put("fields", transport.json(query.fields()));
        if (!query.filtering().isEmpty()) {
            params.put("filtering", transport.json(query.filtering()));
        }
        params.put("page", Integer.toString(page));
        params.put("page_size", Integer.toString(query.pageSize()));
        return params;
    }

    private static void count(ReadContext context, int objects) {
        context.statistics().page(null);
        context.statistics().rows(objects);
    }

    private static void checkRunning(ReadContext context) {
        if (!context.running()) {
            throw new ReadStoppedException("Stopped while listing objects");
        }
    }

    private static String id(EntityKind kind, Map<String, Object> row) {
        Object id = row.get(kind.idField());
        if (id == null) {
            throw TikTokApiException.unusableAnswer("TikTok listed an object without its " + kind.idField());
        }
        return id.toString();
    }

    /** One object as a map of TikTok's field names; {@code advertiser_id} set when TikTok left it out. */
    static Map<String, Object> row(JsonNode item, String advertiserId) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (advertiserId != null && !item.has("advertiser_id")) {
            row.put("advertiser_id", advertiserId);
        }
        item.fields().forEachRemaining(e -> row.put(e.getKey(), value(e.getKey(), e.getValue())));
        return row;
    }

    /**
     * A JSON value typed for Java: ids (and lists of ids) as String, money as BigDecimal, other whole numbers as
     * Long, decimals as BigDecimal, nested objects and lists as maps and lists; times as TikTok sends them.
     */
    static Object value(String field, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        boolean id = field.endsWith("_id") || field.endsWith("_ids");
        if (node.isTextual()) {
            String text = node.asText();
            if (MONEY_FIELDS.contains(field)) {
                return money(text);
            }
            return text;
        }
        if (node.isNumber()) {
            if (id) {
                return node.asText();
            }
            if (MONEY_FIELDS.contains(field) || !node.isIntegralNumber()) {
                return node.decimalValue();
            }
            return node.asLong();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>();
            node.forEach(element -> values.add(value(field, element)));
            return values;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getKey(), e.getValue())));
        return map;
    }

    private static BigDecimal money(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || "-".equals(trimmed)) {
            return null;
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw TikTokApiException.unusableAnswer("TikTok sent '" + text + "' where it sends an amount of money");
        }
    }
}
