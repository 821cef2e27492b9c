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
package io.github.cameltiktok;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity tables against the simulator: every object a report has rows for is in its table, deleted ones and
 * those of Promote campaigns included, so that report ids always join to names.
 */
class TikTokEntityTablesTest {

    private static final LocalDate TODAY = LocalDate.now();
    /** 8 campaigns (the 7th a Promote campaign) x 3 ad groups x 2 ads; every 3rd object deleted. */
    private static final SimulatorConfig ACCOUNT = SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 8, 3, 2)
            .withQpsLimit(0).withQuirks(SimulatorQuirks.none().withDeletedEvery(3));
    private static final String DAYS = "&startDate=" + TODAY.minusDays(3) + "&endDate=" + TODAY.minusDays(1);

    private static Set<String> ids(CamelContext context, String uri, String idField) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = context.createProducerTemplate().requestBody(uri, null, List.class);
        Set<String> ids = new TreeSet<>();
        rows.forEach(row -> ids.add((String) row.get(idField)));
        return ids;
    }

    private static CamelContext context(TikTokSimulator tiktok) throws Exception {
        CamelContext context = TestContexts.configure(new DefaultCamelContext(), tiktok.baseUrl(),
                tiktok.config().accessToken(), 1, 5);
        context.start();
        return context;
    }

    @Test
    void everyIdOfAReportIsInItsEntityTableDeletedOnesIncludedByDefault() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNT); CamelContext context = context(tiktok)) {
            String advertisers = "?advertiserId=" + String.join(",", tiktok.advertiserIds());
            for (String[] level : new String[][] { { "campaign", "campaigns" }, { "adgroup", "adgroups" },
                    { "ad", "ads" } }) {
                String idField = level[0] + "_id";
                Set<String> reported = ids(context, "tiktok-report:" + level[0] + "-summary" + advertisers + DAYS,
                        idField);
                Set<String> listed = ids(context, "tiktok-report:" + level[1] + advertisers, idField);
                Set<String> live = ids(context, "tiktok-report:" + level[1] + advertisers + "&includeDeleted=false",
                        idField);
                Set<String> reportedLive = ids(context, "tiktok-report:" + level[0] + "-summary" + advertisers
                                                        + DAYS + "&includeDeleted=false", idField);

                assertThat(listed).as(level[1]).isEqualTo(reported).hasSize(2 * (int) entities(level[0]));
                assertThat(live).as(level[1] + " without deleted ones").isEqualTo(reportedLive)
                        .hasSizeLessThan(listed.size());
            }
        }
    }

    private static long entities(String level) {
        return switch (level) {
            case "campaign" -> 8;
            case "adgroup" -> 8 * 3;
            default -> 8 * 3 * 2;
        };
    }

    @Test
    void campaignsCarryTheFieldsABiTableNeedsAndTheirStatus() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(ACCOUNT); CamelContext context = context(tiktok)) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> campaigns = context.createProducerTemplate().requestBody(
                    "tiktok-report:campaigns?advertiserId=" + tiktok.advertiserIds().get(0), null, List.class);

            assertThat(campaigns).hasSize(8);
            assertThat(campaigns.get(0)).containsKeys("campaign_id", "campaign_name", "advertiser_id",
                    "operation_status", "secondary_status", "objective_type", "budget", "budget_mode",
                    "create_time", "modify_time");
            assertThat(campaigns.get(0).get("budget")).isInstanceOf(java.math.BigDecimal.class);
            assertThat(campaigns).filteredOn(c -> "CAMPAIGN_STATUS_DELETE".equals(c.get("secondary_status")))
                    .isNotEmpty();
        }
    }
}
