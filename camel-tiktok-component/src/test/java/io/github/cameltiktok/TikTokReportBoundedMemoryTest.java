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

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameltiktok.simulator.TikTokSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code concurrency > 1} only a bounded number of finished chunks wait in memory (twice the readers), whatever
 * the number of advertisers: 150 advertisers (about 200 MiB of rows) read under a 64 MiB heap while the route takes
 * no exchange for a while, in a JVM of its own (the simulator it reads from stays in the test's JVM, so that the
 * small heap holds the component's rows only, however slowly a busy machine serves them). Without the bound the readers read everything ahead and the JVM runs
 * out of memory (checked once by hand).
 */
class TikTokReportBoundedMemoryTest {

    @Test
    void manyAdvertisersFitASmallHeap() throws Exception {
        try (TikTokSimulator tiktok = TikTokSimulator.start(BoundedMemoryMain.simulator())) {
            run(tiktok);
        }
    }

    private static void run(TikTokSimulator tiktok) throws Exception {
        Process child = new ProcessBuilder(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.log.io.github.cameltiktok=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.camel=warn",
                BoundedMemoryMain.class.getName(), tiktok.baseUrl(), tiktok.config().accessToken(),
                String.join(",", tiktok.advertiserIds()))).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(150, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(value(output, "EXCHANGES")).isEqualTo(BoundedMemoryMain.ADVERTISERS);
        assertThat(value(output, "ROWS")).isEqualTo(BoundedMemoryMain.ADVERTISERS * 48L * 30);
        assertThat(value(output, "PEAK_MIB")).isLessThan(64);
    }

    private static long value(String output, String name) {
        Matcher m = Pattern.compile(name + " (\\d+)").matcher(output);
        assertThat(m.find()).as(name + " in " + output).isTrue();
        return Long.parseLong(m.group(1));
    }
}
