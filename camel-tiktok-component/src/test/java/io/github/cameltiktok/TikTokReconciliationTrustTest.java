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

import io.github.cameltiktok.client.read.ReportMismatchException;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation never cries wolf: on a healthy live account (figures that move while a day is open, breakdowns
 * that lag, money rounded per row, a total that lags its levels today, a total TikTok truncates) the default options
 * give no warning and no {@code Reconciled=false}; a settled day that is really short still warns or fails.
 */
class TikTokReconciliationTrustTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String EVERY = "&" + TestContexts.EVERY_CAMPAIGN;

    /** A healthy live account: every way TikTok's figures move that is not a missing row. */
    private static SimulatorConfig live() {
        return SimulatorConfig.defaults().withQpsLimit(0).withQuirks(SimulatorQuirks.none().withDeletedEvery(3)
                .with(SimulatorQuirks.Live.MOVING_OPEN_DAYS).with(SimulatorQuirks.Live.LAGGING_BREAKDOWNS)
                .with(SimulatorQuirks.Live.ROUNDED_MONEY).with(SimulatorQuirks.Live.LEVEL_LAG));
    }

    private static String logged(TestLogs.Action run) throws Exception {
        return TestLogs.stderrOf(run);
    }

    @Test
    void aHealthyLiveAccountGivesNoWarningAndNoFalseVerdictOverSeveralPolls() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(live());
             CamelContext context = TestContexts.context(tiktok)) {
            MockEndpoint rows = context.getEndpoint("mock:rows", MockEndpoint.class);
            String advertisers = "?advertiserId=" + String.join(",", tiktok.advertiserIds());
            // the default window (the last 7 days, today included), polled three times, by the defaults: every
            // campaign, reconcile=warn; and a breakdown by country, which is not compared
            List<String> uris = List.of(
                    "tiktok-report:campaign-summary" + advertisers + "&reconcile=warn" + EVERY,
                    "tiktok-report:adgroup-summary" + advertisers + "&reconcile=warn" + EVERY,
                    "tiktok-report:custom" + advertisers + "&dataLevel=AUCTION_CAMPAIGN&dimensions=campaign_id,"
                    + "country_code,stat_time_day&metrics=spend,impressions&reconcile=warn" + EVERY);
            rows.expectedMessageCount(uris.size() * 3 * 3);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    uris.forEach(uri -> from(uri + "&repeatCount=3&initialDelay=0&delay=50").to("mock:rows"));
                }
            });
            String log = logged(() -> {
                try {
                    context.start();
                    rows.assertIsSatisfied(60_000);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(log).doesNotContain("does not match TikTok's advertiser total").doesNotContain("WARN io.github"
                                                                                                      + ".cameltiktok.client.read.Reconciler");
            assertThat(rows.getExchanges()).allSatisfy(e -> assertThat(e.getMessage()
                    .getHeader(TikTokReportConstants.RECONCILED)).isNotEqualTo(false));
            List<Exchange> compared = rows.getExchanges().stream().filter(e -> e.getMessage()
                    .getHeader(TikTokReportConstants.RECONCILED) != null).toList();
            // the settled days of each campaign and ad group window are judged, and equal
            assertThat(compared).hasSize(2 * 3 * 3).allSatisfy(e -> {
                assertThat(e.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(true);
                assertThat(e.getMessage().getHeader(TikTokReportConstants.RECONCILIATION_OPEN_DAYS, List.class))
                        .contains(TODAY.toString());
            });
            // money was compared within its rounding, and some days' rows really did not add up to the cent
            List<Map<String, Object>> figures = new java.util.ArrayList<>();
            compared.forEach(e -> figures.addAll(e.getMessage().getHeader(TikTokReportConstants.RECONCILIATION,
                    List.class)));
            assertThat(figures).filteredOn(f -> "spend".equals(f.get("metric")) && (Boolean) f.get("closed"))
                    .isNotEmpty().allSatisfy(f -> assertThat(f.get("equal")).isEqualTo(true))
                    .anySatisfy(f -> assertThat(((java.math.BigDecimal) f.get("difference")).signum()).isNotZero());
            TikTokReportEndpoint breakdown = (TikTokReportEndpoint) context.getRoutes().get(2).getEndpoint();
            assertThat(breakdown.getNotReconciledReason()).contains("a breakdown by country_code is not compared");
        }
    }

    @Test
    void aCheckTikTokTruncatedComparesNothingAndFailsNothing() throws Exception {
        // TikTok's advertiser total of an account above the ads limit is itself truncated
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(1, 3, 4, 2)
                .withQpsLimit(0).withAdsLimit(20));
             CamelContext context = TestContexts.context(tiktok)) {
            context.start();
            String uri = "tiktok-report:campaign-summary?advertiserId=" + tiktok.advertiserIds().get(0)
                         + "&startDate=" + TODAY.minusDays(9) + "&endDate=" + TODAY.minusDays(4)
                         + "&reconcile=fail" + EVERY;
            Exchange exchange = context.createProducerTemplate().request(uri, e -> {
            });

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeaders()).doesNotContainKey(TikTokReportConstants.RECONCILED);
            assertThat(context.getEndpoint(uri, TikTokReportEndpoint.class).getNotReconciledReason())
                    .contains("TikTok truncated its advertiser total");
        }
    }

    @Test
    void aSettledDayThatIsReallyShortStillWarnsAndFails() throws Exception {
        // the campaign listing leaves deleted campaigns out, so a report split by its ids misses their rows
        SimulatorConfig gaps = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 150, 1, 1)
                .withQpsLimit(0).withMaxQueryRows(120).withQuirks(SimulatorQuirks.none().withDeletedEvery(3)
                        .withListingGaps().with(SimulatorQuirks.Live.ROUNDED_MONEY));
        try (TikTokSimulator tiktok = TikTokSimulator.start(gaps);
             CamelContext context = TestContexts.context(tiktok)) {
            context.start();
            String uri = "tiktok-report:campaign-summary?advertiserId=" + tiktok.advertiserIds().get(0)
                         + "&startDate=" + TODAY.minusDays(6) + "&endDate=" + TODAY.minusDays(4) + EVERY;
            String[] warned = new String[1];
            String log = logged(() -> warned[0] = String.valueOf(context.createProducerTemplate().request(
                    uri + "&reconcile=warn", e -> {
                    }).getMessage().getHeader(TikTokReportConstants.RECONCILED)));
            assertThat(warned[0]).isEqualTo("false");
            assertThat(log).contains("does not match TikTok's advertiser total on a settled day")
                    .contains("likely causes the component could not rule out");

            Exchange failed = context.createProducerTemplate().request(uri + "&reconcile=fail", e -> {
            });
            assertThat(failed.getException()).isInstanceOf(ReportMismatchException.class)
                    .hasMessageContaining("advertiser " + tiktok.advertiserIds().get(0))
                    .hasMessageContaining(TODAY.minusDays(6) + " spend delivered");
        }
    }

    @Test
    void anAdvertiserTotalThatLeavesPromoteOutIsRecognisedNotReportedAsAMismatch() throws Exception {
        // TikTok's docs do not say whether its advertiser total holds Promote campaigns: here it does not
        SimulatorConfig withoutPromote = SimulatorConfig.defaults().withQpsLimit(0).withQuirks(SimulatorQuirks.none()
                .withOtherAnswer(io.github.cameltiktok.simulator.OpenQuestion.ADVERTISER_TOTAL_WITHOUT_PROMOTE));
        try (TikTokSimulator tiktok = TikTokSimulator.start(withoutPromote);
             CamelContext context = TestContexts.context(tiktok)) {
            context.start();
            // the first advertiser runs a Promote campaign
            Exchange exchange = context.createProducerTemplate().request("tiktok-report:campaign-summary"
                    + "?advertiserId=" + tiktok.advertiserIds().get(0) + "&startDate=" + TODAY.minusDays(9)
                    + "&endDate=" + TODAY.minusDays(4) + "&reconcile=fail" + EVERY, e -> {
                    });

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(TikTokReportConstants.RECONCILED)).isEqualTo(true);
            assertThat(exchange.getMessage().getHeader(TikTokReportConstants.RECONCILIATION_NOTES, List.class))
                    .containsExactly("TikTok's advertiser total leaves Promote campaigns out: compared without their"
                                     + " rows, which are delivered");
            assertThat(exchange.getMessage().getBody(List.class)).hasSize(3 * 6);
        }
    }
}
