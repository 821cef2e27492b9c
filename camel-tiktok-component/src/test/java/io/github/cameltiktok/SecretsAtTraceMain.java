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
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Run by {@link TikTokReportSecretsAtTraceTest} in a JVM of its own, with every client-side logger at TRACE: reads a
 * report with a token, exchanges an auth code, and fails on a server that echoes the token, all against WireMock.
 */
public final class SecretsAtTraceMain {

    static final String TOKEN = "trace-tok+/=&secret";
    static final String APP_SECRET = "trace-app&secret=+/x";
    static final String AUTH_CODE = "trace-auth/code+1=";
    static final String URI_TOKEN = "trace-uri+tok/en=&x";

    private SecretsAtTraceMain() {
    }

    public static void main(String[] args) throws Exception {
        WireMockServer server = TikTokApiStubs.startServer();
        try {
            server.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(TikTokApiStubs.page(1,
                    1000, 2, 1, TikTokApiStubs.dailyRows("a", java.time.LocalDate.of(2026, 11, 1), 2)))));
            // a server that echoes the token in its error message
            server.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).atPriority(1)
                    .withQueryParam("advertiser_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("222"))
                    .willReturn(okJson(TikTokApiStubs.error(40105, "Access token " + TOKEN + " is invalid", "r"))));
            server.stubFor(post(urlPathEqualTo("/open_api/v1.3/oauth2/access_token/")).willReturn(okJson(
                    TikTokApiStubs.envelope(0, "OK", "req-o", Map.of("access_token", TOKEN, "advertiser_ids",
                            List.of("111"), "scope", List.of())))));
            String report = "tiktok-report:adgroup-summary?startDate=2026-11-01&endDate=2026-11-02&advertiserId=";

            // the token on the component, as the README recommends
            try (CamelContext context = context(server)) {
                component(context).getConfiguration().setAccessToken(TOKEN);
                context.start();
                context.createProducerTemplate().requestBody(report + "111", (Object) null);
                try {
                    context.createProducerTemplate().requestBody(report + "222", (Object) null);
                } catch (Exception expected) {
                    for (Throwable t = expected; t != null; t = t.getCause()) {
                        System.err.println("FAILED AS EXPECTED: " + t);
                    }
                }
            }
            // the OAuth exchange configured on the component
            try (CamelContext context = context(server)) {
                component(context).getConfiguration().setAppId("42");
                component(context).getConfiguration().setAppSecret(APP_SECRET);
                component(context).getConfiguration().setAuthCode(AUTH_CODE);
                context.start();
                context.createProducerTemplate().requestBody(report + "111", (Object) null);
            }
            // a token written into the endpoint URI
            try (CamelContext context = context(server)) {
                context.start();
                context.createProducerTemplate().requestBody(report + "111&accessToken=RAW(" + URI_TOKEN + ")",
                        (Object) null);
            }
        } finally {
            server.stop();
        }
        System.err.println("DONE");
    }

    private static CamelContext context(WireMockServer server) {
        CamelContext context = new DefaultCamelContext();
        component(context).getConfiguration().setBaseUrl(server.baseUrl());
        component(context).getConfiguration().setRetryInitialDelay(1);
        component(context).getConfiguration().setRetryMaxDelay(5);
        return context;
    }

    private static TikTokReportComponent component(CamelContext context) {
        return context.getComponent("tiktok-report", TikTokReportComponent.class);
    }
}
