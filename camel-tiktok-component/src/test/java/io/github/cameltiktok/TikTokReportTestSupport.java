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

import java.time.ZoneId;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A Camel context whose tiktok-report component talks to WireMock on a loopback port, with a token full of
 * characters that URIs and logs tend to mangle.
 */
abstract class TikTokReportTestSupport extends CamelTestSupport {

    static final String TOKEN = "tok+/=&secret";
    static final String ADVERTISER = "7000000000000000001";

    static WireMockServer wiremock;

    @BeforeAll
    static void startWireMock() {
        wiremock = TikTokApiStubs.startServer();
    }

    @AfterAll
    static void stopWireMock() {
        wiremock.stop();
    }

    @BeforeEach
    void resetWireMock() {
        wiremock.resetAll();
        // the accounts of the test advertisers, in this JVM's zone (a test may stub others in front)
        wiremock.stubFor(TikTokApiStubs.advertiserInfo(ZoneId.systemDefault().getId(), ADVERTISER, "111", "222",
                "333").atPriority(10));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        return TestContexts.configure(super.createCamelContext(), wiremock.baseUrl(), TOKEN, 1, 5);
    }

    /** A producer call; a failed exchange throws its exception. */
    Exchange produce(String uri) {
        Exchange exchange = template.request(uri, e -> {
        });
        if (exchange.getException() != null) {
            throw new CamelExecutionException("failed", exchange, exchange.getException());
        }
        return exchange;
    }

    /** Requests for report pages (not the account look-ups around them). */
    static List<LoggedRequest> reportRequests() {
        return wiremock.findAll(getRequestedFor(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)));
    }

    /** Every request TikTok received. */
    static List<LoggedRequest> allRequests() {
        return wiremock.findAll(anyRequestedFor(anyUrl()));
    }
}
