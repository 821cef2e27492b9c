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

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cameltiktok.client.http.TikTokApiException;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The token never leaves for another host, calls end, throttling is waited out, the OAuth code is spent once. */
class TikTokReportHardeningTest extends TikTokReportTestSupport {

    private static final String REPORT = "tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER
                                         + "&startDate=2026-11-01&endDate=2026-11-02";

    private Exchange request(String uri) {
        return template.request(uri, e -> {
        });
    }

    private static String everything(Exchange exchange) {
        return TikTokReportConfigurationErrorsTest.messages(exchange.getException());
    }

    @Test
    void aRedirectToAnotherHostIsNeverFollowed() {
        WireMockServer elsewhere = TikTokApiStubs.startServer();
        try {
            wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", elsewhere.baseUrl() + "/collect?token=" + TOKEN)));

            Exchange exchange = request(REPORT);

            assertThat(exchange.getException()).isNotNull();
            assertThat(everything(exchange)).contains("HTTP 302", "a redirect to " + elsewhere.baseUrl(),
                    "never followed").doesNotContain(TOKEN).doesNotContain("/collect");
            assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).as("requests the other host received").isEmpty();
            // not retried: the same answer would come again
            assertThat(reportRequests()).hasSize(1);
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void aClientOfYourOwnFollowingRedirectsStillDoesNotFollowOurs() throws Exception {
        WireMockServer elsewhere = TikTokApiStubs.startServer();
        try (CloseableHttpClient own = HttpClients.createDefault()) {
            context.getComponent("tiktok-report", TikTokReportComponent.class).setHttpClient(own);
            wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(aResponse().withStatus(301)
                    .withHeader("Location", elsewhere.baseUrl() + TikTokApiStubs.REPORT_PATH)));

            assertThat(everything(request(REPORT))).contains("HTTP 301", "never followed");
            assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();

            context.stop();
            // the component did not close the client it was given
            int status = own.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(wiremock.baseUrl() + "/x"),
                    r -> r.getCode());
            assertThat(status).isEqualTo(404);
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void anHttpClientConfigurerShapesTheClient() {
        context.getComponent("tiktok-report", TikTokReportComponent.class).setHttpClientConfigurer(builder ->
                builder.addRequestInterceptorFirst((request, entity, ctx) -> request.addHeader("X-Proxy-Auth", "yes")));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0,
                List.of()))));

        assertThat(request(REPORT).getException()).isNull();
        wiremock.verify(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withHeader("X-Proxy-Auth", equalTo("yes")));
    }

    @Test
    void anAnswerThatTricklesInIsCutOffAtTheRequestDeadline() {
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.setRequestTimeout(1000);
        // every chunk comes well within readTimeout, the whole answer would take 6 s
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0,
                List.of())).withChunkedDribbleDelay(30, 6000)));

        long started = System.nanoTime();
        Exchange exchange = request(REPORT + "&maxRetries=1");
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        assertThat(everything(exchange)).contains("no whole answer within requestTimeout (1000 ms)");
        assertThat(seconds).as("two attempts of about a second each").isLessThan(5);
        assertThat(reportRequests()).hasSize(2);
    }

    @Test
    void throttlingIsWaitedOutBeyondMaxRetries() {
        // TikTok throttles the first 8 answers; maxRetries=2 would give up after the third
        for (int i = 0; i < 8; i++) {
            wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).inScenario("throttle")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "t" + i).willSetStateTo("t" + (i + 1))
                    .willReturn(okJson(TikTokApiStubs.error(40100, "Too many requests", "req-t" + i))));
        }
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).inScenario("throttle")
                .whenScenarioStateIs("t8").willReturn(okJson(page(1, 1000, 0, 0, List.of()))));

        Exchange exchange = request(REPORT + "&maxRetries=2&retryInitialDelay=10&retryMaxDelay=40");

        assertThat(exchange.getException()).isNull();
        assertThat(reportRequests()).hasSize(9);
    }

    @Test
    void throttlingGivesUpAfterThrottleRetryTimeoutNamingIt() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(
                TikTokApiStubs.error(40100, "Too many requests", "req-t"))));

        Exchange exchange = request(REPORT + "&retryInitialDelay=50&retryMaxDelay=100&throttleRetryTimeout=400");

        TikTokApiException failure = exchange.getException(TikTokApiException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getCode()).isEqualTo(40100);
        assertThat(failure.getMessage()).contains("still throttled after", "throttleRetryTimeout 400 ms");
    }

    @Test
    void theOAuthExchangeIsNotSentAgainAfterAReadTimeout() {
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setAccessToken(null);
        component.setReadTimeout(300);
        wiremock.stubFor(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).willReturn(okJson(
                TikTokApiStubs.envelope(0, "OK", "req-o", Map.of("access_token", "t"))).withFixedDelay(2000)));

        Exchange exchange = request(REPORT + "&appId=42&appSecret=fake-app-secret&authCode=fake-auth-code");

        assertThat(exchange.getException()).isNotNull();
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")));
        assertThat(reportRequests()).isEmpty();
    }

    @Test
    void aTokenFromAnAuthCodeKeptInTokenRepositorySurvivesARestart(@org.junit.jupiter.api.io.TempDir
                                                                   java.nio.file.Path dir) throws Exception {
        wiremock.stubFor(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).willReturn(okJson(
                TikTokApiStubs.envelope(0, "OK", "req-o", Map.of("access_token", "exchanged-token")))));
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0,
                List.of()))));
        java.io.File store = dir.resolve("tokens.properties").toFile();
        String uri = REPORT + "&appId=42&appSecret=fake-app-secret&authCode=fake-auth-code";
        for (int run = 0; run < 2; run++) {
            try (org.apache.camel.CamelContext restarted = new org.apache.camel.impl.DefaultCamelContext()) {
                TikTokReportComponent component = restarted.getComponent("tiktok-report", TikTokReportComponent.class);
                component.getConfiguration().setBaseUrl(wiremock.baseUrl());
                component.setTokenRepository(
                        org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(store));
                restarted.start();
                assertThat(restarted.createProducerTemplate().request(uri, e -> {
                }).getException()).isNull();
            }
        }
        wiremock.verify(1, postRequestedFor(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")));
        // each run: the report's three reads (TikTok's default view, TopView, Promote: a plain context counts every
        // campaign) and its reconciliation check (a plain context reconciles), all with the token
        wiremock.verify(6, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_ADGROUP"))
                .withHeader("Access-Token", equalTo("exchanged-token")));
        wiremock.verify(2, getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH))
                .withQueryParam("data_level", equalTo("AUCTION_ADVERTISER"))
                .withHeader("Access-Token", equalTo("exchanged-token")));
        assertThat(java.nio.file.Files.readString(store.toPath())).doesNotContain("fake-auth-code");
    }

    @Test
    void aThrottleLastingSecondsIsRiddenOutWithinTheRate() throws Exception {
        // TikTok throttles every request for 9 s (its 90 s, scaled down tenfold with retryInitialDelay 100 ms)
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.setRequestsPerSecond(5);
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(
                TikTokApiStubs.error(40100, "Too many requests", "req-t"))));
        java.util.concurrent.ScheduledExecutorService timer
                = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            timer.schedule(() -> wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).atPriority(1)
                    .willReturn(okJson(page(1, 1000, 0, 0, List.of())))), 9, java.util.concurrent.TimeUnit.SECONDS);

            Exchange exchange = request(REPORT + "&retryInitialDelay=100&retryMaxDelay=1000");

            assertThat(exchange.getException()).as("no failed exchange").isNull();
        } finally {
            timer.shutdownNow();
        }
        List<Long> sent = reportRequests().stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
        assertThat(sent.get(sent.size() - 1) - sent.get(0)).isGreaterThanOrEqualTo(9000);
        // never more than requestsPerSecond in any one-second window
        for (int i = 0; i < sent.size(); i++) {
            int from = i;
            long inWindow = sent.stream().filter(t -> t >= sent.get(from) && t < sent.get(from) + 1000).count();
            assertThat(inWindow).as("requests in the second after request " + i).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() {
        WireMockServer proxy = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                .dynamicPort().bindAddress("127.0.0.1").enableBrowserProxying(true));
        proxy.start();
        try {
            TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
            component.setProxyHost("127.0.0.1");
            component.setProxyPort(proxy.port());
            wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0,
                    List.of()))));

            assertThat(request(REPORT).getException()).isNull();
            assertThat(proxy.findAll(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)))).hasSize(1);
            assertThat(reportRequests()).hasSize(1);
        } finally {
            proxy.stop();
        }
    }
}
