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
package io.github.cameltiktok.client;

import java.util.Map;
import java.util.function.IntSupplier;

import io.github.cameltiktok.client.account.TokenProvider;
import io.github.cameltiktok.client.http.AppRateLimiter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportClientFactoryTest {

    private static ReportClientFactory.Connection connection(AppRateLimiter limiter, ReportStatistics statistics) {
        return new ReportClientFactory.Connection(null, null, "http://127.0.0.1", null, limiter, null, null,
                Map.of(), TokenProvider.none(), null, statistics);
    }

    @Test
    void theAdaptiveDefaultKeepsAsManyChunksInFlightAsTheRateAndLatencyCallFor() {
        ReportStatistics statistics = new ReportStatistics();
        IntSupplier readers = ReportClientFactory.readers(0, connection(AppRateLimiter.of(9), statistics));

        assertThat(readers.getAsInt()).as("before the first answer").isEqualTo(1);
        statistics.latency(500_000_000L);
        // 9 requests a second, half a second each: 4.5 in flight keep the rate busy, one more for the one handed on
        assertThat(readers.getAsInt()).isEqualTo(6);
        for (int i = 0; i < 50; i++) {
            statistics.latency(60_000_000_000L);
        }
        assertThat(readers.getAsInt()).as("bounded").isEqualTo(ReportClientFactory.MAX_AUTO_READERS);
        assertThat(ReportClientFactory.readers(3, connection(AppRateLimiter.of(9), statistics)).getAsInt())
                .as("an explicit concurrency pins it").isEqualTo(3);
    }
}
