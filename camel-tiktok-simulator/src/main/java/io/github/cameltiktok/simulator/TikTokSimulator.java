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
package io.github.cameltiktok.simulator;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A local TikTok Marketing API on a loopback port: synchronous reports (truncated beyond the ads limit, 40067 beyond
 * the query size), asynchronous report tasks, campaign and ad group lists, advertiser info (currency, time zone),
 * the OAuth code exchange, the advertiser list and the authorization page, TikTok Shop GMV Max stores and reports
 * ({@link GmvMaxReports}), answering like TikTok from a
 * deterministic synthetic data set; {@link SimulatorQuirks} adds deleted objects, time zones, shifting pages and
 * other encodings.
 * <pre>
 * try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults())) {
 *     String baseUrl = tiktok.baseUrl();   // the component's baseUrl option
 * }
 * </pre>
 */
public final class TikTokSimulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final WireMockServer server;
    private final TikTokApiTransformer api;
    private final SimulatorStats stats = new SimulatorStats();

    private TikTokSimulator(SimulatorConfig config, int port) {
        this.config = config;
        this.api = new TikTokApiTransformer(config, stats);
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .extensions(api)
                .containerThreads(Math.max(16, Runtime.getRuntime().availableProcessors() * 4))
                .jettyAcceptors(1);
        options = port == 0 ? options.dynamicPort() : options.port(port);
        if (!config.requestJournal()) {
            options = options.disableRequestJournal();
        }
        server = new WireMockServer(options);
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.REPORT_PATH)).willReturn(transformed()));
        server.stubFor(post(urlPathEqualTo(TikTokApiTransformer.ACCESS_TOKEN_PATH)).willReturn(transformed()));
        server.stubFor(post(urlPathEqualTo(TikTokApiTransformer.REFRESH_TOKEN_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.ADVERTISER_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.AUTHORIZE_PATH)).willReturn(transformed()));
        server.stubFor(post(urlPathEqualTo(TikTokApiTransformer.TASK_CREATE_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.TASK_CHECK_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.TASK_DOWNLOAD_PATH)).willReturn(transformed()));
        server.stubFor(post(urlPathEqualTo(TikTokApiTransformer.TASK_CANCEL_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.ADVERTISER_INFO_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.AD_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.CAMPAIGN_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.ADGROUP_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.GMV_MAX_STORE_PATH)).willReturn(transformed()));
        server.stubFor(get(urlPathEqualTo(TikTokApiTransformer.GMV_MAX_REPORT_PATH)).willReturn(transformed()));
        // TikTok answers unknown paths (a missing trailing slash, say) with a 404, in its envelope too
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(transformed()));
    }

    private static ResponseDefinitionBuilder transformed() {
        return aResponse().withTransformers(TikTokApiTransformer.NAME);
    }

    /**
     * The simulator's own answer, for stubs that tests add on top of it: e.g. the same answer delayed
     * ({@code simulatedAnswer().withFixedDelay(500)}) for some requests only.
     */
    public static ResponseDefinitionBuilder simulatedAnswer() {
        return transformed();
    }

    /** Starts a simulator on a free loopback port. */
    public static TikTokSimulator start(SimulatorConfig config) {
        return start(config, 0);
    }

    /** Starts a simulator on the given loopback port (0 for a free one). */
    public static TikTokSimulator start(SimulatorConfig config, int port) {
        TikTokSimulator simulator = new TikTokSimulator(config, port);
        simulator.server.start();
        return simulator;
    }

    /** The base URL to give the component, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public int port() {
        return server.port();
    }

    /** The authorization page of the "Connect with TikTok" flow, as TikTok's portal serves it. */
    public String authorizationUrl() {
        return baseUrl() + TikTokApiTransformer.AUTHORIZE_PATH;
    }

    /** Ids of the advertisers the app's token may read. */
    /**
     * Withdraws an advertiser's authorisation of the app, or gives it back: a withdrawn advertiser is no longer
     * listed by /oauth2/advertiser/get/ and TikTok answers 40001 for it, as when a user removes the app's access in
     * Business Center (or before it was granted).
     */
    /**
     * Hands out tokens that expire after {@code lifetime}, with refresh tokens, from the next code exchange or
     * refresh on (a short day for tests; {@link OpenQuestion#EXPIRING_TOKENS} gives TikTok's 24 hours); null: as that
     * open question says. The configured token never expires.
     */
    public void tokenLifetime(Duration lifetime) {
        api.oauth().lifetime(lifetime);
    }

    /** An auth code of the app, as the authorization page hands one out once the advertiser approved. */
    public String authCode() {
        return api.oauth().newCode(config().appId());
    }

    /** How many token refreshes the simulator answered. */
    public long tokenRefreshes() {
        return api.oauth().refreshes();
    }

    public void authorize(String advertiserId, boolean authorized) {
        api.authorize(advertiserId, authorized);
    }

    /** The advertisers that authorised the app, as /oauth2/advertiser/get/ lists them. */
    public List<String> advertiserIds() {
        return api.advertiserIds();
    }

    /**
     * Every row of a GMV Max report as the simulator serves it, its pages put together: dimensions and metrics as
     * TikTok's strings. The query is {@code /gmv_max/report/get/}'s ({@code advertiser_id}, {@code store_ids},
     * {@code dimensions}, ...); invalid queries fail with TikTok's message.
     */
    public List<java.util.Map<String, String>> gmvMaxRows(java.util.Map<String, String> query) {
        return api.gmvMax().allRows(query);
    }

    /** The ids of the stores an advertiser may read GMV Max reports of ({@code is_gmv_max_available=true}). */
    public List<String> gmvMaxStoreIds(String advertiserId) {
        int advertiser = api.allAdvertiserIds().indexOf(advertiserId);
        return java.util.stream.IntStream.range(0, GmvMaxShop.STORES - 1)
                .mapToObj(s -> GmvMaxShop.storeId(advertiser, s)).toList();
    }

    /**
     * Restates a day from now on, as TikTok does for recent days: every figure of every ad (and so of every level,
     * the advertiser's total included) on that day becomes {@code perMille}/1000 of what it was. Reports and report
     * tasks read afterwards see the new figures; GMV Max reports are not restated.
     */
    public void restate(java.time.LocalDate day, int perMille) {
        api.restate(day, perMille);
    }

    public SimulatorConfig config() {
        return config;
    }

    public SimulatorStats stats() {
        return stats;
    }

    /** The underlying WireMock server: its request journal, or extra stubs for fault injection. */
    public WireMockServer wireMock() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
