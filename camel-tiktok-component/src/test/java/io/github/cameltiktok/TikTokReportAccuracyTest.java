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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.client.read.ReportInconsistentException;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks.Encoding;
import io.github.cameltiktok.simulator.SimulatorQuirks.PageFault;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TestContexts.context;
import static io.github.cameltiktok.TestContexts.read;
import static io.github.cameltiktok.TestContexts.sum;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers that match Ads Manager, against a simulator with a live account's quirks: deleted objects, advertisers in
 * other time zones, reports that shift while they are paged, other encodings, and totals.
 */
class TikTokReportAccuracyTest {

    private static final String REPORT = "/open_api/v1.3/report/integrated/get/";
    private static final LocalDate TODAY = LocalDate.now();
    private static final String LAST_WEEK = "&startDate=" + TODAY.minusDays(8) + "&endDate=" + TODAY.minusDays(2);
    /** One advertiser; every second campaign, ad group and ad deleted. */
    private static final SimulatorConfig DELETIONS = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 4, 4, 2)
            .withQpsLimit(0).withQuirks(SimulatorQuirks.none().withDeletedEvery(2));

    @Test
    void deletedObjectsAreIncludedByDefaultSoTotalsMatchTheAdvertisersOwn() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(DELETIONS)) {
            String advertiser = tiktok.advertiserIds().get(0);
            BigDecimal accountSpend = sum(read(tiktok, "tiktok-report:advertiser-summary?advertiserId=" + advertiser
                                                       + LAST_WEEK), "spend");
            for (String preset : List.of("campaign-summary", "adgroup-summary", "ad-summary")) {
                String uri = "tiktok-report:" + preset + "?advertiserId=" + advertiser + LAST_WEEK;
                List<Map<String, Object>> all = read(tiktok, uri);
                List<Map<String, Object>> live = read(tiktok, uri + "&includeDeleted=false");

                assertThat(sum(all, "spend")).as(preset + " with deleted objects").isEqualByComparingTo(accountSpend);
                assertThat(sum(live, "spend")).as(preset + " without").isLessThan(accountSpend);
                assertThat(live.size()).as(preset).isLessThan(all.size());
                assertThat(all).as(preset + " keeps every live row").containsAll(live);
            }
        }
    }

    @Test
    void eachAdvertiserReadsUpToItsOwnToday() throws Exception {
        // UTC+12 and UTC-10; delivery recorded until two days ahead of this JVM, so only each account's today limits it
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 1, 1, 1).withQpsLimit(0)
                .withDays(TODAY.minusDays(10), TODAY.plusDays(2))
                .withQuirks(SimulatorQuirks.none().withTimeZones("Etc/GMT-12", "Etc/GMT+10"));
        try (TikTokSimulator tiktok = TikTokSimulator.start(config)) {
            List<String> ids = tiktok.advertiserIds();
            Map<String, String> before = todays();
            List<Map<String, Object>> rows = read(tiktok, "tiktok-report:advertiser-summary?advertiserId="
                                                          + String.join(",", ids)
                                                          + "&lookbackDays=1&advertiserFields=currency,timezone");
            Map<String, String> after = todays();

            assertThat(rows).hasSize(2);
            for (Map<String, Object> row : rows) {
                String zone = row.get("advertiser_id").equals(ids.get(0)) ? "Etc/GMT-12" : "Etc/GMT+10";
                assertThat(row).containsEntry("timezone", zone).containsEntry("currency", "USD");
                String day = row.get("stat_time_day").toString().substring(0, 10);
                assertThat(day).isIn(before.get(zone), after.get(zone));
            }
            assertThat(rows.get(0).keySet()).containsExactly("advertiser_id", "stat_time_day", "spend", "impressions",
                    "clicks", "ctr", "cpc", "cpm", "conversion", "cost_per_conversion", "currency", "timezone");
        }
    }

    @Test
    void anAdvertiserTikTokWillNotDescribeFailsAloneInAPoll() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 1, 1, 1).withQpsLimit(0);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config); CamelContext context = context(tiktok)) {
            RecordingPollStrategy recording = new RecordingPollStrategy();
            context.getRegistry().bind("recording", recording);
            java.util.List<String> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
            String advertisers = String.join(",", tiktok.advertiserIds()) + ",7999999999999999999";
            context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
                @Override
                public void configure() {
                    from("tiktok-report:advertiser-summary?lookbackDays=2&repeatCount=1&initialDelay=0"
                         + "&pollStrategy=#recording&onForbiddenAdvertiser=fail&advertiserId=" + advertisers)
                            .process(e -> delivered.add(e.getIn().getHeader(TikTokReportConstants.ADVERTISER_ID,
                                    String.class)));
                }
            });
            context.start();
            org.awaitility.Awaitility.await().atMost(10, java.util.concurrent.TimeUnit.SECONDS)
                    .until(() -> !recording.failures.isEmpty());

            // the two advertisers the token may read are delivered; the third fails the poll, named
            assertThat(delivered).containsExactlyInAnyOrderElementsOf(tiktok.advertiserIds());
            assertThat(recording.failures.get(0)).hasMessageContaining("advertiser 7999999999999999999")
                    .hasMessageContaining("/advertiser/info/");
        }
    }

    private static Map<String, String> todays() {
        return Map.of("Etc/GMT-12", LocalDate.now(ZoneId.of("Etc/GMT-12")).toString(),
                "Etc/GMT+10", LocalDate.now(ZoneId.of("Etc/GMT+10")).toString());
    }

    @ParameterizedTest
    @EnumSource(value = PageFault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aReportThatShiftsWhilePagedIsReadAgainAndDeliveredWhole(PageFault fault) throws Exception {
        SimulatorConfig clean = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 3, 4, 2).withQpsLimit(0);
        String uri = "tiktok-report:adgroup-summary?pageSize=5" + LAST_WEEK;
        List<Map<String, Object>> expected;
        try (TikTokSimulator tiktok = TikTokSimulator.start(clean)) {
            expected = read(tiktok, uri + "&advertiserId=" + tiktok.advertiserIds().get(0));
        }
        assertThat(expected).hasSize(7 * 12);
        try (TikTokSimulator tiktok = TikTokSimulator.start(clean.withQuirks(SimulatorQuirks.none()
                .withPageFault(fault, 2)))) {
            List<Map<String, Object>> rows = read(tiktok, uri + "&advertiserId=" + tiktok.advertiserIds().get(0));

            assertThat(rows).isEqualTo(expected);
            // the first pages of the report (page 1 starts a read) were asked three times: two shifting reads
            assertThat(tiktok.wireMock().findAll(getRequestedFor(urlPathEqualTo(REPORT)))
                    .stream().filter(r -> "1".equals(r.queryParameter("page").firstValue())).count()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = PageFault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aReportThatNeverSettlesFailsLoudly(PageFault fault) throws Exception {
        SimulatorConfig shifting = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 3, 4, 2).withQpsLimit(0)
                .withQuirks(SimulatorQuirks.none().withPageFault(fault, 100));
        try (TikTokSimulator tiktok = TikTokSimulator.start(shifting);
             CamelContext context = context(tiktok)) {
            context.start();
            Exchange exchange = context.createProducerTemplate().request("tiktok-report:adgroup-summary?pageSize=5"
                    + LAST_WEEK + "&advertiserId=" + tiktok.advertiserIds().get(0), e -> {
                    });

            ReportInconsistentException failure = exchange.getException(ReportInconsistentException.class);
            assertThat(failure).as("a loud failure, never a short report").isNotNull();
            assertThat(failure.getMessage()).contains(tiktok.advertiserIds().get(0)).contains("3 reads")
                    .contains(TODAY.minusDays(8) + " to " + TODAY.minusDays(2));
            assertThat(exchange.getMessage().getBody()).isNull();
        }
    }

    @Test
    void totalsDescribeEveryRowOfTheMessage() throws Exception {
        // two advertisers, 40 days: two date chunks each
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withEntities(2, 2, 2, 1).withQpsLimit(0);
        try (TikTokSimulator tiktok = TikTokSimulator.start(config);
             CamelContext context = context(tiktok)) {
            context.start();
            Exchange exchange = context.createProducerTemplate().request("tiktok-report:campaign-summary"
                    + "?enableTotalMetrics=true&metrics=spend,impressions,clicks,ctr&advertiserId="
                    + String.join(",", tiktok.advertiserIds()) + "&startDate=" + TODAY.minusDays(41) + "&endDate="
                    + TODAY.minusDays(2), e -> {
                    });
            assertThat(exchange.getException()).isNull();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = exchange.getMessage().getBody(List.class);
            Map<?, ?> totals = exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_METRICS, Map.class);

            assertThat(rows).hasSize(2 * 2 * 40);
            assertThat((BigDecimal) totals.get("spend")).isEqualByComparingTo(sum(rows, "spend"));
            assertThat(((Number) totals.get("impressions")).longValue()).isEqualTo(sum(rows, "impressions").longValue());
            assertThat(((Number) totals.get("clicks")).longValue()).isEqualTo(sum(rows, "clicks").longValue());
            // a rate over several chunks is not the sum of theirs: unknown rather than wrong
            assertThat(totals.containsKey("ctr")).isTrue();
            assertThat(totals.get("ctr")).isNull();
            assertThat(exchange.getMessage().getHeader(TikTokReportConstants.TOTAL_NUMBER)).isEqualTo(160L);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Encoding.class, names = { "NUMBERS", "METRICS_FIRST" })
    void otherEncodingsGiveTheSameRows(Encoding encoding) throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 2, 2, 1).withQpsLimit(0);
        String uri = "tiktok-report:adgroup-summary?metrics=adgroup_name,spend,impressions,ctr,budget" + LAST_WEEK;
        List<Map<String, Object>> expected;
        try (TikTokSimulator tiktok = TikTokSimulator.start(config)) {
            expected = read(tiktok, uri + "&advertiserId=" + tiktok.advertiserIds().get(0));
        }
        try (TikTokSimulator tiktok = TikTokSimulator.start(config.withQuirks(SimulatorQuirks.none()
                .withEncoding(encoding)))) {
            List<Map<String, Object>> rows = read(tiktok, uri + "&advertiserId=" + tiktok.advertiserIds().get(0));
            assertThat(rows).isEqualTo(expected);
            assertThat(types(rows.get(0))).isEqualTo(types(expected.get(0)));
            assertThat(new ArrayList<>(rows.get(0).keySet())).isEqualTo(new ArrayList<>(expected.get(0).keySet()));
        }
    }

    private static List<String> types(Map<String, Object> row) {
        return row.values().stream().map(v -> v == null ? "null" : v.getClass().getSimpleName()).toList();
    }

    @Test
    void anAdvertiserIdOnTheListItemIsKept() throws Exception {
        SimulatorConfig config = SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 1, 1, 1).withQpsLimit(0)
                .withQuirks(SimulatorQuirks.none().withEncoding(Encoding.ITEM_ADVERTISER_ID));
        try (TikTokSimulator tiktok = TikTokSimulator.start(config)) {
            String advertiser = tiktok.advertiserIds().get(0);
            List<Map<String, Object>> rows = read(tiktok, "tiktok-report:adgroup-summary?metrics=spend&advertiserId="
                                                          + advertiser + LAST_WEEK);
            assertThat(rows).hasSize(7).allSatisfy(row -> {
                assertThat(row.keySet()).containsExactly("advertiser_id", "adgroup_id", "stat_time_day", "spend");
                assertThat(row).containsEntry("advertiser_id", advertiser);
            });
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------



}
