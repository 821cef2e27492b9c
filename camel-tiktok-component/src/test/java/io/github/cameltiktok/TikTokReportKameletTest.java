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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code tiktok-report-source} Kamelet shipped in the component jar: its conventions, and a run of it. */
class TikTokReportKameletTest {

    private static final String KAMELET = "/kamelets/tiktok-report-source.kamelet.yaml";

    private static TikTokSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = TikTokSimulator.start(SimulatorConfig.defaults().withoutCampaignMix().withEntities(1, 3, 4, 1));
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    /**
     * The JSON bodies a Kamelet route of the given options delivers, once the expected number arrived.
     *
     * @param options the Kamelet's properties after the token, advertiser and base URL
     */
    private List<JsonNode> kameletRows(String options, int expected) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kamelet:tiktok-report-source?accessToken=RAW(" + simulator.config().accessToken()
                         + ")&advertiserId=" + simulator.advertiserIds().get(0) + "&baseUrl=" + simulator.baseUrl()
                         + "&" + options)
                            .to("mock:rows");
                }
            });
            MockEndpoint mock = context.getEndpoint("mock:rows", MockEndpoint.class);
            mock.expectedMessageCount(expected);
            mock.expectedHeaderReceived("Content-Type", "application/json");
            context.start();
            mock.assertIsSatisfied(10_000);
            List<JsonNode> rows = new ArrayList<>();
            for (var exchange : mock.getExchanges()) {
                rows.add(new ObjectMapper().readTree(exchange.getMessage().getBody(String.class)));
            }
            return rows;
        }
    }

    @Test
    void kameletSendsEachRowAsJson() throws Exception {
        // 3 campaigns x 2 days (yesterday and today)
        List<JsonNode> rows = kameletRows("reportName=campaign-summary&metrics=spend,clicks&lookbackDays=2", 6);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.fieldNames()).toIterable()
                    .containsExactly("advertiser_id", "campaign_id", "stat_time_day", "spend", "clicks");
            assertThat(row.get("clicks").isIntegralNumber()).isTrue();
        });
        assertThat(rows.get(0).get("stat_time_day").asText()).startsWith(LocalDate.now().minusDays(1).toString());
    }

    @Test
    void kameletSendsEachCampaignOfTheEntityTableAsJson() throws Exception {
        JsonNode campaign = kameletRows("reportName=campaigns&fields=campaign_name,budget", 3).get(0);
        assertThat(campaign.fieldNames()).toIterable()
                .containsExactly("advertiser_id", "campaign_id", "campaign_name", "budget");
        assertThat(campaign.get("budget").isNumber()).isTrue();
    }

    @Test
    void kameletReadsGmvMaxReportsOfAStore() throws Exception {
        String store = simulator.gmvMaxStoreIds(simulator.advertiserIds().get(0)).get(1);
        // yesterday and today
        assertThat(kameletRows("reportName=gmv-max-account&storeId=" + store + "&lookbackDays=2", 2))
                .allSatisfy(row -> {
                    assertThat(row.get("store_id").asText()).isEqualTo(store);
                    assertThat(row.get("gross_revenue").isNumber()).isTrue();
                });
    }

    @Test
    void kameletRunsFromAYamlRoute() throws Exception {
        String yaml = """
                - from:
                    uri: "kamelet:tiktok-report-source"
                    parameters:
                      accessToken: "%s"
                      advertiserId: "%s"
                      baseUrl: "%s"
                      reportName: campaign-summary
                      lookbackDays: 1
                    steps:
                      - to: "mock:yaml-rows"
                """.formatted(simulator.config().accessToken(), simulator.advertiserIds().get(0),
                simulator.baseUrl());
        try (CamelContext context = new DefaultCamelContext()) {
            org.apache.camel.support.PluginHelper.getRoutesLoader(context)
                    .loadRoutes(org.apache.camel.support.ResourceHelper.fromString("tiktok-kamelet-route.yaml", yaml));
            MockEndpoint mock = context.getEndpoint("mock:yaml-rows", MockEndpoint.class);
            mock.expectedMessageCount(3);   // 3 campaigns, today
            context.start();
            mock.assertIsSatisfied(10_000);
            JsonNode row = new ObjectMapper().readTree(mock.getExchanges().get(0).getMessage().getBody(String.class));
            assertThat(row.path("advertiser_id").asText()).isEqualTo(simulator.advertiserIds().get(0));
            assertThat(row.path("spend").isNumber()).isTrue();
        }
    }

    @Test
    void kameletKeepsItsStateInTheRepositoryItIsGivenWithoutTheInMemoryWarning() throws Exception {
        Map<String, String> kept = new java.util.concurrent.ConcurrentHashMap<>();
        MemoryStateRepository states = new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                kept.put(key, value);
                super.setState(key, value);
            }
        };
        String logged;
        TikTokReportConsumer.IN_MEMORY_WARNED.set(false);
        try (CamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("tiktokStates", states);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("kamelet:tiktok-report-source?accessToken=RAW(" + simulator.config().accessToken()
                         + ")&advertiserId=" + simulator.advertiserIds().get(0) + "&baseUrl=" + simulator.baseUrl()
                         + "&reportName=campaign-summary&lookbackDays=1&stateRepository=#tiktokStates")
                            .to("mock:rows");
                }
            });
            MockEndpoint mock = context.getEndpoint("mock:rows", MockEndpoint.class);
            mock.expectedMessageCount(3);
            logged = TestLogs.stderrOf(() -> {
                context.start();
                mock.assertIsSatisfied(10_000);
            });
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> !kept.isEmpty());
        }
        assertThat(kept.keySet()).anyMatch(key -> key.startsWith(simulator.advertiserIds().get(0) + "@"));
        assertThat(kept.values()).contains(LocalDate.now().toString());
        assertThat(logged).doesNotContain("in memory");
        assertThat(TikTokReportConsumer.IN_MEMORY_WARNED).isFalse();
    }

    @Test
    void theInMemoryWarningIsSaidOncePerJvmWithItsFix() throws Exception {
        TikTokReportConsumer.IN_MEMORY_WARNED.set(false);
        String logged = TestLogs.stderrOf(() -> {
            try (CamelContext context = new DefaultCamelContext()) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        for (String report : List.of("campaign-summary", "adgroup-summary")) {
                            from("kamelet:tiktok-report-source?accessToken=RAW(" + simulator.config().accessToken()
                                 + ")&advertiserId=" + simulator.advertiserIds().get(0) + "&baseUrl="
                                 + simulator.baseUrl() + "&reportName=" + report + "&lookbackDays=1&period=3600000")
                                    .to("mock:ignored");
                        }
                    }
                });
                context.start();
            }
        });
        assertThat(logged.lines().filter(l -> l.contains("WARN") && l.contains("in memory")).toList()).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("Fix: set stateRepository=#name"));
    }

    @Test
    void missingRequiredParameterFailsNamingIt() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertThatThrownBy(() -> {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("kamelet:tiktok-report-source?accessToken=secret-token&baseUrl=" + simulator.baseUrl())
                                .to("mock:rows");
                    }
                });
                context.start();
            }).satisfies(e -> assertThat(TikTokReportConfigurationErrorsTest.messages(e))
                    .contains("mandatory parameters must be provided: advertiserId").doesNotContain("secret-token"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kameletFollowsTheCamelKameletsConventions() throws Exception {
        JsonNode kamelet;
        try (InputStream in = getClass().getResourceAsStream(KAMELET)) {
            assertThat(in).as(KAMELET + " in the jar").isNotNull();
            kamelet = new YAMLMapper().readTree(in);
        }
        assertThat(kamelet.path("apiVersion").asText()).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.at("/metadata/name").asText()).isEqualTo("tiktok-report-source");
        assertThat(kamelet.at("/metadata/labels").path("camel.apache.org/kamelet.type").asText()).isEqualTo("source");
        JsonNode annotations = kamelet.at("/metadata/annotations");
        for (String annotation : List.of("camel.apache.org/kamelet.support.level", "camel.apache.org/catalog.version",
                "camel.apache.org/provider", "camel.apache.org/kamelet.group")) {
            assertThat(annotations.path(annotation).asText()).as(annotation).isNotBlank();
        }

        JsonNode definition = kamelet.at("/spec/definition");
        assertThat(definition.path("title").asText()).isNotBlank();
        assertThat(definition.path("description").asText()).isNotBlank();
        List<String> required = new ArrayList<>();
        definition.path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).containsExactlyInAnyOrder("accessToken", "advertiserId");
        JsonNode properties = definition.path("properties");
        properties.properties().forEach(p -> {
            assertThat(p.getValue().path("title").asText()).as(p.getKey() + " title").isNotBlank();
            assertThat(p.getValue().path("description").asText()).as(p.getKey() + " description").isNotBlank();
            assertThat(p.getValue().path("type").asText()).as(p.getKey() + " type").isIn("string", "integer",
                    "boolean");
        });
        assertThat(properties.at("/accessToken/format").asText()).isEqualTo("password");
        assertThat(properties.at("/accessToken/x-descriptors/0").asText()).isEqualTo("urn:camel:group:credentials");
        for (String parameter : List.of("reportName", "advertiserId", "dimensions", "metrics", "filters",
                "orderField", "orderType", "lookbackDays", "period")) {
            assertThat(properties.has(parameter)).as(parameter).isTrue();
        }

        List<String> dependencies = new ArrayList<>();
        kamelet.at("/spec/dependencies").forEach(d -> dependencies.add(d.asText()));
        assertThat(dependencies).contains("camel:kamelet")
                .anyMatch(d -> d.startsWith("mvn:io.github.cameltiktok:camel-tiktok-component:"));

        JsonNode from = kamelet.at("/spec/template/from");
        assertThat(from.path("uri").asText()).isEqualTo("tiktok-report:{{reportName}}");
        Map<String, Object> parameters = new ObjectMapper().convertValue(from.path("parameters"), Map.class);
        parameters.forEach((name, value) -> {
            String placeholder = String.valueOf(value);
            String property = placeholder.replaceAll("^\\{\\{\\??([^}]+)}}$", "$1");
            if (properties.has(property)) {
                // required and defaulted parameters are {{x}}, the others {{?x}}
                boolean optional = !required.contains(property) && !properties.path(property).has("default");
                assertThat(placeholder).as(name).isEqualTo(optional ? "{{?" + property + "}}" : "{{" + property + "}}");
            }
        });
        JsonNode steps = from.path("steps");
        assertThat(steps.get(steps.size() - 1).path("to").asText()).isEqualTo("kamelet:sink");
    }
}
