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
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.HttpClientFactory;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.http.TikTokApiException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The single-use code exchange on its own: once per provider, kept in the store, never sent twice. */
class AuthCodeExchangeTest {

    private WireMockServer tiktok;
    private CloseableHttpClient http;

    @BeforeEach
    void start() {
        tiktok = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        tiktok.start();
        // the client the component builds: no retries of its own, redirects never followed
        http = HttpClientFactory.create(new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        tiktok.stop();
    }

    private AccountClient oauth() {
        HttpTransport transport = new HttpTransport(http, new ObjectMapper(), tiktok.baseUrl(),
                new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ZERO), null,
                TokenProvider.none()::accessToken,
                new HttpTransport.Deadlines(Duration.ofSeconds(5), Duration.ZERO, null), new ReportStatistics());
        return new AccountClient(transport);
    }

    private void answer(String body) {
        tiktok.stubFor(post(urlPathEqualTo(TikTokReportCatalog.ACCESS_TOKEN_PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void exchangesTheCodeOnceAndKeepsTheToken() {
        answer("{\"code\":0,\"message\":\"OK\",\"request_id\":\"r1\",\"data\":{\"access_token\":\"long-lived\","
               + "\"advertiser_ids\":[\"7001\"],\"scope\":[4]}}");
        Map<String, String> kept = new HashMap<>();
        AuthCodeExchange exchange = new AuthCodeExchange("app-1", "app-secret", "code-1", store(kept), oauth());

        assertThat(exchange.accessToken()).isEqualTo("long-lived");
        assertThat(exchange.accessToken()).isEqualTo("long-lived");
        tiktok.verify(1, postRequestedFor(urlPathEqualTo(TikTokReportCatalog.ACCESS_TOKEN_PATH))
                .withRequestBody(equalToJson("{\"app_id\":\"app-1\",\"secret\":\"app-secret\",\"auth_code\":\"code-1\"}")));
        // kept under the app and a hash of the code: never the code itself
        assertThat(kept).hasSize(1).containsValue("long-lived");
        assertThat(kept.keySet().iterator().next()).startsWith("tiktok-report-token:app-1:").doesNotContain("code-1");
    }

    @Test
    void aKeptTokenNeedsNoExchange() {
        Map<String, String> kept = new HashMap<>();
        answer("{\"code\":0,\"data\":{\"access_token\":\"first\"}}");
        new AuthCodeExchange("app-1", "app-secret", "code-1", store(kept), oauth()).accessToken();

        AuthCodeExchange afterRestart = new AuthCodeExchange("app-1", "app-secret", "code-1", store(kept), oauth());
        assertThat(afterRestart.accessToken()).isEqualTo("first");
        tiktok.verify(1, postRequestedFor(urlPathEqualTo(TikTokReportCatalog.ACCESS_TOKEN_PATH)));
    }

    @Test
    void aRefusedCodeFailsWithoutItsSecretsAndIsTriedAgainOnTheNextUse() {
        answer("{\"code\":40002,\"message\":\"auth_code code-1 is invalid for secret app-secret\",\"data\":{}}");
        AuthCodeExchange exchange = new AuthCodeExchange("app-1", "app-secret", "code-1", TokenStore.NONE, oauth());
        assertThatThrownBy(exchange::accessToken).isInstanceOf(TikTokApiException.class)
                .hasMessageContaining("40002").hasMessageNotContaining("code-1").hasMessageNotContaining("app-secret");
        assertThatThrownBy(exchange::accessToken).isInstanceOf(TikTokApiException.class);
        tiktok.verify(2, postRequestedFor(urlPathEqualTo(TikTokReportCatalog.ACCESS_TOKEN_PATH)));
    }

    /** A store over a map, for the tests to look into. */
    static TokenStore store(Map<String, String> kept) {
        return new TokenStore() {
            @Override
            public String get(String key) {
                return kept.get(key);
            }

            @Override
            public void put(String key, String token) {
                kept.put(key, token);
            }
        };
    }
}
