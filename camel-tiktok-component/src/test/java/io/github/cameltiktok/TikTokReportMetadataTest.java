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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.EndpointUriFactory;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build generated and packaged Camel's metadata (camel-package-maven-plugin, into src/generated): without it
 * Camel silently falls back to reflection and tools see no options.
 */
class TikTokReportMetadataTest {

    @Test
    void generatedConfigurersAndUriFactoryAreUsed() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer("tiktok-report-endpoint", context);
            assertThat(configurer).isInstanceOf(TikTokReportEndpointConfigurer.class);
            EndpointUriFactory factory = context.getCamelContextExtension().getEndpointUriFactory("tiktok-report");
            assertThat(factory).isInstanceOf(TikTokReportEndpointUriFactory.class);
            assertThat(factory.secretPropertyNames()).containsExactlyInAnyOrder("accessToken", "appSecret", "authCode");
            assertThat(factory.multiValuePrefixes()).containsEntry("parameters", "param.");
            assertThat(context.getComponent("tiktok-report")).isInstanceOf(TikTokReportComponent.class);
        }
    }

    /** Options every Camel component or scheduled consumer has: docs/options.md lists the scheduler's apart. */
    private static final Set<String> CAMEL_GENERIC_OPTIONS = Set.of("bridgeErrorHandler", "lazyStartProducer",
            "autowiredEnabled", "healthCheckConsumerEnabled", "healthCheckProducerEnabled", "exceptionHandler",
            "exchangePattern", "pollStrategy", "sendEmptyMessageWhenIdle", "backoffErrorThreshold",
            "backoffIdleThreshold", "backoffMultiplier", "delay", "greedy", "initialDelay", "repeatCount",
            "runLoggingLevel", "scheduledExecutorService", "scheduler", "schedulerProperties", "startScheduler",
            "timeUnit", "useFixedDelay", "configuration", "reportName");

    private JsonNode componentJson() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/cameltiktok/tiktok-report.json")) {
            assertThat(in).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void optionsTableIsInStepWithTheComponentJson() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("..", "docs", "options.md"));
        JsonNode json = componentJson();
        for (String section : List.of("componentProperties", "properties")) {
            json.path(section).properties().forEach(e -> {
                String option = e.getKey();
                if (CAMEL_GENERIC_OPTIONS.contains(option)) {
                    return;
                }
                JsonNode defaultValue = e.getValue().path("defaultValue");
                String row = "| `" + ("parameters".equals(option) ? "param.<name>" : option) + "` | "
                             + (defaultValue.isMissingNode() ? " |" : "`" + defaultValue.asText() + "` |");
                assertThat(readme).as("docs/options.md option row for " + section + "." + option)
                        .anyMatch(line -> line.startsWith(row));
            });
        }
    }

    @Test
    void componentJsonDescribesEveryOptionAndHeader() throws Exception {
        JsonNode json = componentJson();
        assertThat(json.path("component").path("scheme").asText()).isEqualTo("tiktok-report");
        for (String section : List.of("componentProperties", "properties", "headers")) {
            json.path(section).properties().forEach(e -> assertThat(e.getValue().path("description").asText())
                    .as(section + "." + e.getKey()).isNotBlank());
        }
        for (String secret : List.of("accessToken", "appSecret", "authCode")) {
            assertThat(json.path("properties").path(secret).path("secret").asBoolean()).as(secret).isTrue();
        }
        assertThat(json.path("headers").has(TikTokReportConstants.REQUEST_ID)).isTrue();
    }
}
