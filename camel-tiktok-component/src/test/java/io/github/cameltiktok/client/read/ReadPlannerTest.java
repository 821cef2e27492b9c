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
package io.github.cameltiktok.client.read;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.TestTransports;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.account.AdvertiserDirectory;
import io.github.cameltiktok.client.catalog.ReportKinds;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.model.DateWindow;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a read is made of, without a CamelContext: each advertiser's window ending on its own day, a GMV Max part per
 * store, a consumer's progress, and the advertisers TikTok will not describe left out with the reason.
 */
class ReadPlannerTest {

    /** 2026-12-02 at 20:00 UTC: 2026-12-03 in Etc/GMT-12, 2026-12-02 in Etc/GMT+10. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T20:00:00Z"), ZoneOffset.UTC);

    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    private TikTokSimulator tiktok;
    private ReportStatistics statistics;
    private AdvertiserDirectory directory;

    @BeforeEach
    void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0)
                .withQuirks(SimulatorQuirks.none().withTimeZones("Etc/GMT-12", "Etc/GMT+10")));
        statistics = new ReportStatistics();
        HttpTransport transport = TestTransports.of(http, tiktok.baseUrl(),
                () -> tiktok.config().accessToken(), statistics);
        directory = new AdvertiserDirectory(new AccountClient(transport), CLOCK);
    }

    @AfterEach
    void stop() throws Exception {
        tiktok.close();
        http.close();
    }

    private ReadPlanner planner(String reportType, WindowRule windows, List<String> fields) {
        return new ReadPlanner(ReportKinds.of(reportType), windows, fields, directory, false);
    }

    @Test
    void aRollingWindowEndsOnEachAdvertisersOwnDay() {
        List<String> ids = tiktok.advertiserIds().subList(0, 2);
        ReadPlanner.ReadPlan plan = planner("BASIC", new WindowRule(null, null, 3, false), List.of("timezone"))
                .plan(ids, null, null, null);

        assertThat(plan.failures()).isEmpty();
        assertThat(plan.parts()).extracting(ReadPart::window).containsExactly(
                new DateWindow(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)),
                new DateWindow(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2)));
        assertThat(plan.parts().get(0).rowFields()).containsEntry("timezone", "Etc/GMT-12");
    }

    @Test
    void aFixedWindowWithoutAccountFieldsAsksTikTokNothing() {
        DateWindow week = new DateWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));
        ReadPlanner.ReadPlan plan = planner("BASIC", new WindowRule(week.start(), week.end(), 7, false), List.of())
                .plan(tiktok.advertiserIds(), null, null, null);

        assertThat(plan.parts()).extracting(ReadPart::window).containsOnly(week);
        assertThat(statistics.requests()).isZero();
    }

    @Test
    void aConsumerResumesEachPartFromItsProgressAndAProgressItCannotReadFailsThatPartOnly() {
        List<String> ids = tiktok.advertiserIds().subList(0, 2);
        ReadPlanner.ReadPlan plan = planner("BASIC", new WindowRule(null, null, 2, false), List.of())
                .plan(ids, null, (advertiser, store) -> {
                    if (advertiser.equals(ids.get(1))) {
                        throw new IllegalStateException("state store unreadable");
                    }
                    return LocalDate.of(2026, 11, 28);
                });

        assertThat(plan.parts()).singleElement().satisfies(part -> assertThat(part.window())
                .isEqualTo(new DateWindow(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 3))));
        assertThat(plan.failures()).containsOnlyKeys(ids.get(1));
    }

    @Test
    void anAdvertiserTikTokWillNotDescribeIsLeftOutWithTikToksErrorAndTheOthersArePlanned() {
        List<String> ids = tiktok.advertiserIds();
        tiktok.authorize(ids.get(0), false);

        ReadPlanner.ReadPlan plan = planner("BASIC", new WindowRule(null, null, 1, false), List.of())
                .plan(ids, null, null, null);

        assertThat(plan.parts()).extracting(ReadPart::advertiserId).containsExactlyElementsOf(ids.subList(1, ids.size()));
        assertThat(plan.failures()).containsOnlyKeys(ids.get(0));
        assertThat(plan.failures().get(ids.get(0))).isInstanceOf(TikTokApiException.class)
                .hasMessageContaining("40001").hasMessageContaining("/advertiser/info/");
    }

    @Test
    void aGmvMaxReportHasOnePartPerStoreTikTokListsOrTheStoresGiven() {
        String advertiser = tiktok.advertiserIds().get(0);
        List<String> stores = tiktok.gmvMaxStoreIds(advertiser);
        WindowRule week = new WindowRule(null, null, 7, false);

        assertThat(planner("GMV_MAX", week, List.of()).plan(List.of(advertiser), null, null, null).parts())
                .extracting(ReadPart::storeId).containsExactlyElementsOf(stores);
        assertThat(planner("GMV_MAX", week, List.of()).plan(List.of(advertiser), List.of(stores.get(0)), null, null)
                .parts()).extracting(ReadPart::storeId).containsExactly(stores.get(0));
    }
}
