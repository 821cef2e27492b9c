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

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's /campaign/get/, /adgroup/get/ and /ad/get/, as TikTok's v1.3 pages describe them. */
class EntityPagesTest {

    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withEntities(2, 4, 2, 2).withQpsLimit(0)
            .withQuirks(SimulatorQuirks.none().withDeletedEvery(4));

    private static JsonNode get(TikTokSimulator tiktok, String path, Map<String, String> query) throws Exception {
        return TikTokSimulatorTest.get(tiktok, path, query, SimulatorConfig.DEFAULT_ACCESS_TOKEN);
    }

    private static Map<String, String> query(String advertiser, String filtering) {
        Map<String, String> query = new LinkedHashMap<>(Map.of("advertiser_id", advertiser, "page_size", "1000"));
        if (filtering != null) {
            query.put("filtering", filtering);
        }
        return query;
    }

    @Test
    void adsNameTheirParentsAndListDeletedOnesOnlyWhenAskedFor() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG)) {
            String advertiser = tiktok.advertiserIds().get(1);
            JsonNode live = get(tiktok, TikTokApiTransformer.AD_PATH, query(advertiser, null)).path("data");
            JsonNode deleted = get(tiktok, TikTokApiTransformer.AD_PATH, query(advertiser,
                    "{\"primary_status\":\"STATUS_DELETE\"}")).path("data");

            // 4 campaigns x 2 ad groups x 2 ads; the 1st campaign is a TopView one (listed only when buying_types
            // asks for it), the 4th is deleted (and its 4 ads with it)
            assertThat(live.at("/page_info/total_number").asInt()).isEqualTo(8);
            assertThat(deleted.at("/page_info/total_number").asInt()).isEqualTo(4);
            JsonNode ad = live.path("list").get(0);
            assertThat(ad.path("advertiser_id").asText()).isEqualTo(advertiser);
            assertThat(ad.path("ad_id").asText()).startsWith("178");
            assertThat(ad.path("adgroup_id").asText()).startsWith("179");
            assertThat(ad.path("campaign_id").asText()).startsWith("180");
            assertThat(ad.path("secondary_status").asText()).isEqualTo("AD_STATUS_DELIVERY_OK");
            assertThat(deleted.path("list")).allSatisfy(d -> assertThat(d.path("secondary_status").asText())
                    .isEqualTo("AD_STATUS_DELETE"));
        }
    }

    @Test
    void fieldsNarrowTheObjectsAndFiltersAreCheckedAsTikTokChecksThem() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG)) {
            String advertiser = tiktok.advertiserIds().get(0);
            Map<String, String> query = query(advertiser, "{\"primary_status\":\"STATUS_ALL\","
                                                          + "\"campaign_ids\":[\"1800000000000000000\"]}");
            query.put("fields", "[\"adgroup_id\",\"budget\"]");
            JsonNode groups = get(tiktok, TikTokApiTransformer.ADGROUP_PATH, query).path("data").path("list");

            assertThat(groups).hasSize(2).allSatisfy(g -> {
                assertThat(g.size()).isEqualTo(2);
                assertThat(g.path("budget").isNumber()).isTrue();
            });
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, query(advertiser,
                    "{\"primary_status\":\"STATUS_ALL\"}")).path("code").asInt())
                    .as("STATUS_ALL is among the spec's CampaignPrimaryStatus").isZero();
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, query(advertiser,
                    "{\"primary_status\":\"STATUS_TIME_DONE\"}")).path("code").asInt())
                    .as("STATUS_TIME_DONE is an ad group and ad status only").isEqualTo(40002);
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, query(advertiser,
                    "{\"campaign_idz\":[\"1\"]}")).path("message").asText()).contains("campaign_idz");
            // TikTok refuses TopView combined with another buying type (docs 1739315828649986, 1739314558673922)
            JsonNode combined = get(tiktok, TikTokApiTransformer.AD_PATH, query(advertiser,
                    "{\"buying_types\":[\"AUCTION\",\"RESERVATION_TOP_VIEW\"],"
                    + "\"campaign_system_origins\":[\"TT_ADS_PLATFORM\",\"PROMOTE\"]}"));
            assertThat(combined.path("code").asInt()).isEqualTo(40002);
            assertThat(combined.path("message").asText())
                    .contains("'RESERVATION_TOP_VIEW' cannot be combined with other enum values");
            assertThat(get(tiktok, TikTokApiTransformer.AD_PATH, query(advertiser,
                    "{\"buying_types\":[\"RESERVATION_TOP_VIEW\"],"
                    + "\"campaign_system_origins\":[\"TT_ADS_PLATFORM\",\"PROMOTE\"]}")).path("code").asInt())
                    .isZero();
            Map<String, String> topViewGroups = query(advertiser, "{\"buying_types\":[\"RESERVATION_TOP_VIEW\"]}");
            assertThat(get(tiktok, TikTokApiTransformer.ADGROUP_PATH, topViewGroups).path("message").asText())
                    .as("page_size 1000 with TopView ad groups").contains("between 1 and 100");
            topViewGroups.put("page_size", "100");
            assertThat(get(tiktok, TikTokApiTransformer.ADGROUP_PATH, topViewGroups).path("code").asInt()).isZero();
            Map<String, String> badPage = query(advertiser, null);
            badPage.put("page_size", "ten");
            JsonNode refused = get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, badPage);
            assertThat(refused.path("code").asInt()).isEqualTo(40002);
            assertThat(refused.path("message").asText()).isEqualTo("page_size: Not a valid integer.");
        }
    }
}
