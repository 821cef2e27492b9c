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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cameltiktok.simulator.OpenQuestion;
import io.github.cameltiktok.simulator.SimulatorConfig;
import io.github.cameltiktok.simulator.SimulatorQuirks;
import io.github.cameltiktok.simulator.TikTokSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe against simulators that answer TikTok's open questions one way and the other: each question's verdict
 * follows the simulator's answer, the file holds every line and no token.
 */
class ProbeTest {

    @TempDir
    Path tempDir;

    /** The probe's verdict of each question, as it printed them. */
    private Map<String, String> probe(TikTokSimulator simulator, Path output) throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TIKTOK_BASE_URL", simulator.baseUrl());
        env.put("TIKTOK_ACCESS_TOKEN", simulator.config().accessToken());
        env.put("TIKTOK_ADVERTISER_ID", String.join(",", simulator.advertiserIds()));
        env.put("TIKTOK_OUTPUT", output.toString());
        env.put("TIKTOK_PROBE_REQUESTS_PER_SECOND", "100");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(TikTokReportsApplication.run("probe", env, new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isZero();
        System.out.println(printed.toString(StandardCharsets.UTF_8));
        Map<String, String> verdicts = new LinkedHashMap<>();
        printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("[")).forEach(line -> verdicts.put(
                line.substring(line.indexOf("] ") + 2, line.indexOf(':')), line.substring(1, line.indexOf(']'))));
        return verdicts;
    }

    @Test
    void eachQuestionIsAnsweredAsTheSimulatorAnswersItByDefault() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0)
                .withQuirks(SimulatorQuirks.none().withDeletedEvery(3)))) {
            Map<String, String> verdicts = probe(tiktok, tempDir);

            assertThat(verdicts).containsEntry("advertiser-timezone-form", "confirmed")
                    .containsEntry("advertiser-total-holds-promote", "confirmed")
                    .containsEntry("advertiser-total-leaves-gmv-max-out", "confirmed")
                    .containsEntry("reports-hold-reservation-rf", "confirmed")
                    .containsEntry("filter-type-not-in-refused", "confirmed")
                    .containsEntry("change-log-metrics-accepted", "confirmed")
                    .containsEntry("batch-money-without-decimals", "confirmed")
                    .containsEntry("status-all-lists-deleted-ads", "confirmed")
                    .containsEntry("entity-page-size-1000", "confirmed")
                    .containsEntry("promote-has-no-hourly-rows", "confirmed")
                    .containsEntry("span-365-days-without-time", "confirmed")
                    .containsEntry("tasks-leave-top-view-out", "confirmed")
                    .containsEntry("task-country-names", "confirmed")
                    .containsEntry("ads-throttle-header", "not testable here")
                    .containsEntry("batch-cut-carries-header", "not testable here")
                    .containsEntry("token-lifetime", "not testable here");
            String file = Files.readString(tempDir.resolve(Probe.FILE));
            assertThat(file).contains("| `advertiser-total-holds-promote` | confirmed |")
                    .doesNotContain(tiktok.config().accessToken()).doesNotContain("Advertiser 1")
                    .doesNotContain(tiktok.advertiserIds().get(0));
            assertThat(file.lines().filter(l -> l.startsWith("| `"))).hasSize(verdicts.size());
            // read-only within its budget: one report task at most
            assertThat(tiktok.stats().requests()).isLessThanOrEqualTo(Probe.BUDGET);
        }
    }

    @Test
    void eachOpenQuestionAnsweredTheOtherWayIsContradicted() throws Exception {
        SimulatorQuirks other = SimulatorQuirks.none().withDeletedEvery(3);
        for (OpenQuestion question : OpenQuestion.values()) {
            other = other.withOtherAnswer(question);
        }
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0)
                .withQuirks(other))) {
            assertThat(probe(tiktok, tempDir))
                    .containsEntry("advertiser-total-holds-promote", "contradicted")
                    .containsEntry("reports-hold-reservation-rf", "contradicted")
                    .containsEntry("filter-type-not-in-refused", "contradicted")
                    .containsEntry("change-log-metrics-accepted", "contradicted")
                    .containsEntry("batch-money-without-decimals", "contradicted")
                    .containsEntry("status-all-lists-deleted-ads", "contradicted")
                    .containsEntry("tasks-leave-top-view-out", "contradicted");
        }
        // the GMV Max question needs a total that holds Promote to be told apart
        try (TikTokSimulator tiktok = TikTokSimulator.start(SimulatorConfig.defaults().withQpsLimit(0)
                .withQuirks(SimulatorQuirks.none().withOtherAnswer(OpenQuestion.ADVERTISER_TOTAL_WITH_GMV_MAX)))) {
            assertThat(probe(tiktok, tempDir)).containsEntry("advertiser-total-leaves-gmv-max-out", "contradicted");
        }
    }

    @Test
    void aBatchAboveTwentyThousandAdsShowsWhetherTikTokSaysItWasCut() throws Exception {
        // two advertisers of 15,000 ads, about 10,700 of them in TikTok's default view (the others are Promote and
        // TopView ones): one alone is not cut, both together are
        SimulatorConfig big = SimulatorConfig.defaults().withEntities(2, 150, 10, 10).withQpsLimit(0);
        try (TikTokSimulator header = TikTokSimulator.start(big);
             TikTokSimulator silent = TikTokSimulator.start(big.withQuirks(SimulatorQuirks.none()
                     .withOtherAnswer(OpenQuestion.BATCH_CUT_WITHOUT_HEADER)))) {
            assertThat(probe(header, tempDir)).containsEntry("batch-cut-carries-header", "confirmed")
                    .containsEntry("ads-throttle-header", "not testable here");
            assertThat(probe(silent, tempDir)).containsEntry("batch-cut-carries-header", "contradicted");
        }
    }
}
