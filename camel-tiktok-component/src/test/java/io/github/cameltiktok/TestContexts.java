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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The one way tests build a CamelContext whose tiktok-report component reads from a stand-in of TikTok (the
 * simulator or WireMock stubs): its address and token, fast retries, no rate limits, no reconciliation check,
 * TikTok's default view of campaigns. Tests of defaults build a plain context on purpose.
 */
final class TestContexts {

    /** TikTok's default view: what its synchronous reports and listings hold without a filter. */
    static final String TIKTOK_DEFAULT_BUYING_TYPES = "AUCTION,RESERVATION_RF";
    static final String TIKTOK_DEFAULT_ORIGINS = "TT_ADS_PLATFORM";
    /** The options that count every campaign (the defaults), for a test whose context narrows them. */
    static final String EVERY_CAMPAIGN = "buyingTypes=AUCTION,RESERVATION_RF,RESERVATION_TOP_VIEW"
                                         + "&campaignOrigins=TT_ADS_PLATFORM,PROMOTE";

    private TestContexts() {
    }

    static CamelContext context(TikTokSimulator tiktok) {
        return context(tiktok.baseUrl(), tiktok.config().accessToken());
    }

    /** The same for a simulator that runs elsewhere (another JVM). */
    static CamelContext context(String baseUrl, String accessToken) {
        CamelContext context = configure(new DefaultCamelContext(), baseUrl, accessToken, 5, 20);
        context.getComponent("tiktok-report", TikTokReportComponent.class).setAsyncTasksPerSecond(0);
        return context;
    }

    /**
     * Points a context's component at a stand-in, with no limit of its request rate (task creation keeps its own).
     *
     * @param retryInitialDelay the first retry's delay, in milliseconds (a fault suite waits longer than a unit test)
     */
    static CamelContext configure(CamelContext context, String baseUrl, String accessToken, long retryInitialDelay,
                                  long retryMaxDelay) {
        TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAccessToken(accessToken);
        component.getConfiguration().setRetryInitialDelay(retryInitialDelay);
        component.getConfiguration().setRetryMaxDelay(retryMaxDelay);
        component.setRequestsPerSecond(0);
        // the suites that count or match each request see the report's own; the reconciliation tests (and the
        // defaults test, on a plain context) turn the check on with reconcile=warn or fail
        component.getConfiguration().setReconcile("off");
        // and read one chunk after the other, so that stubs answering in sequence see the order they expect (the
        // adaptive default, concurrency=0, has tests of its own)
        component.getConfiguration().setConcurrency(1);
        // and read TikTok's default view in one request, as TikTok serves it: the default, which reads TopView and
        // Promote campaigns apart too, has tests of its own (TikTokCampaignScopeTest), and a test that counts every
        // campaign names buyingTypes and campaignOrigins in its endpoint
        component.getConfiguration().setBuyingTypes(TIKTOK_DEFAULT_BUYING_TYPES);
        component.getConfiguration().setCampaignOrigins(TIKTOK_DEFAULT_ORIGINS);
        return context;
    }

    /** The rows a producer reads from the simulator, in a context of its own. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(TikTokSimulator tiktok, String uri) throws Exception {
        try (CamelContext context = context(tiktok)) {
            context.start();
            return context.createProducerTemplate().requestBody(uri, null, List.class);
        }
    }

    /** The sum of a numeric metric over rows. */
    static BigDecimal sum(List<Map<String, Object>> rows, String metric) {
        return rows.stream().map(r -> new BigDecimal(r.get(metric).toString())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
