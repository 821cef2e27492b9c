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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TestContexts.context;
import static io.github.cameltiktok.TestContexts.read;
import static io.github.cameltiktok.TestContexts.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GMV Max reports against the simulator's TikTok Shop: store discovery, rows equal to the simulator's own over date
 * chunks, pages and stores, deleted campaigns, the consumer's state per store, and bad inputs stopped before TikTok.
 */
class TikTokGmvMaxTest {

    private static final String REPORT = "/open_api/v1.3/gmv_max/report/get/";
    private static final String STORES = "/open_api/v1.3/gmv_max/store/list/";
    private static final LocalDate TODAY = LocalDate.now();
    /** One advertiser; every second campaign of a store deleted. */
    private static final SimulatorConfig SHOP = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 1, 1, 1).withQpsLimit(0)
            .withQuirks(SimulatorQuirks.none().withDeletedEvery(2));

    @Test
    void rowsEqualTheSimulatorsOverStoresDateChunksAndPages() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SHOP)) {
            String advertiser = tiktok.advertiserIds().get(0);
            LocalDate start = TODAY.minusDays(50);
            LocalDate end = TODAY.minusDays(6);   // 45 days: two chunks of stat_time_day (30 + 15)
            List<Map<String, Object>> rows = read(tiktok, "tiktok-report:gmv-max-product?advertiserId=" + advertiser
                    + "&startDate=" + start + "&endDate=" + end + "&pageSize=7");

            List<Map<String, String>> expected = new ArrayList<>();
            int pages = 0;
            for (String store : tiktok.gmvMaxStoreIds(advertiser)) {
                for (LocalDate[] chunk : new LocalDate[][] { { start, start.plusDays(29) },
                        { start.plusDays(30), end } }) {
                    Map<String, String> query = new LinkedHashMap<>();
                    query.put("advertiser_id", advertiser);
                    query.put("store_ids", "[\"" + store + "\"]");
                    query.put("start_date", chunk[0].toString());
                    query.put("end_date", chunk[1].toString());
                    query.put("dimensions", "[\"campaign_id\",\"stat_time_day\"]");
                    query.put("metrics", "[\"cost\",\"net_cost\",\"orders\",\"cost_per_order\",\"gross_revenue\",\"roi\"]");
                    query.put("filtering", "{\"gmv_max_promotion_types\":[\"PRODUCT\"],\"campaign_statuses\":"
                                           + "[\"STATUS_DELIVERY_OK\",\"STATUS_DISABLE\",\"STATUS_DELETE\","
                                           + "\"STATUS_NOT_DELIVERY\"]}");
                    List<Map<String, String>> part = tiktok.gmvMaxRows(query);
                    pages += (part.size() + 6) / 7;
                    for (Map<String, String> row : part) {
                        // the advertiser's and the store's ids lead each row
                        Map<String, String> led = new LinkedHashMap<>();
                        led.put("advertiser_id", advertiser);
                        led.put("store_id", store);
                        led.putAll(row);
                        expected.add(led);
                    }
                }
            }

            assertThat(expected).hasSize(2 * 3 * 45);   // 2 stores, 3 product campaigns (deleted ones too), 45 days
            assertThat(rows.stream().map(TikTokGmvMaxTest::asTikTokWrites).toList()).containsExactlyElementsOf(expected);
            assertThat(rows).allSatisfy(row -> assertThat(List.copyOf(row.keySet()))
                    .isEqualTo(List.copyOf(expected.get(0).keySet())));
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(STORES)))).hasSize(1);
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT)))).hasSize(pages);
        }
    }

    @Test
    void hourlyReportsAreReadOneDayARequest() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SHOP)) {
            List<Map<String, Object>> rows = read(tiktok, "tiktok-report:gmv-max-live?advertiserId="
                    + tiktok.advertiserIds().get(0) + "&dimensions=campaign_id,stat_time_hour&startDate="
                    + TODAY.minusDays(3) + "&endDate=" + TODAY.minusDays(2));

            // 2 stores x 2 LIVE campaigns (the deleted one included) x 48 hours
            assertThat(rows).hasSize(2 * 2 * 48);
            var requests = tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT)));
            assertThat(requests).hasSize(4);
            assertThat(requests).allSatisfy(r -> assertThat(r.queryParameter("start_date").firstValue())
                    .isEqualTo(r.queryParameter("end_date").firstValue()));
            assertThat(rows.get(0).get("stat_time_hour")).isEqualTo(TODAY.minusDays(3) + " 00:00:00");
        }
    }

    @Test
    void campaignsOfBothPromotionTypesAddUpToTheAccountDeletedOnesIncluded() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SHOP)) {
            String window = "?advertiserId=" + tiktok.advertiserIds().get(0) + "&startDate=" + TODAY.minusDays(9)
                            + "&endDate=" + TODAY.minusDays(2) + "&metrics=cost,orders,gross_revenue";
            BigDecimal account = sum(read(tiktok, "tiktok-report:gmv-max-account" + window), "cost");
            BigDecimal product = sum(read(tiktok, "tiktok-report:gmv-max-product" + window), "cost");
            BigDecimal live = sum(read(tiktok, "tiktok-report:gmv-max-live" + window), "cost");
            BigDecimal productUndeleted = sum(read(tiktok, "tiktok-report:gmv-max-product" + window
                                                           + "&includeDeleted=false"), "cost");

            assertThat(product.add(live)).isEqualByComparingTo(account);
            assertThat(productUndeleted).isLessThan(product);
        }
    }

    @Test
    void consumerDeliversEachStoreAndKeepsItsStateApart() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SHOP); CamelContext context = context(tiktok)) {
            String advertiser = tiktok.advertiserIds().get(0);
            Map<String, String> saved = new java.util.concurrent.ConcurrentHashMap<>();
            MemoryStateRepository state = new MemoryStateRepository() {
                @Override
                public void setState(String key, String value) {
                    super.setState(key, value);
                    saved.put(key, value);
                }
            };
            context.getRegistry().bind("state", state);
            context.start();
            ConsumerTemplate consumer = context.createConsumerTemplate();
            String uri = "tiktok-report:gmv-max-account?advertiserId=" + advertiser + "&lookbackDays=4"
                         + "&stateRepository=#state&delay=3600000";
            List<Exchange> exchanges = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Exchange exchange = consumer.receive(uri, TimeUnit.SECONDS.toMillis(10));
                assertThat(exchange).isNotNull();
                consumer.doneUoW(exchange);   // the exchange completed: its store's state may advance
                exchanges.add(exchange);
            }

            assertThat(exchanges).extracting(e -> e.getMessage().getHeader(TikTokReportConstants.STORE_ID))
                    .containsExactlyElementsOf(tiktok.gmvMaxStoreIds(advertiser));
            for (Exchange exchange : exchanges) {
                List<?> rows = exchange.getMessage().getBody(List.class);
                assertThat(rows).hasSize(4);   // lookbackDays 4: four days up to today
            }
            // the consumer records a window once its exchange completed and its read ended, in either order
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (saved.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            for (String store : tiktok.gmvMaxStoreIds(advertiser)) {
                String key = saved.keySet().stream().filter(k -> k.startsWith(advertiser + "/" + store + "@"))
                        .findFirst().orElseThrow(() -> new AssertionError("no state for store " + store + ": "
                                                                          + saved));
                assertThat(saved.get(key)).isEqualTo(TODAY.toString());
            }
        }
    }

    @Test
    void metricsOfAnotherLevelAndMissingFiltersFailBeforeAnyRequest() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SHOP)) {
            String advertiser = "?advertiserId=" + tiktok.advertiserIds().get(0);
            assertThatThrownBy(() -> read(tiktok, "tiktok-report:gmv-max-product" + advertiser
                                                  + "&metrics=cost,product_impressions"))
                    .hasStackTraceContaining("Invalid value 'product_impressions' for option metrics")
                    .hasStackTraceContaining("product campaign level of GMV Max");
            assertThatThrownBy(() -> read(tiktok, "tiktok-report:gmv-max-product" + advertiser
                                                  + "&dimensions=item_group_id,stat_time_day&metrics=cost"))
                    .hasStackTraceContaining("Missing key campaign_ids in option filters");
            assertThat(tiktok.stats().requests()).isZero();
        }
    }

    /** A delivered row written back as TikTok's strings: numbers with their digits, null as TikTok's "-". */
    private static Map<String, String> asTikTokWrites(Map<String, Object> row) {
        Map<String, String> strings = new LinkedHashMap<>();
        row.forEach((k, v) -> strings.put(k, v == null ? "-" : v instanceof BigDecimal d ? d.toPlainString()
                : v.toString()));
        return strings;
    }


}
