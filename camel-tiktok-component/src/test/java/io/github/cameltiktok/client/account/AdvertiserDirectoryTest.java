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
package io.github.cameltiktok.client.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.TestTransports;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accounts' facts asked of TikTok once for all and kept for a day, the stores kept for an hour, and one
 * advertiser TikTok refuses kept from failing the others of its batch.
 */
class AdvertiserDirectoryTest {

    private final CloseableHttpClient http = HttpClientFactory.create(
            new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    private TikTokSimulator tiktok;
    private ReportStatistics statistics;
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-02T20:00:00Z"));
    private AdvertiserDirectory directory;

    @BeforeEach
    void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0));
        statistics = new ReportStatistics();
        HttpTransport transport = TestTransports.of(http, tiktok.baseUrl(),
                () -> tiktok.config().accessToken(), statistics);
        directory = new AdvertiserDirectory(new AccountClient(transport), clock);
    }

    @AfterEach
    void stop() throws Exception {
        tiktok.close();
        http.close();
    }

    @Test
    void theAccountsAreAskedOnceForAllAndAgainAfterADay() {
        List<String> ids = tiktok.advertiserIds();
        assertThat(directory.get(ids).infos()).containsOnlyKeys(ids);
        assertThat(statistics.requests()).isEqualTo(1);

        clock.advance(Duration.ofHours(23));
        directory.get(ids);
        assertThat(statistics.requests()).as("within the day: kept").isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        directory.get(ids);
        assertThat(statistics.requests()).isEqualTo(2);
    }

    @Test
    void anAdvertiserTikTokRefusesFailsAloneAndTheOthersAreKnown() {
        List<String> ids = tiktok.advertiserIds();
        tiktok.authorize(ids.get(1), false);

        AdvertiserDirectory.Lookup lookup = directory.get(ids);

        assertThat(lookup.infos()).containsOnlyKeys(ids.get(0), ids.get(2));
        assertThat(lookup.failures()).containsOnlyKeys(ids.get(1));
        assertThat(lookup.failures().get(ids.get(1))).hasMessageContaining("40001");
    }

    @Test
    void theStoresAreKeptForAnHour() {
        String advertiser = tiktok.advertiserIds().get(0);
        List<String> stores = directory.gmvMaxStores(advertiser);
        long asked = statistics.requests();
        clock.advance(Duration.ofMinutes(59));
        assertThat(directory.gmvMaxStores(advertiser)).isEqualTo(stores);
        assertThat(statistics.requests()).isEqualTo(asked);
        clock.advance(Duration.ofMinutes(2));
        directory.gmvMaxStores(advertiser);
        assertThat(statistics.requests()).isEqualTo(asked + 1);
    }

    @Test
    void todayIsTheAdvertisersOwnDay() {
        AdvertiserInfo info = directory.get(List.of(tiktok.advertiserIds().get(0))).infos()
                .get(tiktok.advertiserIds().get(0));
        assertThat(directory.today(info)).isEqualTo(java.time.LocalDate.ofInstant(clock.instant(), info.zone()));
    }
}
