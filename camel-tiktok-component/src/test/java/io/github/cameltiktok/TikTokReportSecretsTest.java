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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The token, app secret and auth code appear in no log line (DEBUG included), exception message or endpoint URI that
 * Camel prints, whether they come from the component or from the endpoint URI.
 */
class TikTokReportSecretsTest extends TikTokReportTestSupport {

    private static final String APP_SECRET = "app&secret=+/x";
    private static final String AUTH_CODE = "auth/code+1=";
    private static final String URI_TOKEN = "uri+tok/en=&x";

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private PrintStream originalOut;

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        originalOut = System.out;
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
    }

    @AfterEach
    void restoreLogs() {
        System.setErr(originalErr);
        System.setOut(originalOut);
    }

    private String output() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void secretsStayOutOfLogsExceptionsAndEndpointUris() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withQueryParam("advertiser_id", equalTo("111"))
                .willReturn(okJson(page(1, 1000, 2, 1, TikTokApiStubs.dailyRows("a", LocalDate.now(), 2)))));
        // a server that echoes the token back in its error message
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withQueryParam("advertiser_id", equalTo("222"))
                .willReturn(okJson(TikTokApiStubs.error(40105, "Access token " + URI_TOKEN + " is invalid", "req-x"))));
        wiremock.stubFor(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).willReturn(okJson(
                TikTokApiStubs.envelope(0, "OK", "req-o", Map.of("access_token", TOKEN, "advertiser_ids", List.of("111"),
                        "scope", List.of())))));

        MockEndpoint mock = getMockEndpoint("mock:rows");
        mock.expectedMinimumMessageCount(1);
        String withToken = "tiktok-report:adgroup-summary?advertiserId=111&accessToken=RAW(" + URI_TOKEN + ")";
        String withOAuth = "tiktok-report:campaign-summary?advertiserId=111&appId=42&appSecret=RAW(" + APP_SECRET
                           + ")&authCode=RAW(" + AUTH_CODE + ")";
        context.getComponent("tiktok-report", TikTokReportComponent.class).getConfiguration().setAccessToken(null);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(withToken + "&repeatCount=1&initialDelay=0").routeId("consumer").to("log:rows?showAll=true")
                        .to("mock:rows");
                from("direct:oauth").routeId("oauth").to(withOAuth).to("log:oauth?showAll=true");
                from("direct:failing").routeId("failing").to(withToken.replace("111", "222"));
                from(withToken.replace("111", "222") + "&repeatCount=1&initialDelay=0").routeId("failingConsumer")
                        .to("mock:never");
            }
        });

        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(health.resolveById("consumers"));
        mock.assertIsSatisfied();
        template.sendBody("direct:oauth", null);
        Exchange failed = template.send("direct:failing", e -> {
        });
        assertThat(failed.getException()).isNotNull();

        StringBuilder everything = new StringBuilder(output());
        for (Throwable t = failed.getException(); t != null; t = t.getCause()) {
            everything.append(t).append('\n');
        }
        // the endpoint listing as Camel prints it (getEndpointUri() itself is the endpoint's identity and stays raw)
        for (Endpoint endpoint : context.getEndpointRegistry().getReadOnlyValues()) {
            everything.append(endpoint).append('\n');
        }
        context.getRoutes().forEach(r -> everything.append(r.getEndpoint()).append(' ').append(r.getRouteId()).append('\n'));

        // the failing consumer's health check, as an actuator or Camel's dev console shows it
        await().atMost(5, TimeUnit.SECONDS).until(() -> HealthCheckHelper.invoke(context).stream()
                .anyMatch(r -> r.getCheck().getId().equals("consumer:failingConsumer")
                               && r.getState() == HealthCheck.State.DOWN));
        for (HealthCheck.Result result : HealthCheckHelper.invoke(context)) {
            everything.append(result.getCheck().getId()).append(' ').append(result.getState()).append(' ')
                    .append(result.getMessage().orElse("")).append(' ').append(result.getDetails()).append(' ')
                    .append(result.getError().map(Throwable::toString).orElse("")).append('\n');
        }

        String all = everything.toString();
        assertThat(all).contains("tiktok.code=40105");
        assertThat(all).contains("tiktok-report", "40105", "accessToken=xxxxxx");
        assertNoSecret(all, TOKEN, URI_TOKEN, APP_SECRET, AUTH_CODE, "tok+", "uri+tok", "auth/code", "app&secret");
        // and the secrets were really used
        wiremock.verify(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withHeader("Access-Token",
                equalTo(URI_TOKEN)));
        wiremock.verify(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).withHeader("Access-Token",
                equalTo(TOKEN)));
    }

    /** Fails naming the line, with the secret masked, so that a failing test does not print the secret either. */
    static void assertNoSecret(String text, String... secrets) {
        for (String line : text.split("\n")) {
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    throw new AssertionError("A secret leaked into: " + line.replace(secret, "<SECRET>"));
                }
            }
        }
    }
}
