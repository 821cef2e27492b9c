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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TikTok Shop tree behind the simulator's GMV Max endpoints, and its figures, computed on demand from ids and
 * days. Each advertiser has three stores: the first two authorized to it for GMV Max, the third to another account.
 * Each store runs three product campaigns (four products each) and two LIVE campaigns (two LIVE rooms each);
 * figures exist per product or room and day, and every other level adds them up, so that levels agree as TikTok's
 * do. Indices: store {@code advertiser × STORES + s}, campaign {@code store × CAMPAIGNS + k}, product
 * {@code campaign × PRODUCTS + j}, room {@code campaign × ROOMS + j}.
 */
final class GmvMaxShop {

    static final long STORE_BASE = 7_400_000_000_000_000_000L;
    static final long CAMPAIGN_BASE = 1_850_000_000_000_000_000L;
    static final long ITEM_GROUP_BASE = 1_729_000_000_000_000_000L;
    static final long ROOM_BASE = 7_390_000_000_000_000_000L;
    static final int STORES = 3;
    static final int PRODUCT_CAMPAIGNS = 3;
    static final int LIVE_CAMPAIGNS = 2;
    static final int CAMPAIGNS = PRODUCT_CAMPAIGNS + LIVE_CAMPAIGNS;
    static final String PRODUCT_TYPE = "PRODUCT";
    static final String LIVE_TYPE = "LIVE";
    static final int PRODUCTS = 4;
    static final int ROOMS = 2;

    /** Counts per product or room and day; money in cents. */
    static final int COST = 0;
    static final int ORDERS = 1;
    static final int REVENUE = 2;
    static final int IMPRESSIONS = 3;
    static final int CLICKS = 4;
    static final int VIEWS = 5;
    static final int VIEWS_10S = 6;
    static final int FOLLOWS = 7;
    /** Spend less ad credit, per leaf in cents, so that every level's net cost is the sum of the levels below it. */
    static final int NET_COST = 8;
    static final int COUNTS = 9;

    private final SimulatorConfig config;
    private final SyntheticData data;

    GmvMaxShop(SimulatorConfig config, SyntheticData data) {
        this.config = config;
        this.data = data;
    }

    /** {@code data} of {@code /gmv_max/store/list/}. */
    Map<String, Object> stores(String advertiserId) {
        int advertiser = advertiser(advertiserId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int s = 0; s < STORES; s++) {
            Map<String, Object> store = new LinkedHashMap<>();
            store.put("store_id", storeId(advertiser, s));
            store.put("store_name", "Shop " + (advertiser + 1) + "-" + (s + 1));
            store.put("store_code", "SIMSHOP" + (advertiser * STORES + s));
            store.put("is_gmv_max_available", s < STORES - 1);
            store.put("store_status", "ACTIVE");
            store.put("store_role", s < STORES - 1 ? "AD_PROMOTION" : "UNSET");
            store.put("targeting_region_codes", List.of("US"));
            list.add(store);
        }
        return Map.of("store_list", list);
    }

    static String storeId(int advertiser, int store) {
        return Long.toString(STORE_BASE + (long) advertiser * STORES + store);
    }

    int advertiser(String advertiserId) {
        if (advertiserId == null || advertiserId.isBlank()) {
            throw ApiError.invalid("advertiser_id: Missing data for required field.");
        }
        int advertiser = data.advertiserIndex(advertiserId);
        if (advertiser < 0) {
            throw new ApiError(ApiError.NO_PERMISSION, "No permission to operate advertiser " + advertiserId + ".");
        }
        return advertiser;
    }

    /** The store's index under the advertiser; a store of another account, or not authorized to this one, fails. */
    static int storeIndex(String storeId, int advertiser) {
        try {
            long index = Long.parseLong(storeId) - STORE_BASE - (long) advertiser * STORES;
            if (index >= 0 && index < STORES - 1) {
                return (int) index;
            }
        } catch (NumberFormatException e) {
            // not a store id
        }
        throw new ApiError(ApiError.NO_PERMISSION, "No permission to operate store " + storeId
                                                   + " for GMV Max with this advertiser.");
    }

    void addCampaign(long campaign, LocalDate day, long[] counts) {
        boolean product = PRODUCT_TYPE.equals(promotionOf(campaign));
        for (int j = 0; j < (product ? PRODUCTS : ROOMS); j++) {
            addLeaf(product ? ITEM_GROUP_BASE + campaign * PRODUCTS + j : ROOM_BASE + campaign * ROOMS + j, day,
                    counts);
        }
    }

    /** The GMV Max cost of a day of all the stores an advertiser runs GMV Max for, in cents. */
    long advertiserCostCents(int advertiser, LocalDate day) {
        long[] counts = new long[COUNTS];
        for (int s = 0; s < STORES - 1; s++) {
            for (int k = 0; k < CAMPAIGNS; k++) {
                addCampaign(((long) advertiser * STORES + s) * CAMPAIGNS + k, day, counts);
            }
        }
        return counts[COST];
    }

