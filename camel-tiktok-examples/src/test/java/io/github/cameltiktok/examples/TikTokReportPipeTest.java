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
package io.github.cameltiktok.examples;

import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportComponent;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Pipe of docs/kamelet.md: the tiktok-report-source Kamelet piped to a sink, loaded as Camel JBang would load it. */
class TikTokReportPipeTest {

    @Test
    void pipeSendsEachRowOfTheReportToItsSink() throws Exception {
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(1, 3, 4, 1));
             CamelContext context = new DefaultCamelContext()) {
            Properties properties = new Properties();
            properties.put("camel.kamelet.tiktok-report-source.accessToken", simulator.config().accessToken());
            properties.put("camel.kamelet.tiktok-report-source.advertiserId", simulator.advertiserIds().get(0));
            properties.put("tiktok.pipe.sink", "mock:rows");
            context.getPropertiesComponent().setInitialProperties(properties);
            context.getComponent("tiktok-report", TikTokReportComponent.class).getConfiguration()
                    .setBaseUrl(simulator.baseUrl());
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "classpath:pipes/tiktok-report-pipe.yaml"));
            MockEndpoint rows = context.getEndpoint("mock:rows", MockEndpoint.class);
            // 3 campaigns x 2 days (lookbackDays=1: yesterday and today)
            rows.expectedMessageCount(6);
            context.start();
            rows.assertIsSatisfied(10_000);

            for (Exchange exchange : rows.getExchanges()) {
                JsonNode row = new ObjectMapper().readTree(exchange.getMessage().getBody(String.class));
                assertThat(row.fieldNames()).toIterable()
                        .containsExactly("advertiser_id", "campaign_id", "stat_time_day", "spend", "impressions",
                                "clicks", "ctr", "cpc", "cpm", "conversion", "cost_per_conversion");
            }
        }
    }
}
