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
package io.github.cameltiktok.kafka;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scale-out command of docs/scaling-out.md: the demo on embedded engines prints what each worker did, every row arrived. */
class ScaleOutApplicationTest {

    @Test
    void demoRunsThePipelineAndPrintsEachWorkersShare() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = ScaleOutApplication.run("demo", Map.of("TIKTOK_WORKERS", "2"),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(exit).as(printed).isZero();
        // 10 advertisers x 8 ad groups x 14 days, in 20 items of a week
        assertThat(printed).contains("leads and planned 20 work items", "worker-1", "worker-2",
                "rows topic tiktok-rows: 1120 rows, 1120 distinct");
    }

    @Test
    void unknownModeNamesTheAllowedOnes() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = ScaleOutApplication.run("leader", Map.of(), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Allowed values: demo, planner, worker");
    }
}
