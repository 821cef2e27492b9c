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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorMain;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example started as {@code spring-boot:run} starts it (its main class, its application.properties, the run
 * controller on), pointed at the simulator with the environment variables the standalone simulator prints: it keeps
 * running after its first poll and writes the day's file. A wrong run-controller property name lets the JVM end at
 * once, which this test sees as a missing controller thread.
 */
@ExtendWith(OutputCaptureExtension.class)
class TikTokReportSpringBootRunTest {

    @TempDir
    Path output;

    @Test
    void keepsRunningAndWritesTheDaysFileAgainstTheSimulator(CapturedOutput log) throws Exception {
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults().withEntities(1, 2, 2, 1))) {
            List<String> args = new ArrayList<>();
            for (String line : printedUsage(simulator)) {
                // "  export TIKTOK_BASE_URL=http://127.0.0.1:…": what a user pastes into the example's shell
                // no advertiser list: the app's id and secret let it read every advertiser TikTok lists for the token
                if (line.trim().startsWith("export ") && !line.contains("TIKTOK_ADVERTISER_ID")) {
                    args.add("--" + line.trim().substring("export ".length()));
                }
            }
            assertThat(args).anyMatch(a -> a.startsWith("--TIKTOK_BASE_URL="))
                    .anyMatch(a -> a.startsWith("--TIKTOK_ACCESS_TOKEN=")).anyMatch(a -> a.startsWith("--TIKTOK_APP_ID="))
                    .noneMatch(a -> a.startsWith("--TIKTOK_ADVERTISER_ID="));
            args.add("--tiktok.output=" + output);
            args.add("--server.port=0");

            ConfigurableApplicationContext app = SpringApplication.run(TikTokReportSpringBootApplication.class,
                    args.toArray(String[]::new));
            try {
                LocalDate today = LocalDate.now();
                Path file = output.resolve("adgroup-summary-" + simulator.advertiserIds().get(0) + "-"
                                           + today.minusDays(6) + "-" + today + ".json");
                await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file) && Files.size(file) > 0);
                assertThat(Files.readString(file)).contains("\"adgroup_id\"", "\"spend\"");
                // each read and each file is logged: the example never looks idle
                await().atMost(Duration.ofSeconds(10)).until(() -> log.getOut().contains("Wrote "));
                assertThat(log.getOut()).contains("Read " + 4 * 7 + " rows of advertiser " + simulator.advertiserIds().get(0)
                                                  + ", " + today.minusDays(6) + " to " + today,
                        "Wrote " + file);

                // what keeps spring-boot:run's JVM alive between the hourly polls
                Optional<Thread> controller = runController();
                assertThat(controller).as("Camel's run controller thread").isPresent();
                assertThat(controller.get().isDaemon()).isFalse();
                assertThat(app.isRunning()).isTrue();
            } finally {
                app.close();
                // Ctrl+C ends the JVM; in this test JVM the controller, still waiting for it, is stopped by hand (it
                // ends with an InterruptedException of its own, outside any await: Awaitility would report it)
                Optional<Thread> controller = runController();
                if (controller.isPresent()) {
                    controller.get().interrupt();
                    controller.get().join(Duration.ofSeconds(20).toMillis());
                }
            }
            assertThat(runController()).isEmpty();
        }
    }

    private static List<String> printedUsage(TikTokSimulator simulator) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        SimulatorMain.printUsage(simulator, new PrintStream(text, true, StandardCharsets.UTF_8));
        return text.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Optional<Thread> runController() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && "CamelMainRunController".equals(t.getName())).findFirst();
    }

    /** spring-boot:run, started from the repository root as the README says, writes to output/ there. */
    @Test
    void springBootRunWritesToTheOutputFolderOfTheRepositoryRoot() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
        assertThat(plugin.substring(0, plugin.indexOf("</plugin>")))
                .contains("<workingDirectory>${maven.multiModuleProjectDirectory}</workingDirectory>");
        java.util.Properties properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("tiktok.output")).isEqualTo("${TIKTOK_OUTPUT:output}");
    }
}
