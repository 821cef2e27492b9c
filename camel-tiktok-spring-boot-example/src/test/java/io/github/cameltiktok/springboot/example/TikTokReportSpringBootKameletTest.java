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
package io.github.cameltiktok.springboot.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelet {@code tiktok-report-source} in a Spring Boot application with what docs/kamelet.md lists beside
 * the starter (camel-kamelet, camel-yaml-dsl): its rows arrive as JSON, the advertiser first.
 */
@CamelSpringBootTest
@SpringBootTest(classes = { TikTokReportSpringBootApplication.class,
                            TikTokReportSpringBootKameletTest.KameletRoute.class },
                properties = { "camel.main.run-controller=false" })
class TikTokReportSpringBootKameletTest {

    private static final TikTokSimulator SIMULATOR = TikTokSimulator.start(
            SimulatorConfig.defaults().withEntities(1, 2, 2, 1));

    @Autowired
    CamelContext context;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("TIKTOK_ACCESS_TOKEN", () -> SIMULATOR.config().accessToken());
        registry.add("TIKTOK_ADVERTISER_ID", () -> SIMULATOR.advertiserIds().get(0));
        registry.add("camel.component.tiktok-report.base-url", SIMULATOR::baseUrl);
        registry.add("tiktok.output", () -> System.getProperty("java.io.tmpdir") + "/tiktok-kamelet-test");
        registry.add("tiktok.simulator", SIMULATOR::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @TestConfiguration
    static class KameletRoute {
        @Bean
        RouteBuilder kameletRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("kamelet:tiktok-report-source?accessToken=RAW({{TIKTOK_ACCESS_TOKEN}})"
                         + "&advertiserId={{TIKTOK_ADVERTISER_ID}}&baseUrl={{tiktok.simulator}}"
                         + "&reportName=campaign-summary&lookbackDays=1").routeId("kamelet-rows")
                            .to("mock:kamelet-rows");
                }
            };
        }
    }

    @Test
    void theKameletSendsEachRowAsJson() throws Exception {
        MockEndpoint rows = context.getEndpoint("mock:kamelet-rows", MockEndpoint.class);
        rows.expectedMessageCount(2);   // 2 campaigns, today
        rows.assertIsSatisfied(20_000);
        JsonNode row = new ObjectMapper().readTree(rows.getExchanges().get(0).getMessage().getBody(String.class));
        assertThat(row.fieldNames().next()).isEqualTo("advertiser_id");
        assertThat(row.path("spend").isNumber()).isTrue();
        assertThat(rows.getExchanges().get(0).getMessage().getHeader("Content-Type")).isEqualTo("application/json");
    }
}
