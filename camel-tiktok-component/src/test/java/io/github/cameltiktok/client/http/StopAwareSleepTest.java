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
package io.github.cameltiktok.client.http;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StopAwareSleepTest {

    @Test
    void aStopEndsTheWaitWithTheCallersException() {
        AtomicInteger checks = new AtomicInteger();
        assertThatThrownBy(() -> StopAwareSleep.sleep(60_000, () -> checks.incrementAndGet() < 2,
                () -> new ReadStoppedException("stopped")))
                .isInstanceOf(ReadStoppedException.class).hasMessage("stopped");
        // checked once before each step of at most STOP_CHECK_MILLIS: a minute's wait ended after one step
        assertThat(checks.get()).isEqualTo(2);
    }

    @Test
    void aWaitThatIsAllowedToRunEnds() {
        StopAwareSleep.sleep(1, () -> true, () -> new IllegalStateException("not stopped"));
    }

    @Test
    void anInterruptFailsTheReadAndStaysSet() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> StopAwareSleep.sleep(1_000))
                    .isInstanceOf(TikTokApiException.class).hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aStopIsNeverRetried() {
        ReadStoppedException stop = new ReadStoppedException("stopped");
        assertThat(stop.isRetryable()).isFalse();
        assertThat(stop.getCode()).isEqualTo(TikTokApiException.NO_CODE);
    }
}
