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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connect flow's token where TikTok's answer says it expires (an open question: its docs call Marketing API
 * tokens long-term): two endpoints of the app read on either side of the expiry, the token is refreshed once for both,
 * and no token (old, new or refresh) reaches a log line or an exchange.
 */
class TikTokTokenRefreshTest {

    @Test
    void anExpiringTokenIsRefreshedOnceForEveryEndpointOfTheAppAndNeverShown() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0))) {
            tiktok.tokenLifetime(Duration.ofSeconds(2));
            CamelContext context = TestContexts.context(tiktok.baseUrl(), null);
            TikTokReportComponent component = context.getComponent("tiktok-report", TikTokReportComponent.class);
            component.getConfiguration().setAccessToken(null);
            component.getConfiguration().setAppId(tiktok.config().appId());
            component.getConfiguration().setAppSecret(tiktok.config().appSecret());
            component.getConfiguration().setAuthCode(tiktok.authCode());
            String advertiser = tiktok.advertiserIds().get(0);
            List<String> uris = List.of("tiktok-report:campaign-summary?advertiserId=" + advertiser,
                    "tiktok-report:adgroup-summary?advertiserId=" + advertiser + "&lookbackDays=2");
            List<Exchange> exchanges = new ArrayList<>();
            String logged;
            try {
                context.start();
                ProducerTemplate template = context.createProducerTemplate();
                logged = TestLogs.stderrOf(() -> {
                    exchanges.addAll(readBoth(template, uris));
                    Thread.sleep(2_100);   // past the token's expiry at TikTok, and its refresh time before it
                    exchanges.addAll(readBoth(template, uris));
                });
            } finally {
                context.stop();
            }

            assertThat(exchanges).hasSize(4).allSatisfy(exchange -> {
                assertThat(exchange.getException()).isNull();
                assertThat(exchange.getMessage().getBody(List.class)).isNotEmpty();
            });
            assertThat(tiktok.tokenRefreshes()).as("one refresh for both endpoints").isEqualTo(1);
            assertThat(logged).contains("Refreshed the access token").doesNotContain("sim-")
                    .doesNotContain("simrefresh").doesNotContain(tiktok.config().appSecret());
            for (Exchange exchange : exchanges) {
                String shown = exchange.getMessage().getHeaders() + " " + exchange.getMessage().getBody();
                assertThat(shown).doesNotContain("sim-").doesNotContain("simrefresh");
            }
        }
    }

    /** Both endpoints read at the same time. */
    private static List<Exchange> readBoth(ProducerTemplate template, List<String> uris) {
        List<CompletableFuture<Exchange>> reads = uris.stream()
                .map(uri -> CompletableFuture.supplyAsync(() -> template.request(uri, e -> { }))).toList();
        return reads.stream().map(CompletableFuture::join).toList();
    }
}
