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
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every advertiser of the token: an endpoint without advertiserId, given the app's id and secret, reads every
 * advertiser TikTok's /oauth2/advertiser/get/ lists, listed again at each poll; one no longer listed is dropped
 * with one warning and comes back when listed again.
 */
class TikTokAdvertiserDiscoveryTest {

    private static final LocalDate DAY = LocalDate.now().minusDays(5);
    private static final String WINDOW = "&startDate=" + DAY + "&endDate=" + DAY;

    private static CamelContext context(TikTokSimulator tiktok) {
        CamelContext context = TestContexts.context(tiktok);
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setAppId(tiktok.config().appId());
        component.getConfiguration().setAppSecret(tiktok.config().appSecret());
        return context;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> advertisersRead(CamelContext context, String uri) {
        List<Map<String, Object>> rows = context.createProducerTemplate().requestBody(uri, null, List.class);
        Set<String> ids = new TreeSet<>();
        rows.forEach(row -> ids.add((String) row.get("advertiser_id")));
        return ids;
    }

    @Test
    void aConsumerWithoutAdvertiserIdReadsEveryAdvertiserTikTokListsForTheToken() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0)); CamelContext context = context(tiktok)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:campaign-summary?repeatCount=1&initialDelay=0" + WINDOW).to("mock:rows");
                }
            });
            MockEndpoint rows = context.getEndpoint("mock:rows", MockEndpoint.class);
            rows.expectedMessageCount(3);
            context.start();
            rows.assertIsSatisfied(10_000);

            assertThat(rows.getExchanges()).extracting(e -> e.getMessage().getHeader(
                    TikTokReportConstants.ADVERTISER_ID)).containsExactlyInAnyOrderElementsOf(tiktok.advertiserIds());
        }
    }

    @Test
    void anAdvertiserNoLongerListedIsDroppedWithOneWarningAndReadAgainWhenListedAgain() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0)); CamelContext context = context(tiktok)) {
            context.start();
            List<String> all = tiktok.advertiserIds();
            String uri = "tiktok-report:campaign-summary?advertiserDiscoveryInterval=0" + WINDOW;
            // one advertiser not authorised yet: the others are read
            tiktok.authorize(all.get(2), false);
            assertThat(advertisersRead(context, uri)).containsExactly(all.get(0), all.get(1));

            // authorised since: read from the next listing on
            tiktok.authorize(all.get(2), true);
            assertThat(advertisersRead(context, uri)).containsExactlyElementsOf(new TreeSet<>(all));

            // withdrawn: dropped with one warning, counted
            tiktok.authorize(all.get(0), false);
            String logged = captured(() -> {
                assertThat(advertisersRead(context, uri)).containsExactly(all.get(1), all.get(2));
                assertThat(advertisersRead(context, uri)).containsExactly(all.get(1), all.get(2));
            });
            assertThat(logged.lines().filter(l -> l.contains("WARN") && l.contains(all.get(0))).toList())
                    .singleElement().asString().contains("no longer listed", "resumes if TikTok lists it again");
            assertThat(context.getEndpoint(uri, TikTokReportEndpoint.class).getStatistics().advertisersDropped())
                    .isOne();

            // listed again: read again
            tiktok.authorize(all.get(0), true);
            assertThat(advertisersRead(context, uri)).containsExactlyElementsOf(new TreeSet<>(all));
            assertThat(logged).doesNotContain(tiktok.config().appSecret()).doesNotContain(
                    tiktok.config().accessToken());
        }
    }

    @Test
    void aProducerKeepsTheListForTheDiscoveryIntervalAndExcludedAdvertisersStayOut() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0)); CamelContext context = context(tiktok)) {
            context.start();
            List<String> all = tiktok.advertiserIds();
            String uri = "tiktok-report:campaign-summary?excludeAdvertiserId=" + all.get(1) + WINDOW;
            assertThat(advertisersRead(context, uri)).containsExactly(all.get(0), all.get(2));
            long listings = listings(tiktok);
            // within the interval (default one hour) the list is not asked again
            tiktok.authorize(all.get(2), false);
            org.apache.camel.Exchange kept = context.createProducerTemplate().request(uri, e -> { });
            assertThat(kept.getMessage().getHeader(TikTokReportConstants.SKIPPED_ADVERTISERS))
                    .as("the kept list still names it: TikTok refuses it, and it is skipped").isEqualTo(List.of(all.get(2)));
            assertThat(listings(tiktok)).isEqualTo(listings);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntityTableWithoutAdvertiserIdListsTheObjectsOfEveryAdvertiserOfTheToken() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0)); CamelContext context = context(tiktok)) {
            context.start();
            List<String> all = tiktok.advertiserIds();
            List<Map<String, Object>> campaigns = context.createProducerTemplate().requestBody(
                    "tiktok-report:campaigns?excludeAdvertiserId=" + all.get(0), null, List.class);
            assertThat(campaigns.stream().map(c -> String.valueOf(c.get("advertiser_id"))).distinct().sorted())
                    .containsExactly(all.get(1), all.get(2));
        }
    }

    @Test
    void aForbiddenAdvertiserIsNamedOnceAndSkippedWhileTheOthersAreDelivered() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0)); CamelContext context = TestContexts.context(tiktok)) {
            List<String> all = tiktok.advertiserIds();
            tiktok.authorize(all.get(1), false);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:campaign-summary?advertiserId=" + String.join(",", all)
                         + "&repeatCount=3&delay=10&initialDelay=0" + WINDOW).to("mock:rows");
                }
            });
            MockEndpoint rows = context.getEndpoint("mock:rows", MockEndpoint.class);
            // 2 advertisers x 3 polls
            rows.expectedMessageCount(6);
            String logged = captured(() -> {
                context.start();
                rows.assertIsSatisfied(10_000);
            });

            assertThat(rows.getExchanges()).extracting(e -> e.getMessage().getHeader(
                    TikTokReportConstants.ADVERTISER_ID)).doesNotContain(all.get(1));
            assertThat(logged.lines().filter(l -> l.contains("WARN") && l.contains(all.get(1))).toList())
                    .singleElement().asString().contains("skips advertiser " + all.get(1), "40001", "Likely causes");
            // the poll itself succeeded: Camel logged no failed poll
            assertThat(logged).doesNotContain("Failed polling");
        }
    }

    @Test
    void aProducerSkipsAForbiddenAdvertiserAndNamesItOrFailsWhenTold() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix()
                .withQpsLimit(0)); CamelContext context = TestContexts.context(tiktok)) {
            List<String> all = tiktok.advertiserIds();
            tiktok.authorize(all.get(1), false);
            context.start();
            String uri = "tiktok-report:campaign-summary?advertiserId=" + String.join(",", all);
            org.apache.camel.Exchange[] rolling = new org.apache.camel.Exchange[1];
            String logged = captured(() -> rolling[0] = context.createProducerTemplate().request(uri, e -> { }));
            // a fixed window asks no time zone: TikTok's refusal comes from the report itself
            org.apache.camel.Exchange fixed = context.createProducerTemplate().request(uri + WINDOW, e -> { });

            for (org.apache.camel.Exchange exchange : List.of(rolling[0], fixed)) {
                assertThat(exchange.getException()).isNull();
                List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
                assertThat(rows).isNotEmpty().extracting(row -> row.get("advertiser_id"))
                        .containsOnly(all.get(0), all.get(2));
                assertThat(exchange.getMessage().getHeader(TikTokReportConstants.SKIPPED_ADVERTISERS))
                        .isEqualTo(List.of(all.get(1)));
            }
            assertThat(logged).contains("skipped advertiser(s) [" + all.get(1) + "]", "40001");

            org.apache.camel.Exchange failed = context.createProducerTemplate().request(uri + WINDOW
                    + "&onForbiddenAdvertiser=fail", e -> { });
            assertThat(failed.getException()).hasMessageContaining("40001").hasMessageContaining(all.get(1));
            org.apache.camel.Exchange alone = context.createProducerTemplate().request(
                    "tiktok-report:campaign-summary?advertiserId=" + all.get(1) + WINDOW, e -> { });
            assertThat(alone.getException()).as("no other advertiser to deliver: TikTok's error")
                    .hasMessageContaining("40001");
        }
    }

    @Test
    void withoutAdvertiserIdAndWithoutTheAppTheRouteDoesNotStart() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults());
             CamelContext context = TestContexts.context(tiktok)) {
            Throwable failure = catchThrowable(() -> context.getEndpoint("tiktok-report:campaign-summary" + WINDOW)
                    .start());
            assertThat(failure).hasMessageContaining("Missing option advertiserId")
                    .hasMessageContaining("appId and appSecret");
            Throwable exclusion = catchThrowable(() -> context.getEndpoint("tiktok-report:campaign-summary"
                    + "?advertiserId=" + tiktok.advertiserIds().get(0) + "&excludeAdvertiserId=1" + WINDOW).start());
            assertThat(exclusion).hasMessageContaining("Invalid option excludeAdvertiserId");
        }
    }

    private static long listings(TikTokSimulator tiktok) {
        return tiktok.wireMock().findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/open_api/v1.3/oauth2/advertiser/get/")))
                .size();
    }

    private static String captured(TestLogs.Action action) throws Exception {
        return TestLogs.stderrOf(action);
    }
}
