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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cameltiktok.simulator.OpenQuestion;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports and entity tables count every campaign by default, against the simulator's accounts with Promote, TopView
 * and Reach &amp; Frequency campaigns (TikTok serves the first two only apart): the rows equal TikTok's advertiser
 * total, each object once, also when a report is recovered by an id split or read in batches.
 */
class TikTokCampaignScopeTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String EVERY = "&" + TestContexts.EVERY_CAMPAIGN;
    /** Three days TikTok has settled in every zone (a fixed window is judged as in the zone furthest behind). */
    private static final String DAYS = "&startDate=" + TODAY.minusDays(6) + "&endDate=" + TODAY.minusDays(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static Exchange read(CamelContext context, String uri) {
        Exchange exchange = context.createProducerTemplate().request(uri, e -> {
        });
        assertThat(exchange.getException()).as(uri + ": %s", exchange.getException()).isNull();
        return exchange;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Exchange exchange) {
        return exchange.getMessage().getBody(List.class);
    }

    private static Set<List<Object>> keys(List<Map<String, Object>> rows, String... dimensions) {
        Set<List<Object>> keys = new HashSet<>();
        rows.forEach(row -> keys.add(java.util.Arrays.stream(dimensions).map(row::get).toList()));
        return keys;
    }

    /** Every /campaign/get/ request named TopView alone, if at all: TikTok refuses it combined. */
    private static void noListingCombinedTopView(TikTokSimulator tiktok) throws Exception {
        for (LoggedRequest listing : tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(
                "/open_api/v1.3/campaign/get/")))) {
            JsonNode buyingTypes = JSON.readTree(listing.queryParameter("filtering").firstValue())
                    .path("buying_types");
            if (buyingTypes.toString().contains("RESERVATION_TOP_VIEW")) {
                assertThat(buyingTypes).hasSize(1);
            }
        }
    }

    @Test
    void defaultReportsHoldEveryCampaignOnceAndReconcileWithTheAdvertiserTotal() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0));
             CamelContext context = TestContexts.context(tiktok)) {
            context.start();
            String advertisers = "?advertiserId=" + String.join(",", tiktok.advertiserIds());
            Exchange campaigns = read(context, "tiktok-report:campaign-summary" + advertisers + DAYS
                                               + "&reconcile=fail" + EVERY);
            Exchange adgroups = read(context, "tiktok-report:adgroup-summary" + advertisers + DAYS
                                              + "&reconcile=fail" + EVERY);

            // 3 advertisers x 3 campaigns (12 ad groups) x 3 days: Promote, TopView and R&F ones included, once each
            assertThat(rows(campaigns)).hasSize(3 * 3 * 3);
            assertThat(keys(rows(campaigns), "advertiser_id", "campaign_id", "stat_time_day")).hasSize(3 * 3 * 3);
            assertThat(rows(adgroups)).hasSize(3 * 12 * 3);
            assertThat(campaigns.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(true);
            assertThat(adgroups.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(true);
            BigDecimal campaignSpend = TestContexts.sum(rows(campaigns), "spend");
            assertThat(TestContexts.sum(rows(adgroups), "spend")).isEqualByComparingTo(campaignSpend);

            // TikTok's default view alone would leave the Promote and TopView campaigns out
            List<Map<String, Object>> defaultView = rows(read(context, "tiktok-report:campaign-summary" + advertisers
                                                                       + DAYS));
            assertThat(defaultView).hasSize(3 * 3 * 3 - 2 * 3);

            // and the campaigns table lists all nine, TopView apart
            Exchange table = read(context, "tiktok-report:campaigns" + advertisers + EVERY);
            assertThat(rows(table)).hasSize(9);
            noListingCombinedTopView(tiktok);
        }
    }

    @Test
    void aTruncatedReportIsSplitByTheIdsOfEachSliceAndStaysComplete() throws Exception {
        // one advertiser, 210 one-ad campaigns: 30 Promote, 30 TopView, 30 R&F; TikTok truncates at 100 ads and
        // refuses report tasks, so TikTok's default view (150 ads) is read in parts by campaign_ids
        SimulatorConfig big = SimulatorConfig.defaults().withEntities(1, 210, 1, 1).withQpsLimit(0).withAdsLimit(100)
                .withTasks(SimulatorConfig.TaskBehaviour.NOT_ALLOWED, 2);
        try (TikTokSimulator tiktok = TikTokSimulator.start(big);
             CamelContext context = TestContexts.context(tiktok)) {
            context.start();
            Exchange exchange = read(context, "tiktok-report:campaign-summary?advertiserId="
                                              + tiktok.advertiserIds().get(0) + DAYS + EVERY);

            assertThat(rows(exchange)).hasSize(210 * 3);
            assertThat(keys(rows(exchange), "campaign_id", "stat_time_day")).hasSize(210 * 3);
            // every campaign's figures: the advertiser's total (read here without TikTok's truncation)
            try (TikTokSimulator whole = TikTokSimulator.start(big.withAdsLimit(0))) {
                List<Map<String, Object>> total = TestContexts.read(whole, "tiktok-report:advertiser-summary"
                        + "?advertiserId=" + whole.advertiserIds().get(0) + DAYS);
                assertThat(TestContexts.sum(rows(exchange), "spend"))
                        .isEqualByComparingTo(TestContexts.sum(total, "spend"));
            }
            assertThat(tiktok.stats().truncated()).isPositive();
            noListingCombinedTopView(tiktok);
        }
    }

    @Test
    void batchesReadEverySliceAndABatchCutWithoutTheHeaderIsReadAgainPerAdvertiser() throws Exception {
        String batched = "tiktok-report:adgroup-summary?advertiserBatchSize=3" + DAYS + EVERY + "&advertiserId=";
        try (TikTokSimulator plain = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0));
             CamelContext context = TestContexts.context(plain)) {
            context.start();
            String ids = String.join(",", plain.advertiserIds());
            List<Map<String, Object>> one = rows(read(context, "tiktok-report:adgroup-summary?advertiserId=" + ids
                                                              + DAYS + EVERY));
            assertThat(rows(read(context, batched + ids))).isEqualTo(one);

            // TikTok cuts a batch at its newest ads; here it says nothing of it (the other answer of an open question)
            SimulatorConfig silent = SimulatorConfig.defaults().withQpsLimit(0).withAdsLimit(40)
                    .withQuirks(SimulatorQuirks.none().withOtherAnswer(OpenQuestion.BATCH_CUT_WITHOUT_HEADER));
            try (TikTokSimulator cut = TikTokSimulator.start(silent);
                 CamelContext cutContext = TestContexts.context(cut)) {
                cutContext.start();
                Exchange exchange = read(cutContext, batched + ids);
                assertThat(rows(exchange)).hasSameSizeAs(one);
                assertThat(rows(exchange)).isEqualTo(one);
                TikTokReportEndpoint endpoint = cutContext.getEndpoint(batched + ids, TikTokReportEndpoint.class);
                assertThat(endpoint.getStatistics().advertiserBatchesReadAgain()).isEqualTo(1);
            }
        }
    }
}
