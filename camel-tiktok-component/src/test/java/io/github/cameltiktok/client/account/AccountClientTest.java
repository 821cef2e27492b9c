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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account look-up of many advertisers: calls of at most 100 ids, sent together through the executor. */
class AccountClientTest {

    private static AccountClient client(TikTokSimulator tiktok, CloseableHttpClient http,
                                        java.util.concurrent.Executor executor) {
        HttpTransport transport = new HttpTransport(http, new ObjectMapper(), tiktok.baseUrl(),
                new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(1)), null,
                () -> tiktok.config().accessToken(), new HttpTransport.Deadlines(Duration.ofSeconds(5),
                        Duration.ZERO, null), new ReportStatistics());
        return new AccountClient(transport, executor);
    }

    @Test
    void manyAdvertisersAreDescribedByCallsOfAHundredSentTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger submitted = new AtomicInteger();
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withEntities(250, 1, 1, 1)
                .withQpsLimit(0));
             CloseableHttpClient http = HttpClientFactory.create(new HttpClientFactory.Settings(5_000, 5_000, null,
                     null, null), null)) {
            AccountClient accounts = client(tiktok, http, task -> {
                submitted.incrementAndGet();
                pool.execute(task);
            });
            assertThat(accounts.advertiserInfo(tiktok.advertiserIds()).keySet())
                    .containsExactlyElementsOf(tiktok.advertiserIds());
            assertThat(submitted).as("three calls of at most 100 ids, each on the executor").hasValue(3);
            assertThat(tiktok.stats().requests()).isEqualTo(3);

            // one call the token may not make fails the look-up with TikTok's error, once every call has ended
            List<String> foreign = new ArrayList<>(tiktok.advertiserIds());
            foreign.set(150, "7999999999999999999");
            assertThatThrownBy(() -> accounts.advertiserInfo(foreign)).isInstanceOf(TikTokApiException.class)
                    .hasMessageContaining("7999999999999999999");
            assertThat(tiktok.stats().requests()).isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }
}
