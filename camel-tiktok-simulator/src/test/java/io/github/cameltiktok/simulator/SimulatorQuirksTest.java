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
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cameltiktok.simulator.SimulatorQuirks.PageFault;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator's live-account quirks, as TikTok answers them. */
class SimulatorQuirksTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withEntities(2, 4, 2, 1)
            .withDays(LAST_DAY.minusDays(9), LAST_DAY).withQpsLimit(0);

    private static JsonNode get(TikTokSimulator tiktok, String path, Map<String, String> query) throws Exception {
        return TikTokSimulatorTest.get(tiktok, path, query, SimulatorConfig.DEFAULT_ACCESS_TOKEN);
    }

    private static Map<String, String> campaignReport(String advertiser, String filtering) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_id", advertiser);
        query.put("report_type", "BASIC");
        query.put("data_level", "AUCTION_CAMPAIGN");
        query.put("dimensions", "[\"campaign_id\"]");
        query.put("metrics", "[\"spend\"]");
        query.put("start_date", LAST_DAY.minusDays(2).toString());
        query.put("end_date", LAST_DAY.toString());
        if (filtering != null) {
            query.put("filtering", filtering);
        }
        return query;
    }

    @Test
    void deletedCampaignsAppearOnlyWhenAskedFor() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG.withQuirks(SimulatorQuirks.none()
                .withDeletedEvery(2)))) {
            String advertiser = tiktok.advertiserIds().get(0);
            JsonNode byDefault = get(tiktok, TikTokApiTransformer.REPORT_PATH, campaignReport(advertiser, null));
            JsonNode all = get(tiktok, TikTokApiTransformer.REPORT_PATH, campaignReport(advertiser,
                    "[{\"field_name\":\"campaign_status\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]"));

            // campaigns 2 and 4 are deleted, campaign 3 is a Promote one (left out unless filtered for)
            assertThat(byDefault.at("/data/page_info/total_number").asInt()).isEqualTo(1);
            assertThat(all.at("/data/page_info/total_number").asInt()).isEqualTo(3);
            // the entity list leaves them out too, unless its status filter asks for deleted ones: primary_status
            // STATUS_DELETE (TikTok's v1.3 docs) or the spec's CAMPAIGN_STATUS_ALL secondary status
            Map<String, String> list = new LinkedHashMap<>(Map.of("advertiser_id", advertiser));
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, list).at("/data/list").size()).isEqualTo(1);
            list.put("filtering", "{\"primary_status\":\"STATUS_DELETE\"}");
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, list).at("/data/list"))
                    .hasSize(2).allSatisfy(c -> assertThat(c.path("secondary_status").asText())
                            .isEqualTo("CAMPAIGN_STATUS_DELETE"));
            list.put("filtering", "{\"secondary_status\":\"CAMPAIGN_STATUS_ALL\"}");
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, list).at("/data/list")).hasSize(3);
            list.put("filtering", "{\"secondary_status\":\"CAMPAIGN_STATUS_EVERYTHING\"}");
            assertThat(get(tiktok, TikTokApiTransformer.CAMPAIGN_PATH, list).path("code").asInt())
                    .isEqualTo(40002);
        }
    }

    @Test
    void advertiserInfoGivesEachAccountsZoneAndCurrency() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG.withQuirks(SimulatorQuirks.none()
                .withTimeZones("Etc/GMT-12", "Etc/GMT+10")))) {
            JsonNode answer = get(tiktok, TikTokApiTransformer.ADVERTISER_INFO_PATH, Map.of("advertiser_ids",
                    "[\"" + String.join("\",\"", tiktok.advertiserIds()) + "\"]", "fields",
                    "[\"advertiser_id\",\"timezone\"]"));

            assertThat(answer.path("code").asInt()).isZero();
            assertThat(answer.at("/data/list/0/timezone").asText()).isEqualTo("Etc/GMT-12");
            assertThat(answer.at("/data/list/1/timezone").asText()).isEqualTo("Etc/GMT+10");
            assertThat(answer.at("/data/list/0").has("currency")).as("only the fields asked").isFalse();
        }
    }

    @Test
    void theDefaultFiguresReachEachAdvertisersOwnTodayAndStopThere() throws Exception {
        // the two ends of the earth's zones: from 10:00 UTC on, Etc/GMT-14 is a day ahead of a machine on UTC, and
        // Etc/GMT+12 is a day behind it until 12:00 UTC
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(2, 4, 2, 1)
                .withQpsLimit(0).withQuirks(SimulatorQuirks.none().withTimeZones("Etc/GMT-14", "Etc/GMT+12")))) {
            for (int i = 0; i < 2; i++) {
                String advertiser = tiktok.advertiserIds().get(i);
                LocalDate ownToday = LocalDate.now(ZoneId.of(i == 0 ? "Etc/GMT-14" : "Etc/GMT+12"));
                Map<String, String> query = campaignReport(advertiser, null);
                query.put("dimensions", "[\"campaign_id\",\"stat_time_day\"]");
                query.put("start_date", ownToday.minusDays(1).toString());
                query.put("end_date", ownToday.plusDays(1).toString());
                JsonNode days = get(tiktok, TikTokApiTransformer.REPORT_PATH, query).at("/data/list");

                // three campaigns in TikTok's default view: each advertiser has a Promote or a TopView one
                assertThat(days.findValuesAsText("stat_time_day")).as("advertiser in zone " + (i == 0 ? "+14" : "-12"))
                        .hasSize(2 * 3).allSatisfy(day -> assertThat(day).isIn(ownToday.minusDays(1) + " 00:00:00",
                                ownToday + " 00:00:00"))
                        .contains(ownToday + " 00:00:00");
            }
        }
    }

    @Test
    void aShiftingReportRepeatsARowOnItsFirstReadsOnly() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG.withQuirks(SimulatorQuirks.none()
                .withPageFault(PageFault.SHIFTED_ROWS, 1)))) {
            Map<String, String> query = campaignReport(tiktok.advertiserIds().get(0), "[{\"field_name\":"
                    + "\"campaign_status\",\"filter_type\":\"IN\",\"filter_value\":\"[\\\"STATUS_ALL\\\"]\"}]");
            query.put("page_size", "2");
            String lastOfPage1 = firstRead(tiktok, query);
            query.put("page", "2");
            assertThat(get(tiktok, TikTokApiTransformer.REPORT_PATH, query).at("/data/list/0/dimensions/campaign_id")
                    .asText()).as("page 2 of the first read starts with page 1's last row").isEqualTo(lastOfPage1);
            // a second read is consistent
            firstRead(tiktok, query);
            query.put("page", "2");
            assertThat(get(tiktok, TikTokApiTransformer.REPORT_PATH, query).at("/data/list/0/dimensions/campaign_id")
                    .asText()).isNotEqualTo(lastOfPage1);
        }
    }

    /** Starts a read with page 1; its last campaign id. */
    private static String firstRead(TikTokSimulator tiktok, Map<String, String> query) throws Exception {
        query.put("page", "1");
        return get(tiktok, TikTokApiTransformer.REPORT_PATH, query).at("/data/list/1/dimensions/campaign_id").asText();
    }
}
