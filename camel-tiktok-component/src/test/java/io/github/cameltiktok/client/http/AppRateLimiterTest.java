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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppRateLimiterTest {

    @Test
    void eachThrottledAnswerHalvesTheRateDownToAnEighth() {
        AppRateLimiter limiter = AppRateLimiter.of(100);
        assertThat(limiter.currentSlowdown()).isEqualTo(1);
        limiter.throttled();
        assertThat(limiter.currentSlowdown()).isEqualTo(2);
        limiter.throttled();
        limiter.throttled();
        limiter.throttled();
        assertThat(limiter.currentSlowdown()).isEqualTo(AppRateLimiter.MAX_SLOWDOWN);
    }

    @Test
    void noSecondEverHoldsMoreRequestsThanTheRate() throws Exception {
        // 10 per second from 4 threads at once: every request's slot is a period after the one before
        AppRateLimiter limiter = AppRateLimiter.of(10);
        java.util.List<Long> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 6; i++) {
                    limiter.acquire("test");
                    sent.add(System.nanoTime());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        java.util.List<Long> sorted = sent.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            long from = sorted.get(i);
            assertThat(sorted.stream().filter(t -> t >= from && t < from + 1_000_000_000L).count()).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void aSlowedLimiterSpacesRequestsFurther() {
        // 100 per second: 10 requests take ~0.1 s; at a quarter of the rate ~0.4 s
        AppRateLimiter limiter = AppRateLimiter.of(100);
        limiter.throttled();
        limiter.throttled();
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            limiter.acquire("test");
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis).isGreaterThanOrEqualTo(350);
    }

    @Test
    void aLowerRateAppliesAtOnceCountingWhatWasJustSent() {
        // 10 sent at 20 per second, then the rate drops to 3: no second that holds any request sent after the change
        // holds more than 3 (the recent sends count), and the next ones are a third of a second apart
        AppRateLimiter limiter = AppRateLimiter.of(20);
        java.util.List<Long> before = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            limiter.acquire("test");
            before.add(System.nanoTime());
        }
        limiter.setRate(3);
        java.util.List<Long> after = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            limiter.acquire("test");
            after.add(System.nanoTime());
        }
        java.util.List<Long> all = new java.util.ArrayList<>(before);
        all.addAll(after);
        for (long sent : after) {
            long windowStart = sent - 1_000_000_000L;
            assertThat(all.stream().filter(t -> t > windowStart && t <= sent).count()).isLessThanOrEqualTo(3);
        }
    }
}
