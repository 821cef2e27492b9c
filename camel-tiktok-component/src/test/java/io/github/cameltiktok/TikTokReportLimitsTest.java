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

import io.github.cameltiktok.client.ReportClientFactory;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.cameltiktok.TikTokApiStubs.page;
import static org.assertj.core.api.Assertions.assertThat;

/** TikTok's documented limits kept by default: the sandbox's 1 QPS, GMV Max's lower report limit. */
class TikTokReportLimitsTest extends TikTokReportTestSupport {

    @Test
    void theSandboxIsReadAtOneRequestASecondByDefault() {
        wiremock.stubFor(get(urlPathEqualTo(TikTokApiStubs.REPORT_PATH)).willReturn(okJson(page(1, 1000, 0, 0,
                List.of()))));

        // hourly rows: one request a day, three days
        long started = System.nanoTime();
        produce("tiktok-report:adgroup-summary?advertiserId=" + ADVERTISER + "&sandbox=true"
                + "&dimensions=adgroup_id,stat_time_hour&startDate=2026-11-01&endDate=2026-11-03");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(reportRequests()).hasSize(3);
        // the second and third request each waited a second after the one before (a lower bound: never flaky)
        assertThat(millis).as("milliseconds to send three requests at 1 QPS").isGreaterThanOrEqualTo(2000);
    }

    @Test
    void theRunningComponentHoldsTheDocumentedRates() throws Exception {
        try (CamelContext plain = new DefaultCamelContext()) {
            TikTokReportComponent component = plain.getComponent("tiktok-report", TikTokReportComponent.class);
            component.getConfiguration().setAccessToken("limits-test-token");
            plain.start();
            TikTokReportConfiguration production = component.getConfiguration().copy();
            TikTokReportConfiguration sandbox = component.getConfiguration().copy();
            sandbox.setSandbox(true);

            ReportClientFactory.Connection inProduction = component.connection(production, "http://127.0.0.1:1",
                    new ReportStatistics());
            ReportClientFactory.Connection inSandbox = component.connection(sandbox, "http://127.0.0.1:1",
                    new ReportStatistics());

            assertThat(inProduction.rateLimiter().rate()).isEqualTo(9.0);
            assertThat(inSandbox.rateLimiter().rate()).isEqualTo(1.0);
            assertThat(inProduction.pathLimiters().get(GmvMaxCatalog.REPORT_PATH).rate()).isEqualTo(8.0);
            assertThat(inProduction.taskRateLimiter().rate()).isEqualTo(1.0);
        }
    }
}
