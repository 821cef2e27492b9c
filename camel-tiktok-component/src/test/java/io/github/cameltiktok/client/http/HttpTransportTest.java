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
package io.github.cameltiktok.client.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cameltiktok.client.ReportStatistics;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transport on its own, against a stand-in: encoding, the token header, retries, errors and redaction. */
class HttpTransportTest {

    private static final String PATH = "/open_api/v1.3/advertiser/info/";
    private static final String TOKEN = "tok+/=&secret";

    private WireMockServer tiktok;
    private CloseableHttpClient http;
    private ReportStatistics statistics;
    private HttpTransport transport;

    @BeforeEach
    void start() {
        tiktok = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        tiktok.start();
        // the client the component builds: no retries of its own, redirects never followed
        http = HttpClientFactory.create(new HttpClientFactory.Settings(5_000, 5_000, null, null, null), null);
        statistics = new ReportStatistics();
        transport = new HttpTransport(http, new ObjectMapper(), tiktok.baseUrl(),
                new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofSeconds(5)), null,
                () -> TOKEN, new HttpTransport.Deadlines(Duration.ofSeconds(5), Duration.ZERO, null), statistics);
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        tiktok.stop();
    }

    private void answer(int status, String body) {
        tiktok.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("advertiser_ids", "[\"7001\"]");
        query.put("fields", "[\"timezone\",\"currency\"]");
        return query;
    }

    @Test
    void sendsTheTokenAsAHeaderAndEveryValuePercentEncoded() {
        answer(200, "{\"code\":0,\"message\":\"OK\",\"request_id\":\"r\",\"data\":{\"list\":[]}}");
        JsonNode data = transport.getData(PATH, query());
        assertThat(data.path("list").isArray()).isTrue();
        tiktok.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader(HttpTransport.ACCESS_TOKEN_HEADER, equalTo(TOKEN))
                .withQueryParam("advertiser_ids", equalTo("[\"7001\"]")));
        assertThat(tiktok.getAllServeEvents().get(0).getRequest().getUrl())
                .contains("advertiser_ids=%5B%227001%22%5D").doesNotContain(TOKEN);
        assertThat(statistics.requests()).isEqualTo(1);
    }

    @Test
    void aServerErrorIsRetriedThenSucceeds() {
        tiktok.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        tiktok.stubFor(get(urlPathEqualTo(PATH)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":0,\"data\":{\"ok\":true}}")));
        assertThat(transport.getData(PATH, query()).path("ok").asBoolean()).isTrue();
        assertThat(statistics.retries()).isEqualTo(1);
    }

    @Test
    void aPermissionErrorIsNotRetriedAndLeadsWithTheCodeAndItsMeaning() {
        answer(200, "{\"code\":40001,\"message\":\"No permission to operate advertiser 7001\",\"request_id\":\"r9\","
                    + "\"data\":{}}");
        assertThatThrownBy(() -> transport.getData(PATH, query())).isInstanceOfSatisfying(TikTokApiException.class,
                e -> {
                    assertThat(e.getCode()).isEqualTo(40001);
                    assertThat(e.getRequestId()).isEqualTo("r9");
                    assertThat(e.getMessage()).startsWith("TikTok API error 40001, ").contains("7001", "r9",
                            "[GET " + PATH + "]");
                });
        tiktok.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void anEchoedTokenIsRedactedFromTikToksWords() {
        answer(200, "{\"code\":40105,\"message\":\"Access token " + TOKEN + " is invalid\",\"data\":{}}");
        assertThatThrownBy(() -> transport.getData(PATH, query())).isInstanceOf(TikTokApiException.class)
                .hasMessageContaining("40105").hasMessageNotContaining(TOKEN);
    }

    @Test
    void aRedirectIsNeverFollowed() {
        tiktok.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://elsewhere.example/steal?token=x")));
        assertThatThrownBy(() -> transport.getData(PATH, query())).isInstanceOfSatisfying(TikTokApiException.class,
                e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(302);
                    assertThat(e.getMessage()).contains("https://elsewhere.example").doesNotContain("steal");
                });
        tiktok.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aStopBetweenRetriesEndsTheRequestWithReadStopped() {
        answer(503, "");
        // the answer's reader sees the 503 first; the retry's wait notices the stop
        assertThatThrownBy(() -> transport.get(PATH, query(), () -> false, response -> {
            TikTokAnswers.checkHttpStatus(response);
            return "never";
        })).isInstanceOf(ReadStoppedException.class);
        tiktok.verify(1, getRequestedFor(urlPathEqualTo(PATH)));
    }
}
