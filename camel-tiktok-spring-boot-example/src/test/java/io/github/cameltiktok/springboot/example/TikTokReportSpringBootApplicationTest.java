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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Spring Boot example against the simulator: its application.properties are all the component gets. */
@CamelSpringBootTest
@SpringBootTest(classes = TikTokReportSpringBootApplication.class,
                properties = { "camel.main.run-controller=false",
                               "camel.main.dev-console-enabled=true" })
class TikTokReportSpringBootApplicationTest {

    private static final TikTokSimulator SIMULATOR = TikTokSimulator.start(
            SimulatorConfig.defaults().withEntities(1, 2, 2, 1));
    private static final Path OUTPUT = createOutput();

    private static Path createOutput() {
        try {
            return Files.createTempDirectory("tiktok-spring-boot");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        // what TIKTOK_ACCESS_TOKEN and TIKTOK_ADVERTISER_ID give in production, and the simulator's address
        registry.add("TIKTOK_ACCESS_TOKEN", () -> SIMULATOR.config().accessToken());
        registry.add("TIKTOK_ADVERTISER_ID", () -> SIMULATOR.advertiserIds().get(0));
        registry.add("camel.component.tiktok-report.base-url", SIMULATOR::baseUrl);
        registry.add("tiktok.output", OUTPUT::toString);
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Test
    void writesTheAdGroupSummaryOfTheLastSevenDaysToAFile() throws Exception {
        LocalDate today = LocalDate.now();
        Path file = OUTPUT.resolve("adgroup-summary-" + SIMULATOR.advertiserIds().get(0) + "-" + today.minusDays(6)
                                   + "-" + today + ".json");
        await().atMost(20, TimeUnit.SECONDS).until(() -> Files.exists(file) && Files.size(file) > 0);

        JsonNode rows = new ObjectMapper().readTree(file.toFile());
        // 4 ad groups x 7 days, every metric of application.properties
        assertThat(rows).hasSize(4 * 7);
        assertThat(rows.get(0).fieldNames()).toIterable().containsExactly("advertiser_id", "adgroup_id",
                "stat_time_day", "spend", "impressions", "clicks", "ctr", "cpc", "cpm", "conversion",
                "cost_per_conversion");
        try (Stream<Path> files = Files.list(OUTPUT)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(
                    file.getFileName().toString());
        }
        assertThat(List.of(rows.get(0).path("stat_time_day").asText())).allMatch(
                d -> d.startsWith(today.minusDays(6).toString()));

        // the same run, as Micrometer meters (/actuator/metrics)
        await().atMost(5, TimeUnit.SECONDS).until(() -> meters.get("tiktok.report.rows").functionCounter().count()
                                                        == 4 * 7);
        assertThat(meters.get("tiktok.report.requests").functionCounter().count())
                .isEqualTo(SIMULATOR.stats().requests()); // the time zone look-up, the report's reads, its check
        // the report's three reads: TikTok's default view, and its TopView and Promote campaigns (none here)
        assertThat(meters.get("tiktok.report.pages").functionCounter().count()).isEqualTo(3);
        assertThat(meters.get("tiktok.report.throttled").functionCounter().count()).isZero();
        assertThat(meters.get("tiktok.report.days.behind").gauge().value()).isZero();

        // and through the actuator's camel endpoint (/actuator/camel/tiktok-report): the dev console's JSON
        String console = devConsoles.getConsoleById("tiktok-report").toJson();
        assertThat(console).contains("\"reportName\":\"adgroup-summary\"", "\"rows\":28,")
                .doesNotContain(SIMULATOR.config().accessToken());
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.apache.camel.spring.boot.actuate.console.CamelDevConsoleEndpoint devConsoles;

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
}
