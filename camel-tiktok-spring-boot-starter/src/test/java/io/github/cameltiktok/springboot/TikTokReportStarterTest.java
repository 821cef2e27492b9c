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
package io.github.cameltiktok.springboot;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.TikTokReportComponent;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.tiktok-report.* from Spring's environment reaches the component, and the token stays masked. */
@CamelSpringBootTest
@SpringBootTest(classes = TikTokReportStarterTest.TestApplication.class, properties = {
        "camel.component.tiktok-report.requests-per-second=4.5",
        "camel.component.tiktok-report.connect-timeout=5000",
        "camel.component.tiktok-report.lookback-days=3",
        "camel.component.tiktok-report.metrics=spend,clicks"
})
class TikTokReportStarterTest {

    private static final String TOKEN = "tok+/=&secret";
    private static final TikTokSimulator SIMULATOR = TikTokSimulator.start(SimulatorConfig.defaults()
            .withEntities(1, 2, 2, 1).withApp(SimulatorConfig.DEFAULT_APP_ID, SimulatorConfig.DEFAULT_APP_SECRET, TOKEN));

    @SpringBootApplication
    static class TestApplication {
    }

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.tiktok-report.base-url", SIMULATOR::baseUrl);
        registry.add("camel.component.tiktok-report.access-token", () -> TOKEN);
        registry.add("camel.component.tiktok-report.advertiser-id", () -> SIMULATOR.advertiserIds().get(0));
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    TikTokReportSecretsSanitizer sanitizer;

    @Test
    void propertiesReachTheComponent() {
        TikTokReportComponent component = camelContext.getComponent("tiktok-report", TikTokReportComponent.class);
        assertThat(component.getRequestsPerSecond()).isEqualTo(4.5);
        assertThat(component.getConnectTimeout()).isEqualTo(5000L);
        assertThat(component.getConfiguration().getAccessToken()).isEqualTo(TOKEN);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(SIMULATOR.baseUrl());
        assertThat(component.getConfiguration().getLookbackDays()).isEqualTo(3);
        // unset options keep the component's defaults
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRouteReadsTheReportWithTheConfiguredComponent() {
        // 2 campaigns x 3 days (today and the 2 before), the metrics from application properties
        List<Map<String, Object>> rows = template.requestBody("tiktok-report:campaign-summary", null, List.class);
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(List.copyOf(row.keySet())).containsExactly(
                "advertiser_id", "campaign_id", "stat_time_day", "spend", "clicks"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntityTableReadsWithTheSameComponentWhoseReportDefaultsItIgnores() {
        // metrics and lookbackDays set on the component are report defaults: an entity table does not refuse them
        List<Map<String, Object>> campaigns = template.requestBody("tiktok-report:campaigns?fields=campaign_name",
                null, List.class);
        assertThat(campaigns).hasSize(2).allSatisfy(c -> assertThat(c).containsOnlyKeys("advertiser_id",
                "campaign_id", "campaign_name"));
    }

    @Test
    void actuatorShowsNoSecretEvenWithShowValuesAlways() {
        EnvironmentEndpoint endpoint = new EnvironmentEndpoint(environment, List.of(sanitizer), Show.ALWAYS);
        String dump = String.valueOf(endpoint.environment(null).getPropertySources());
        assertThat(endpoint.environmentEntry("camel.component.tiktok-report.access-token").getProperty().getValue())
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(endpoint.environmentEntry("camel.component.tiktok-report.base-url").getProperty().getValue())
                .isEqualTo(SIMULATOR.baseUrl());
        assertThat(dump).doesNotContain(TOKEN);
        // the configprops endpoint names the bound property accessToken
        assertThat(sanitizer.apply(new SanitizableData(null, "accessToken", TOKEN)).getValue())
                .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.apply(new SanitizableData(null, "camel.kamelet.tiktok-report-source.accessToken",
                TOKEN)).getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
    }

    @Test
    void ideMetadataDescribesEveryOptionAndMarksTheSecrets() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        JsonNode componentJson;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltiktok/tiktok-report.json")) {
            componentJson = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        metadata.path("properties").forEach(p -> byName.put(p.path("name").asText(), p));
        componentJson.path("componentProperties").fieldNames().forEachRemaining(option -> {
            String kebab = "camel.component.tiktok-report." + option.replaceAll("([A-Z])", "-$1").toLowerCase();
            assertThat(byName).as(kebab).containsKey(kebab);
            assertThat(byName.get(kebab).path("description").asText()).as(kebab).isNotBlank();
        });
        for (String secret : TikTokReportComponentConfiguration.SECRET_OPTIONS) {
            assertThat(byName.get("camel.component.tiktok-report." + secret).path("description").asText())
                    .startsWith("Secret");
        }
    }
}
