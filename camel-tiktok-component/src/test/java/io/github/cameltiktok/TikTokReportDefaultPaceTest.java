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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A default-configured pull of many one-page advertisers against a TikTok with latency and a QPS cap: chunks are
 * read in parallel (the adaptive default), every row arrives in order, and TikTok throttles nothing.
 */
class TikTokReportDefaultPaceTest {

    @Test
    void manyOnePageAdvertisersAreReadInParallelWithinTheCap() throws Exception {
        LocalDate day = LocalDate.now().minusDays(2);
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withEntities(24, 1, 1, 1)
                .withLatencyMillis(200).withQpsLimit(10));
             CamelContext context = new DefaultCamelContext()) {
            TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
            component.getConfiguration().setBaseUrl(tiktok.baseUrl());
            component.getConfiguration().setAccessToken(tiktok.config().accessToken());
            context.start();

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = context.createProducerTemplate().requestBody(
                    "tiktok-report:advertiser-summary?advertiserId=" + String.join(",", tiktok.advertiserIds())
                    + "&startDate=" + day + "&endDate=" + day + "&reconcile=off", null, List.class);

            assertThat(rows).hasSize(24);
            assertThat(rows).extracting(r -> r.get("advertiser_id")).containsExactlyElementsOf(tiktok.advertiserIds());
            assertThat(tiktok.stats().throttled()).isZero();
            TikTokReportEndpoint endpoint = context.getEndpoints().stream()
                    .filter(TikTokReportEndpoint.class::isInstance).map(TikTokReportEndpoint.class::cast)
                    .findFirst().orElseThrow();
            assertThat(endpoint.getConfiguration().getConcurrency()).as("the default").isZero();
            assertThat(endpoint.getStatistics().latencyMillis()).isGreaterThanOrEqualTo(200);
        }
    }
}