    /** One product's or room's figures of a day (rooms have views, products impressions). */
    void addLeaf(long leafId, LocalDate day, long[] counts) {
        if (!data.hasDelivery(day)) {
            return;
        }
        long h = SyntheticData.mix(leafId * 1_000_003L + day.toEpochDay());
        long cost = 500 + (h & 0x1FFF);                        // $5.00..$86.91
        long orders = (h >>> 13) & 15;                         // 0..15
        long revenue = orders * (1_500 + ((h >>> 17) & 4095)); // $15..$56 an order
        boolean room = leafId >= ROOM_BASE;
        long impressions = room ? 0 : 1_000 + ((h >>> 29) & 8191);
        counts[COST] += cost;
        counts[NET_COST] += cost * 95 / 100;
        counts[ORDERS] += orders;
        counts[REVENUE] += revenue;
        counts[IMPRESSIONS] += impressions;
        counts[CLICKS] += impressions * (10 + ((h >>> 42) & 31)) / 1000;
        long views = room ? 300 + ((h >>> 29) & 2047) : 0;
        counts[VIEWS] += views;
        counts[VIEWS_10S] += views * 2 / 5;
        counts[FOLLOWS] += views / 40;
    }

    static String promotionOf(long campaign) {
        return campaign % CAMPAIGNS < PRODUCT_CAMPAIGNS ? PRODUCT_TYPE : LIVE_TYPE;
    }

    /**
     * A campaign's primary status: deleted ones STATUS_DELETE; of the others one in four is paused (STATUS_DISABLE),
     * one in four not delivering (STATUS_NOT_DELIVERY), the rest delivering: each with figures of its past days.
     */
    String campaignStatus(long campaign) {
        if (deleted(campaign)) {
            return "STATUS_DELETE";
        }
        return switch ((int) (SyntheticData.mix(campaign + 11) % 4)) {
            case 0 -> "STATUS_DISABLE";
            case 1 -> "STATUS_NOT_DELIVERY";
            default -> "STATUS_DELIVERY_OK";
        };
    }

    /** The last of every {@code deletedEvery} campaigns of a store is deleted. */
    boolean deleted(long campaign) {
        int every = config.quirks().deletedEvery();
        return every > 0 && campaign % CAMPAIGNS % every == every - 1;
    }

    /**
     * A metric's value as TikTok writes it, from an entity's counts: money with two decimals, ratios rounded, "-"
     * for a cost per order without orders; attributes of the campaign, product or room.
     *
     * @param entity the campaign, product or room (its index), -1 for a total
     * @param live   whether the entity is of a LIVE campaign
     */
    String metric(String metric, long entity, boolean live, long[] c) {
        return switch (metric) {
            case "cost" -> ReportRows.hundredths(c[COST]);
            case "net_cost" -> ReportRows.hundredths(c[NET_COST]);
            case "orders" -> Long.toString(c[ORDERS]);
            case "cost_per_order" -> c[ORDERS] == 0 ? "-" : ReportRows.ratio(c[COST], c[ORDERS] * 100);
            case "gross_revenue" -> ReportRows.hundredths(c[REVENUE]);
            case "roi" -> ReportRows.ratio(c[REVENUE], c[COST]);
            case "roas_bid" -> "3.00";
            case "product_impressions" -> Long.toString(c[IMPRESSIONS]);
            case "product_clicks" -> Long.toString(c[CLICKS]);
            case "live_views" -> Long.toString(c[VIEWS]);
            case "cost_per_live_view" -> ReportRows.ratio(c[COST], c[VIEWS] * 100);
            case "10_second_live_views" -> Long.toString(c[VIEWS_10S]);
            case "cost_per_10_second_live_view" -> ReportRows.ratio(c[COST], c[VIEWS_10S] * 100);
            case "live_follows" -> Long.toString(c[FOLLOWS]);
            case "campaign_id" -> Long.toString(CAMPAIGN_BASE + entity);
            case "campaign_name" -> (live ? "LIVE GMV Max " : "Product GMV Max ")
                                    + (entity + 1);
            case "operation_status" -> deleted(entity) ? "DISABLE" : "ENABLE";
            case "schedule_type" -> "Continuously";
            case "bid_type" -> "CUSTOM";
            case "item_group_id" -> Long.toString(ITEM_GROUP_BASE + entity);
            case "product_name" -> "Product " + (entity + 1);
            case "product_status" -> "available";
            case "live_name" -> "Live " + (entity + 1);
            case "live_status" -> "END";
            default -> "-";
        };
    }

    /** Whether a metric is an attribute (text), which TikTok neither totals nor sorts by. */
    static boolean isText(String metric) {
        return Set.of("campaign_id", "campaign_name", "operation_status", "schedule_type", "bid_type",
                "item_group_id", "product_name", "product_status", "live_name", "live_status").contains(metric);
    }
}
