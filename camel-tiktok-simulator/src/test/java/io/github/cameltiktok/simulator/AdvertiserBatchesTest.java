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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The integrated report of several advertisers in one request ({@code advertiser_ids}), as TikTok documents it. */
class AdvertiserBatchesTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withEntities(6, 2, 2, 1)
            .withDays(LAST_DAY.minusDays(9), LAST_DAY).withQpsLimit(0);

    private static JsonNode get(TikTokSimulator tiktok, Map<String, String> query) throws Exception {
        return TikTokSimulatorTest.get(tiktok, TikTokApiTransformer.REPORT_PATH, query,
                SimulatorConfig.DEFAULT_ACCESS_TOKEN);
    }

    private static Map<String, String> report(String advertisers, String dimensions) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(advertisers.startsWith("[") ? "advertiser_ids" : "advertiser_id", advertisers);
        query.put("report_type", "BASIC");
        query.put("data_level", "AUCTION_CAMPAIGN");
        query.put("dimensions", dimensions);
        query.put("metrics", "[\"spend\",\"clicks\"]");
        query.put("start_date", LAST_DAY.minusDays(1).toString());
        query.put("end_date", LAST_DAY.toString());
        query.put("page_size", "3");
        return query;
    }

    private static String ids(List<String> ids) {
        return "[\"" + String.join("\",\"", ids) + "\"]";
    }

    /** Every row of every page. */
    private static List<JsonNode> rows(TikTokSimulator tiktok, Map<String, String> query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            query.put("page", Integer.toString(page));
            JsonNode answer = get(tiktok, query);
            assertThat(answer.path("code").asInt()).as(answer.toString()).isZero();
            answer.at("/data/list").forEach(rows::add);
            if (page >= answer.at("/data/page_info/total_page").asInt()) {
                return rows;
            }
        }
    }

    @Test
    void aBatchHoldsEachAdvertisersRowsWithItsCurrencyZoneAndId() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG)) {
            List<String> three = tiktok.advertiserIds().subList(0, 3);
            List<JsonNode> batched = rows(tiktok, report(ids(three),
                    "[\"campaign_id\",\"stat_time_day\",\"advertiser_id\"]"));

            // (2 + 1 + 1) campaigns x 2 days, paged over the combined set: TikTok's default view leaves out the
            // second advertiser's Promote campaign and the third's TopView one
            assertThat(batched).hasSize(8);
            int i = 0;
            for (String advertiser : three) {
                List<JsonNode> own = rows(tiktok, report(advertiser, "[\"campaign_id\",\"stat_time_day\"]"));
                for (JsonNode single : own) {
                    JsonNode row = batched.get(i++);
                    assertThat(row.at("/dimensions/advertiser_id").asText()).isEqualTo(advertiser);
                    assertThat(row.at("/dimensions/campaign_id")).isEqualTo(single.at("/dimensions/campaign_id"));
                    assertThat(row.at("/metrics/spend")).isEqualTo(single.at("/metrics/spend"));
                    assertThat(row.at("/metrics/advertiser_id").asText()).isEqualTo(advertiser);
                    assertThat(row.at("/metrics/currency").asText()).isEqualTo("USD");
                    assertThat(row.at("/metrics/timezone").asText()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void withoutAnIdDimensionTheAddedFieldsAreZeroAndCostIsADash() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG)) {
            Map<String, String> query = report(ids(tiktok.advertiserIds().subList(0, 2)), "[\"stat_time_day\"]");
            query.put("data_level", "AUCTION_ADVERTISER");
            JsonNode row = get(tiktok, query).at("/data/list/0");
            assertThat(row.at("/metrics/spend").asText()).isEqualTo("-");
            assertThat(row.at("/metrics/currency").asText()).isEqualTo("0");
            assertThat(row.at("/metrics/advertiser_id").asText()).isEqualTo("0");
        }
    }

    @Test
    void moreThanFiveAdvertisersOrOneTheTokenMayNotReadRefuseTheWholeRequest() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG)) {
            String dimensions = "[\"campaign_id\",\"advertiser_id\"]";
            JsonNode six = get(tiktok, report(ids(tiktok.advertiserIds()), dimensions));
            assertThat(six.path("code").asInt()).isEqualTo(40002);
            assertThat(six.path("message").asText()).contains("advertiser_ids");

            List<String> foreign = new ArrayList<>(tiktok.advertiserIds().subList(0, 2));
            foreign.add("7999999999999999999");
            JsonNode refused = get(tiktok, report(ids(foreign), dimensions));
            assertThat(refused.path("code").asInt()).isEqualTo(40001);
            assertThat(refused.at("/data/list").size()).isZero();

            Map<String, String> catalog = report(ids(tiktok.advertiserIds().subList(0, 2)), dimensions);
            catalog.put("report_type", "CATALOG");
            assertThat(get(tiktok, catalog).path("code").asInt()).isEqualTo(40002);
        }
    }
}
