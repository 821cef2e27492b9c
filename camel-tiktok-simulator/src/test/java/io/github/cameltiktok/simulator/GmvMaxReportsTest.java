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
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's GMV Max endpoints answer with TikTok's shape and rules. */
class GmvMaxReportsTest {

    private static final String STORES = "/open_api/v1.3/gmv_max/store/list/";
    private static final String REPORT = "/open_api/v1.3/gmv_max/report/get/";
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    static TikTokSimulator tiktok;
    static String advertiser;

    @BeforeAll
    static void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withDays(LAST_DAY.minusDays(59), LAST_DAY)
                .withQpsLimit(0).withQuirks(SimulatorQuirks.none().withDeletedEvery(2)));
        advertiser = tiktok.advertiserIds().get(0);
    }

    @AfterAll
    static void stop() {
        tiktok.close();
    }

    private static JsonNode get(String path, Map<String, String> query) throws Exception {
        return TikTokSimulatorTest.get(tiktok, path, query, tiktok.config().accessToken());
    }

    private static Map<String, String> query(String store, String dimensions, String metrics, String filtering) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiser);
        query.put("store_ids", store);
        query.put("start_date", "2026-11-01");
        query.put("end_date", "2026-11-10");
        query.put("dimensions", dimensions);
        query.put("metrics", metrics);
        if (filtering != null) {
            query.put("filtering", filtering);
        }
        query.put("page_size", "1000");
        return query;
    }

    @Test
    void storeListMarksTheStoresAuthorizedToTheAdvertiser() throws Exception {
        JsonNode stores = get(STORES, Map.of("advertiser_id", advertiser)).path("data").path("store_list");
        assertThat(stores).hasSize(3);
        assertThat(stores.get(0).path("is_gmv_max_available").asBoolean()).isTrue();
        assertThat(stores.get(2).path("is_gmv_max_available").asBoolean()).isFalse();
        assertThat(tiktok.gmvMaxStoreIds(advertiser)).containsExactly(stores.get(0).path("store_id").asText(),
                stores.get(1).path("store_id").asText());
    }

    @Test
    void campaignReportHasStringValuesCurrencyAndDeletedCampaignsOnlyWhenAsked() throws Exception {
        String store = "[\"" + tiktok.gmvMaxStoreIds(advertiser).get(0) + "\"]";
        JsonNode data = get(REPORT, query(store, "[\"campaign_id\",\"stat_time_day\"]", "[\"cost\",\"orders\"]",
                "{\"gmv_max_promotion_types\":[\"PRODUCT\"]}")).path("data");
        // 3 product campaigns, the 2nd deleted: 2 × 10 days
        assertThat(data.path("page_info").path("total_number").asInt()).isEqualTo(20);
        JsonNode row = data.path("list").get(0);
        assertThat(row.path("dimensions").path("stat_time_day").asText()).isEqualTo("2026-11-01 00:00:00");
        assertThat(row.path("metrics").path("cost").isTextual()).isTrue();
        assertThat(row.path("metrics").path("currency").asText()).isEqualTo("USD");

        JsonNode all = get(REPORT, query(store, "[\"campaign_id\",\"stat_time_day\"]", "[\"cost\"]",
                "{\"gmv_max_promotion_types\":[\"PRODUCT\"],\"campaign_statuses\":[\"STATUS_ALL\"]}")).path("data");
        assertThat(all.path("page_info").path("total_number").asInt()).isEqualTo(30);
    }

    @Test
    void refusesWhatTikTokRefuses() throws Exception {
        String store = "[\"" + tiktok.gmvMaxStoreIds(advertiser).get(0) + "\"]";
        JsonNode productMetric = get(REPORT, query(store, "[\"campaign_id\"]", "[\"cost\",\"product_impressions\"]",
                "{\"gmv_max_promotion_types\":[\"PRODUCT\"]}"));
        assertThat(productMetric.path("code").asInt()).isEqualTo(40002);
        assertThat(productMetric.path("message").asText()).contains("Invalid metric(s): '[product_impressions]'");

        JsonNode twoStores = get(REPORT, query("[\"1\",\"2\"]", "[\"advertiser_id\"]", "[\"cost\"]", null));
        assertThat(twoStores.path("code").asInt()).isEqualTo(40002);

        String otherAccounts = "[\"" + (Long.parseLong(tiktok.gmvMaxStoreIds(advertiser).get(1)) + 1) + "\"]";
        assertThat(get(REPORT, query(otherAccounts, "[\"advertiser_id\"]", "[\"cost\"]", null)).path("code").asInt())
                .isEqualTo(40001);

        JsonNode noCampaigns = get(REPORT, query(store, "[\"item_group_id\"]", "[\"cost\"]", null));
        assertThat(noCampaigns.path("message").asText()).contains("campaign_ids is required");
        JsonNode noType = get(REPORT, query(store, "[\"campaign_id\"]", "[\"cost\"]", null));
        assertThat(noType.path("message").asText()).contains("gmv_max_promotion_types is required");
    }

    @Test
    void productAndRoomRowsAddUpToTheirCampaigns() {
        String store = "[\"" + tiktok.gmvMaxStoreIds(advertiser).get(1) + "\"]";
        Map<String, String> campaigns = query(store, "[\"campaign_id\"]", "[\"cost\",\"orders\"]",
                "{\"gmv_max_promotion_types\":[\"LIVE\"],\"campaign_statuses\":[\"STATUS_ALL\"]}");
        var rows = tiktok.gmvMaxRows(campaigns);
        assertThat(rows).hasSize(2);
        for (Map<String, String> campaign : rows) {
            var rooms = tiktok.gmvMaxRows(query(store, "[\"campaign_id\",\"room_id\"]", "[\"cost\",\"orders\"]",
                    "{\"campaign_ids\":[\"" + campaign.get("campaign_id") + "\"]}"));
            assertThat(rooms).hasSize(2);
            long cents = rooms.stream().mapToLong(r -> Math.round(Double.parseDouble(r.get("cost")) * 100)).sum();
            assertThat(cents).isEqualTo(Math.round(Double.parseDouble(campaign.get("cost")) * 100));
        }
    }
}
