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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row shape, whatever the number of advertisers read: the advertiser's id leads every row (then the store's
 * id of a GMV Max report), for the consumer's and the producer's reads, given in the URI or in the header.
 */
class TikTokRowShapeTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String WINDOW = "&startDate=" + TODAY.minusDays(5) + "&endDate=" + TODAY.minusDays(4);
    private static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withoutCampaignMix().withQpsLimit(0);

    /** The key order of each row, as a set of distinct orders: one element means one shape. */
    private static Set<List<String>> shapes(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> List.copyOf(row.keySet())).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = { "adgroup-summary?metrics=spend,impressions,clicks", "campaign-summary?mode=async&asyncPollInterval=5",
            "gmv-max-product?metrics=cost,orders" })
    void oneAdvertiserAndThreeGiveRowsWithTheSameKeysInTheSameOrder(String report) throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG)) {
            List<String> ids = tiktok.advertiserIds();
            String uri = "tiktok-report:" + report + WINDOW + "&advertiserId=";
            List<Map<String, Object>> one = TestContexts.read(tiktok, uri + ids.get(0));
            List<Map<String, Object>> three = TestContexts.read(tiktok, uri + String.join(",", ids));

            assertThat(one).isNotEmpty();
            assertThat(three).hasSizeGreaterThan(one.size());
            assertThat(shapes(one)).hasSize(1).isEqualTo(shapes(three));
            List<String> keys = shapes(one).iterator().next();
            assertThat(keys.get(0)).isEqualTo("advertiser_id");
            if (report.startsWith("gmv-max")) {
                assertThat(keys.get(1)).isEqualTo("store_id");
            }
            assertThat(one).allSatisfy(row -> assertThat(row).containsEntry("advertiser_id", ids.get(0)));
            assertThat(three.stream().map(row -> row.get("advertiser_id")).distinct().toList())
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void aProducerGivenTheAdvertiserInTheHeaderGivesTheSameShape() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(CONFIG);
             CamelContext context = TestContexts.context(tiktok)) {
            context.start();
            String uri = "tiktok-report:adgroup-summary?metrics=spend,clicks" + WINDOW + "&advertiserId=";
            String id = tiktok.advertiserIds().get(1);
            // the header names the one advertiser this exchange reads, in place of the URI's
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> byHeader = context.createProducerTemplate().requestBodyAndHeader(uri
                    + tiktok.advertiserIds().get(0), null, TikTokReportConstants.ADVERTISER_ID, id, List.class);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> byUri = context.createProducerTemplate().requestBody(uri
                    + String.join(",", tiktok.advertiserIds()), null, List.class);

            assertThat(byHeader).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("advertiser_id", id));
            assertThat(shapes(byHeader)).hasSize(1).isEqualTo(shapes(byUri));
            List<Map<String, Object>> sameAdvertiser = new ArrayList<>(byUri);
            sameAdvertiser.removeIf(row -> !id.equals(row.get("advertiser_id")));
            assertThat(byHeader).isEqualTo(sameAdvertiser);
        }
    }
}
