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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import io.github.cameltiktok.TestLogs;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.TestTransports;
import io.github.cameltiktok.client.http.AccessTokenSource;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tokens that expire (one answer of an open question: TikTok's Marketing API tokens are documented as long-term):
 * refreshed before they expire by one request however many readers ask, at once when TikTok refuses one as expired,
 * the new pair kept in the store and never logged; a long-term token is never refreshed.
 */
class TokenRefreshTest {

    private TikTokSimulator tiktok;
    private CloseableHttpClient http;
    /** The provider's clock: the simulator's tokens expire by its own. */
    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    @BeforeEach
    void start() {
        tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0));
        http = HttpClientFactory.create(new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        tiktok.close();
    }

    private HttpTransport transport(AccessTokenSource token) {
        return TestTransports.of(http, tiktok.baseUrl(), token, new ReportStatistics());
    }

    private AuthCodeExchange exchange(String code) {
        return new AuthCodeExchange(tiktok.config().appId(), tiktok.config().appSecret(), code,
                AuthCodeExchangeTest.store(kept),
                new AccountClient(transport(TokenProvider.none())), clock);
    }

    /** A read that needs the token: the advertisers TikTok lists for it. */
    private List<Map<String, String>> read(AccessTokenSource token) {
        return new AccountClient(transport(token)).listAdvertisers(tiktok.config().appId(),
                tiktok.config().appSecret());
    }

    @Test
    void anExpiringTokenIsRefreshedBeforeItExpiresByOneRequestForEveryReader() throws Exception {
        tiktok.tokenLifetime(Duration.ofHours(1));
        AuthCodeExchange provider = exchange(tiktok.authCode());
        String first = provider.accessToken();
        clock.advance(Duration.ofMinutes(50));
        assertThat(provider.accessToken()).as("50 of 60 minutes: not yet").isEqualTo(first);

        clock.advance(Duration.ofMinutes(5));   // within the last tenth of its hour
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> readers = List.of(new Thread(() -> ask(go, provider, seen)),
                new Thread(() -> ask(go, provider, seen)), new Thread(() -> ask(go, provider, seen)));
        readers.forEach(Thread::start);
        go.countDown();
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(tiktok.tokenRefreshes()).isEqualTo(1);
        assertThat(seen).hasSize(3).doesNotContain(first).containsOnly(seen.get(0));
        assertThat(read(provider)).isNotEmpty();
        assertThat(kept).containsValue(seen.get(0));
    }

    private static void ask(CountDownLatch go, AuthCodeExchange provider, List<String> seen) {
        try {
            go.await();
            seen.add(provider.accessToken());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTokenTikTokRefusesAsExpiredIsRefreshedOnceAndTheRequestSentAgain() throws Exception {
        tiktok.tokenLifetime(Duration.ofSeconds(1));
        AuthCodeExchange provider = exchange(tiktok.authCode());
        String first = provider.accessToken();
        Thread.sleep(1_100);   // expired for TikTok; the provider's clock stands still, so only TikTok can tell
        tiktok.tokenLifetime(Duration.ofHours(1));

        String logged = TestLogs.stderrOf(() -> assertThat(read(provider)).isNotEmpty());

        assertThat(tiktok.tokenRefreshes()).isEqualTo(1);
        assertThat(provider.accessToken()).isNotEqualTo(first);
        assertThat(logged).contains("Refreshed the access token").doesNotContain(first)
                .doesNotContain(provider.accessToken()).doesNotContain("simrefresh");
        kept.values().forEach(secret -> assertThat(logged).doesNotContain(secret));
    }

    @Test
    void theRefreshedPairIsKeptSoThatARestartRefreshesWithIt() {
        tiktok.tokenLifetime(Duration.ofHours(1));
        String code = tiktok.authCode();
        String first = exchange(code).accessToken();
        assertThat(kept).containsValue(first).hasSize(3);

        clock.advance(Duration.ofMinutes(58));
        AuthCodeExchange afterRestart = exchange(code);   // the code is spent: only the kept pair can serve
        String renewed = afterRestart.accessToken();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(tiktok.tokenRefreshes()).isEqualTo(1);
        assertThat(read(afterRestart)).isNotEmpty();
    }

    @Test
    void aLongTermTokenIsNeverRefreshedAndTikToksRefusalStands() {
        AuthCodeExchange provider = exchange(tiktok.authCode());
        String token = provider.accessToken();
        clock.advance(Duration.ofDays(400));
        assertThat(provider.accessToken()).isEqualTo(token);
        assertThat(provider.renew(token)).isFalse();
        assertThat(kept).hasSize(1);

        assertThatThrownBy(() -> read(TokenProvider.of("revoked-token"))).isInstanceOf(TikTokApiException.class)
                .hasMessageContaining("40105").hasMessageContaining("Connect with TikTok");
        assertThat(tiktok.tokenRefreshes()).isZero();
    }
}
