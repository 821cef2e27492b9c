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
package io.github.cameltiktok.simulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The standalone simulator's command line and what it prints to point an application at it. */
class SimulatorMainTest {

    @Test
    void openQuestionsAreAnsweredTheOtherWayWhenNamed() {
        String[] args = { "--port", "0", "--answer", "ADVERTISER_TOTAL_WITHOUT_PROMOTE",
            "--answer=BATCH_CUT_WITHOUT_HEADER" };
        assertThat(SimulatorMain.port(args, null)).isZero();
        assertThat(SimulatorMain.quirks(args).otherAnswers()).containsExactlyInAnyOrder(
                OpenQuestion.ADVERTISER_TOTAL_WITHOUT_PROMOTE, OpenQuestion.BATCH_CUT_WITHOUT_HEADER);
        assertThat(SimulatorMain.quirks(new String[0]).otherAnswers()).isEmpty();
        assertThatThrownBy(() -> SimulatorMain.quirks(new String[] { "--answer", "MAYBE" }))
                .hasMessageStartingWith("Unknown open question 'MAYBE'. Allowed values: [ADVERTISER_TOTAL_WITHOUT_PROMOTE");
    }

    @Test
    void portComesFromTheArgumentThenTheEnvironmentThenTheDefault() {
        assertThat(SimulatorMain.port(new String[0], null)).isEqualTo(SimulatorMain.DEFAULT_PORT);
        assertThat(SimulatorMain.port(new String[0], "18700")).isEqualTo(18700);
        assertThat(SimulatorMain.port(new String[] { "--port", "0" }, "18700")).isZero();
        assertThat(SimulatorMain.port(new String[] { "--port=18601" }, null)).isEqualTo(18601);
        assertThatThrownBy(() -> SimulatorMain.port(new String[] { "--port", "http" }, null))
                .hasMessage("Invalid port 'http'. Allowed values: 0 to 65535 (0 for a free port)");
        assertThatThrownBy(() -> SimulatorMain.port(new String[] { "--verbose" }, null))
                .hasMessageStartingWith("Unknown argument '--verbose'. Allowed: --port N");
    }

    @Test
    void printsTheBaseUrlTokenAdvertisersAndTheLinesThatPointAnApplicationAtIt() throws Exception {
        try (TikTokSimulator simulator = TikTokSimulator.start(SimulatorConfig.defaults(), 0)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SimulatorMain.printUsage(simulator, new PrintStream(out, true, StandardCharsets.UTF_8));
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            String advertisers = String.join(",", simulator.advertiserIds());

            assertThat(lines.get(0)).isEqualTo("TikTok simulator running at " + simulator.baseUrl()
                                               + " (Ctrl+C stops it)");
            assertThat(lines).contains(
                    "  export TIKTOK_BASE_URL=" + simulator.baseUrl(),
                    "  export TIKTOK_ACCESS_TOKEN=" + SimulatorConfig.DEFAULT_ACCESS_TOKEN,
                    "  export TIKTOK_ADVERTISER_ID=" + advertisers,
                    "  camel.component.tiktok-report.base-url=" + simulator.baseUrl(),
                    "  camel.component.tiktok-report.access-token=" + SimulatorConfig.DEFAULT_ACCESS_TOKEN,
                    "  camel.component.tiktok-report.advertiser-id=" + advertisers);

            // the printed token and advertiser read a report there
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    simulator.baseUrl() + "/open_api/v1.3/advertiser/info/?advertiser_ids=%5B%22"
                    + simulator.advertiserIds().get(0) + "%22%5D"))
                    .header("Access-Token", SimulatorConfig.DEFAULT_ACCESS_TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("\"code\":0", simulator.advertiserIds().get(0));
        }
    }
}
